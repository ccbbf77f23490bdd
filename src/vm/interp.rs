//! Building an interpreter and running the main program.

use super::frame::FramePool;
use super::thread::{ExitRequest, ThreadState, VmThread};
use super::{OutStream, PyErr, PyResult, Types, Vm};
use crate::bytecode::{CodeObject, Const};
use crate::config::Config;
use crate::objects::*;
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// Exit status when a deadlock stops the run.
pub const EXIT_DEADLOCK: i32 = 3;
/// Exit status when `--until` stops a run that had not ended.
pub const EXIT_UNTIL: i32 = 124;
/// Exit status when an embedder's limit stops the run.
pub const EXIT_LIMIT: i32 = 125;

impl Vm {
    pub fn new(config: Config, stdout: OutStream, stderr: OutStream) -> Vm {
        let sched = crate::gil::Scheduler::new(&config);
        let mut vm = Vm::from_parts(config, Types::new(), Rc::new(PyDict::new()), Rc::new(PyDict::new()), sched, stdout, stderr);
        vm.stdin = Box::new(std::io::BufReader::new(std::io::stdin()));
        let ident = vm.new_thread_ident();
        let main = VmThread::new(ident, "MainThread".to_string());
        vm.threads.push(Box::new(main));
        crate::builtins::install(&mut vm);
        // `sys` is always loaded, as in CPython (print needs sys.stdout).
        let _ = vm.import_module("sys");
        vm
    }

    /// A VM over the given heap roots with every other field empty: the
    /// one place the struct is spelled out, shared by `new` and the fork
    /// of a process (`process::clone::fork_vm`). No thread yet.
    pub(crate) fn from_parts(
        config: Config,
        types: Types,
        builtins: Rc<PyDict>,
        modules: Rc<PyDict>,
        sched: crate::gil::Scheduler,
        stdout: OutStream,
        stderr: OutStream,
    ) -> Vm {
        Vm {
            types,
            builtins,
            attr_cache: Default::default(),
            modules,
            threads: Vec::new(),
            current: 0,
            stdout,
            stderr,
            stdin: Box::new(std::io::BufReader::new(std::io::empty())),
            script_dir: None,
            argv: Vec::new(),
            recursion_limit: 1000,
            names: Default::default(),
            interned: Default::default(),
            sched,
            warned: Default::default(),
            sources: HashMap::new(),
            next_thread_ident: 0,
            native_site: None,
            entropy_draws: 0,
            urandom_draws: 0,
            native_ns: None,
            fake_ids: HashMap::new(),
            repr_stack: Vec::new(),
            exit_request: None,
            exit_code: 0,
            main_exception: None,
            parked: Vec::new(),
            bootstrap: None,
            record_events: false,
            events: Vec::new(),
            last_exception: None,
            native_classes: HashMap::new(),
            frame_pool: FramePool::new(),
            interrupt_main: false,
            guard: super::limits::Guard::new(Default::default()),
            workers: Default::default(),
            host_modules: HashMap::new(),
            host_exceptions: HashMap::new(),
            event_sink: None,
            process: Default::default(),
            config,
        }
    }

    /// An interned `str` for a name from code (shared hash cache).
    pub fn intern_string(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(p) = self.interned.get(s) {
            return p.clone();
        }
        let p = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), p.clone());
        p
    }

    /// Turn a compiled code object into this interpreter's runtime form.
    pub fn load_code(&mut self, code: Arc<CodeObject>) -> Rc<CodeRef> {
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names: Vec<_> = code.names.iter().map(|n| self.intern_string(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern_string(n)).collect();
        let filename: Rc<str> = Rc::from(code.filename.as_str());
        let simple = !code.varargs
            && !code.varkeywords
            && code.kwonlyargcount == 0
            && code.cellvars.is_empty()
            && code.freevars.is_empty()
            && !code.is_generator
            && matches!(code.kind, crate::bytecode::CodeKind::Function | crate::bytecode::CodeKind::Lambda);
        let attr_sites = crate::vm::attr_sites::AttrSites::new(names.len());
        Rc::new(CodeRef { code, consts, names, varnames, filename, simple, globals_cache: Default::default(), attr_sites })
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::from_bigint(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(re, im) => Value::complex(*re, *im),
            Const::Str(s) => Value::Str(self.intern_string(s)),
            Const::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
            Const::Tuple(items) => Value::tuple(items.iter().map(|x| self.const_value(x)).collect()),
            Const::Ellipsis => Value::Ellipsis,
            Const::Code(c) => Value::Code(self.load_code(c.clone())),
        }
    }

    /// Run `src` as the `__main__` module on the main thread, then let the
    /// other threads finish as CPython's shutdown does. Returns the exit
    /// status; errors have already been printed.
    pub fn run_main(&mut self, filename: &str, src: &str) -> i32 {
        let code = match self.compile_source(src, filename) {
            Ok(c) => c,
            Err(PyErr::Exception(e)) => {
                let text = self.format_exception(&e);
                self.write_stderr(&text);
                self.flush();
                self.last_exception = Some(e);
                return 1;
            }
            Err(PyErr::Blocked) => return 1,
        };
        let main = self.main_module();
        let globals = match &main {
            Value::Module(m) => m.dict.clone(),
            _ => unreachable!("main module"),
        };
        if !filename.starts_with('<') {
            dict_set_str(&globals, "__file__", Value::str(filename));
        }
        let mut frame = Box::new(super::Frame::new(code, globals, None));
        frame.ret = super::frame::ReturnTo::ThreadExit;
        // The main thread may have ended with an earlier run.
        self.revive_main_thread();
        self.threads[0].frames.push(frame);
        self.current = 0;
        self.sched.reset_slice();
        self.run_to_end()
    }

    /// The `__main__` module, created on first use.
    pub fn main_module(&mut self) -> Value {
        if let Some(m) = dict_get_str(&self.modules, "__main__") {
            return m;
        }
        let dict = Rc::new(PyDict::new());
        dict_set_str(&dict, "__name__", Value::str("__main__"));
        dict_set_str(&dict, "__doc__", Value::None);
        dict_set_str(&dict, "__builtins__", Value::Dict(self.builtins.clone()));
        let m = Value::Module(Rc::new(Module { name: "__main__".into(), dict }));
        dict_set_str(&self.modules, "__main__", m.clone());
        m
    }

    /// Drive every thread to the end and work out the exit status.
    pub fn run_to_end(&mut self) -> i32 {
        let r = self.run_loop(None);
        if let Err(PyErr::Exception(e)) = r {
            // Should not happen: errors end their thread.
            let text = self.format_exception(&e);
            self.write_stderr(&text);
        }
        let status = match self.exit_request.clone() {
            Some(ExitRequest::Deadlock(report)) => {
                self.report_main_exception();
                self.write_stderr(&report);
                EXIT_DEADLOCK
            }
            Some(ExitRequest::Until) => {
                self.report_main_exception();
                let alive = self.threads.iter().filter(|t| t.state != ThreadState::Finished).count();
                let secs = self.config.until.map(|d| d.as_secs_f64()).unwrap_or(0.0);
                self.write_stderr(&format!(
                    "pygil: stopped by --until after {}s of {} clock time; {} thread{} still alive\n",
                    crate::format::float_repr(secs),
                    if self.sched.is_virtual() { "virtual" } else { "real" },
                    alive,
                    if alive == 1 { "" } else { "s" }
                ));
                EXIT_UNTIL
            }
            Some(ExitRequest::Interrupted) => 130,
            Some(ExitRequest::Exit(c)) => c,
            Some(ExitRequest::Limit { kind, type_name, message, thread }) => {
                // Whatever the main thread raised before is superseded.
                self.main_exception = None;
                let exc = self.limit_exception(type_name, &message, thread);
                let text = self.format_exception(&exc);
                self.write_stderr(&text);
                self.last_exception = Some(exc);
                if kind == super::limits::LimitKind::Interrupt {
                    130
                } else {
                    EXIT_LIMIT
                }
            }
            None => {
                self.report_main_exception();
                self.exit_code
            }
        };
        if self.process.me.is_some() {
            self.flush();
            let kill_all = !matches!(self.exit_request, None | Some(ExitRequest::Exit(_)));
            self.wait_children_at_exit(kill_all);
        }
        if self.exit_request.is_some() {
            // A stopped run leaves nothing running behind it.
            self.end_all_threads();
        }
        if self.config.gil_stats {
            let table = self.gil_stats_table();
            self.write_stderr(&table);
        }
        self.flush();
        status
    }

    /// Print the main thread's uncaught exception (once).
    pub(crate) fn report_main_exception(&mut self) {
        if let Some(e) = self.main_exception.take() {
            self.last_exception = Some(e.clone());
            if self.is_instance_of(&e, "SystemExit") {
                self.exit_code = self.exit_code_for(&e);
                let code = system_exit_code(&e);
                if !matches!(code, Value::Int(_) | Value::None | Value::Bool(_)) {
                    let s = self.to_str(&code).unwrap_or_default();
                    self.write_stderr(&format!("{}\n", s));
                }
                return;
            }
            let text = self.format_exception(&e);
            self.write_stderr(&text);
            self.exit_code = self.exit_code_for(&e);
        }
    }

    /// The exit status an uncaught exception gives.
    pub fn exit_code_for(&mut self, e: &Value) -> i32 {
        if self.is_instance_of(e, "SystemExit") {
            return match system_exit_code(e) {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                _ => 1,
            };
        }
        if self.is_instance_of(e, "KeyboardInterrupt") {
            return 130;
        }
        1
    }

    /// Evaluate an expression or run statements in a module namespace
    /// (`eval`/`exec`, and the embedding API).
    pub fn run_code_in(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> PyResult<Value> {
        let frame = Box::new(super::Frame::new(code, globals, locals));
        match self.run_frame_nested(frame)? {
            super::eval::FrameResult::Return(v) | super::eval::FrameResult::Yield(v) => Ok(v),
        }
    }
}

/// `SystemExit.code`: None, the one argument, or all of them as a tuple.
pub(crate) fn system_exit_code(e: &Value) -> Value {
    let args = match e {
        Value::Instance(i) => i.exc().map(|d| d.args.borrow().clone()).unwrap_or_default(),
        _ => Vec::new(),
    };
    match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    }
}
