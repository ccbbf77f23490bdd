//! The embedding API's entry point: an [`Interpreter`] runs files and
//! source text, reads and sets globals, evaluates expressions, calls Python
//! functions, and hosts Rust functions and modules. The `pygil` command is
//! built on exactly this.

use crate::config::Config;
use crate::embed::convert::{FromPy, IntoArgs, IntoPy};
use crate::embed::host::{self, Args, HostModule};
use crate::embed::interrupt::InterruptHandle;
use crate::embed::FromArgs;
use crate::objects::*;
use crate::value::Value;
use crate::vm::limits::{LimitKind, Limits};
use crate::vm::thread::{ExitRequest, ThreadState};
use crate::vm::{OutStream, PyResult, Vm};
use std::path::Path;

pub use crate::embed::error::PyException;

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// The process exit status CPython would give (0, 1, `sys.exit(n)`...),
    /// or pygil's own: 3 for a deadlock, 124 for `until`, 125 for a limit,
    /// 130 for an interrupt.
    pub exit_code: i32,
    /// The uncaught exception of the main thread, or the exception a limit
    /// or interrupt ended the run with.
    pub exception: Option<PyException>,
    /// The limit or interrupt that stopped the run, if one did.
    pub stopped_by: Option<LimitKind>,
}

/// One Python interpreter: one heap, one simulated GIL, one clock.
///
/// # Threads
///
/// An `Interpreter` is `Send` but not `Sync`: it can be made on one OS
/// thread and moved to another (its globals, modules and Python threads go
/// with it), and one OS thread at a time uses it. Several interpreters run
/// in parallel, each on its own OS thread; they share nothing, so there is
/// no GIL between them. An [`InterruptHandle`] stops one from any thread.
///
/// ```
/// let mut interp = pygil::Interpreter::builder().stdout(std::io::sink()).build();
/// interp.exec("seen = ['made here']").unwrap();
/// let handle = std::thread::spawn(move || {
///     interp.exec("seen.append('and used there')").unwrap();
///     interp
/// });
/// let mut interp = handle.join().unwrap();
/// assert_eq!(interp.get_global::<Vec<String>>("seen").unwrap(), ["made here", "and used there"]);
/// ```
///
/// Its values are `Rc`-based; moving it is sound because none of them is
/// reachable from outside: the API takes and gives only plain Rust data
/// (there is no conversion to the VM's `Value`), and what the host hands
/// in (functions, streams, the event callback) must be `Send`. A host
/// function keeping state in an `Rc` is refused at compile time; use an
/// `Arc` (with a `Mutex` or an atomic) instead:
///
/// ```compile_fail,E0277
/// let mut interp = pygil::Interpreter::builder().build();
/// let calls = std::rc::Rc::new(std::cell::Cell::new(0));
/// let c = calls.clone();
/// interp.add_function("tick", move |_| {
///     c.set(c.get() + 1);
///     Ok(())
/// });
/// ```
///
/// Sharing one interpreter between threads is refused too (wrap it in a
/// `Mutex` for that):
///
/// ```compile_fail,E0277
/// fn shared<T: Sync>(_: &T) {}
/// shared(&pygil::Interpreter::builder().build());
/// ```
///
/// The full argument is in `src/embed/thread_safety.rs` and
/// `docs/embedding.md`.
pub struct Interpreter {
    vm: Vm,
}

impl Interpreter {
    /// An interpreter writing to the process's stdout and stderr.
    pub fn new(config: Config) -> Interpreter {
        let out = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
        Interpreter::with_output(config, out, Box::new(std::io::stderr()))
    }

    /// A builder for every setting: see [`InterpreterBuilder`](crate::embed::InterpreterBuilder).
    pub fn builder() -> crate::embed::InterpreterBuilder {
        crate::embed::InterpreterBuilder::new()
    }

    /// An interpreter writing to the given streams (`Send`, as everything
    /// the interpreter holds).
    pub fn with_output(config: Config, stdout: OutStream, stderr: OutStream) -> Interpreter {
        Interpreter { vm: Vm::new(config, stdout, stderr) }
    }

    /// Run a Python file as `__main__`; `args` become `sys.argv[1:]`.
    pub fn run_file(&mut self, path: &Path, args: &[String]) -> RunResult {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let display = abs.to_string_lossy().to_string();
        let src = match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).to_string(),
            Err(e) => {
                let msg = format!(
                    "pygil: can't open file '{}': [Errno {}] {}\n",
                    display,
                    e.raw_os_error().unwrap_or(2),
                    crate::modules::os_error_text(&e)
                );
                self.vm.write_stderr(&msg);
                self.vm.flush();
                return RunResult { exit_code: 2, exception: None, stopped_by: None };
            }
        };
        self.vm.script_dir = abs.parent().map(|p| p.to_path_buf());
        let mut argv = vec![path.to_string_lossy().to_string()];
        argv.extend(args.iter().cloned());
        self.vm.set_argv(argv);
        self.run(&display, &src)
    }

    /// Run source text as `__main__`, with `name` as its file name in
    /// tracebacks (`<string>` for `-c`). The run ends when the main thread
    /// and every non-daemon thread have ended; the module's globals stay
    /// for [`get_global`](Self::get_global) and [`call`](Self::call).
    pub fn run_source(&mut self, name: &str, source: &str) -> RunResult {
        if self.vm.argv.is_empty() {
            self.vm.set_argv(vec![if name == "<string>" { "-c".to_string() } else { name.to_string() }]);
        }
        self.run(name, source)
    }

    fn run(&mut self, name: &str, src: &str) -> RunResult {
        self.vm.arm_limits();
        self.vm.exit_request = None;
        // An interrupt sent while idle stops this run before it starts.
        self.vm.poll_limits();
        let stopped_by = |vm: &Vm| match &vm.exit_request {
            Some(ExitRequest::Limit { kind, .. }) => Some(*kind),
            _ => None,
        };
        let exit_code = self.vm.run_main(name, src);
        let stopped = stopped_by(&self.vm);
        let exception = self.vm.last_exception.take().map(|e| self.vm.describe_exception(&e));
        self.vm.note_heap();
        RunResult { exit_code, exception, stopped_by: stopped }
    }

    /// Run `f` as a call from the host on the main VM thread (which may have
    /// ended with the last run), with fresh budgets; a limit stop or a
    /// deadlock becomes the error.
    fn enter<R>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> Result<R, PyException> {
        let vm = &mut self.vm;
        vm.arm_limits();
        vm.exit_request = None;
        let ended = vm.threads[0].state == ThreadState::Finished;
        vm.revive_main_thread();
        // An interrupt sent while idle stops this call before it starts.
        let r = if vm.poll_limits() { Ok(None) } else { f(vm).map(Some) };
        if ended {
            vm.threads[0].state = ThreadState::Finished;
            vm.threads[0].frames.clear();
        }
        let stop = vm.exit_request.take();
        // The limit's traceback needs the stopped thread's frames: take it
        // before the threads are ended.
        let err = match stop {
            None => None,
            Some(ExitRequest::Limit { type_name, message, thread, .. }) => {
                let exc = vm.limit_exception(type_name, &message, thread);
                Some(vm.describe_exception(&exc))
            }
            Some(ExitRequest::Deadlock(report)) => Some(PyException::runtime_error(report.trim_end().to_string())),
            Some(ExitRequest::Until) => Some(PyException::new("TimeoutError", "stopped by `until`")),
            Some(ExitRequest::Interrupted) => Some(PyException::new("KeyboardInterrupt", "")),
            Some(ExitRequest::Exit(code)) => Some(PyException::new("SystemExit", &code.to_string())),
        };
        vm.flush();
        vm.note_heap();
        if let Some(e) = err {
            vm.end_all_threads();
            return Err(e);
        }
        match r {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(PyException::runtime_error("stopped")),
            Err(e) => Err(vm.describe_err(e)),
        }
    }

    /// The `__main__` module's namespace.
    fn main_dict(&mut self) -> std::rc::Rc<PyDict> {
        match self.vm.main_module() {
            Value::Module(m) => m.dict.clone(),
            _ => std::rc::Rc::new(PyDict::new()),
        }
    }

    /// Read a global of `__main__`, converted to `T` (`NameError` if unset,
    /// `TypeError` if it does not fit `T`).
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, PyException> {
        let d = self.main_dict();
        match dict_get_str(&d, name) {
            Some(v) => T::from_py(&mut self.vm, &v),
            None => Err(PyException::new("NameError", format!("name '{}' is not defined", name))),
        }
    }

    /// Set a global of `__main__` (before or between runs).
    pub fn set_global<T: IntoPy>(&mut self, name: &str, value: T) -> Result<(), PyException> {
        let v = value.into_py(&mut self.vm)?;
        let d = self.main_dict();
        dict_set_str(&d, name, v);
        Ok(())
    }

    /// Evaluate a Python expression in `__main__`'s namespace.
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, PyException> {
        let globals = self.main_dict();
        let v = self.enter(|vm| {
            let filename = "<eval>";
            let src = expr.trim_start_matches([' ', '\t']);
            let e = crate::parser::parse_expression(src).map_err(|e| vm.syntax_error(&e, filename, src))?;
            let c = crate::compiler::compile_expression(&e, filename).map_err(|e| vm.syntax_error(&e, filename, src))?;
            vm.sources.insert(filename.to_string(), std::rc::Rc::from(src));
            let code = vm.load_code(std::sync::Arc::new(c));
            vm.run_code_in(code, globals, None)
        })?;
        T::from_py(&mut self.vm, &v)
    }

    /// Run statements in `__main__`'s namespace (like `exec`); threads they
    /// start keep running during later calls.
    pub fn exec(&mut self, source: &str) -> Result<(), PyException> {
        let globals = self.main_dict();
        self.enter(|vm| {
            let code = vm.compile_source(source, "<exec>")?;
            vm.run_code_in(code, globals, None)
        })?;
        Ok(())
    }

    /// Call a Python callable by name with positional arguments: a global of
    /// `__main__` or a built-in (`"main"`, `"len"`), or a dotted path to a
    /// method or module function (`"counter.add"`, `"math.sqrt"`).
    ///
    /// ```
    /// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
    /// interp.exec("def add(a, b):\n    return a + b\n").unwrap();
    /// let n: i64 = interp.call("add", (2, 40)).unwrap();
    /// assert_eq!(n, 42);
    /// ```
    pub fn call<A: IntoArgs, T: FromPy>(&mut self, path: &str, args: A) -> Result<T, PyException> {
        let args = args.into_args(&mut self.vm)?;
        let f = self.lookup(path)?;
        let v = self.enter(|vm| vm.call(&f, args, Vec::new()))?;
        T::from_py(&mut self.vm, &v)
    }

    /// Call method `method` of the object a global path names
    /// (`call_method("shop", "buy", ("apple",))` is `shop.buy("apple")`).
    pub fn call_method<A: IntoArgs, T: FromPy>(&mut self, object: &str, method: &str, args: A) -> Result<T, PyException> {
        self.call(&format!("{}.{}", object, method), args)
    }

    /// Resolve `a.b.c`: a global or built-in, then attributes.
    fn lookup(&mut self, path: &str) -> Result<Value, PyException> {
        let mut parts = path.split('.');
        let first = parts.next().unwrap_or("");
        let d = self.main_dict();
        let mut v = match dict_get_str(&d, first).or_else(|| dict_get_str(&self.vm.builtins, first)) {
            Some(v) => v,
            None => return Err(PyException::new("NameError", format!("name '{}' is not defined", first))),
        };
        for p in parts {
            let name = std::rc::Rc::new(PyStr::new(p.to_string()));
            v = self.enter(|vm| vm.get_attr(&v, &name))?;
        }
        Ok(v)
    }

    /// Make a Rust closure a built-in function every script sees (like
    /// `len`). It reads its arguments from [`Args`], positional or keyword,
    /// and runs on the interpreter's thread with the GIL held. It is `Send`
    /// because it moves with the interpreter: keep shared state in an `Arc`.
    ///
    /// ```
    /// use pygil::embed::PyException;
    /// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
    /// interp.add_function("greet", |args| {
    ///     let name: String = args.arg(0, "name")?;
    ///     let punct: Option<String> = args.opt(1, "punct")?;
    ///     if name.is_empty() {
    ///         return Err(PyException::value_error("empty name"));
    ///     }
    ///     Ok(format!("hello, {}{}", name, punct.unwrap_or_default()))
    /// });
    /// assert_eq!(interp.eval::<String>("greet('bob', punct='!')").unwrap(), "hello, bob!");
    /// ```
    pub fn add_function<R, F>(&mut self, name: &str, f: F)
    where
        R: IntoPy,
        F: Fn(&mut Args) -> Result<R, PyException> + Send + 'static,
    {
        let v = host::function(name, "builtins", f);
        dict_set_str(&self.vm.builtins, name, v);
    }

    /// Make a closure of typed positional arguments a built-in function.
    ///
    /// ```
    /// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
    /// interp.add_typed_function("hypot", |(a, b): (f64, f64)| Ok((a * a + b * b).sqrt()));
    /// assert_eq!(interp.eval::<f64>("hypot(3, 4)").unwrap(), 5.0);
    /// ```
    pub fn add_typed_function<A, R, F>(&mut self, name: &str, f: F)
    where
        A: FromArgs,
        R: IntoPy,
        F: Fn(A) -> Result<R, PyException> + Send + 'static,
    {
        let v = host::typed_function(name, "builtins", f);
        dict_set_str(&self.vm.builtins, name, v);
    }

    /// Make a blocking function a built-in: a call releases the simulated
    /// GIL while the slow part runs on a worker OS thread, so other Python
    /// threads run meanwhile (the calling one waits with reason `I/O`), as
    /// CPython releases the GIL around blocking I/O.
    ///
    /// `f` runs first, on the interpreter's thread: it reads the arguments
    /// from [`Args`] (positional or keyword, with CPython's `TypeError`s for
    /// bad ones, raised before any worker starts) and returns the blocking
    /// part, a `FnOnce` that gets only what it captured — plain Rust data,
    /// never Python values.
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
    /// interp.add_blocking_function("fetch", |args| {
    ///     let url: String = args.arg(0, "url")?;
    ///     let delay: f64 = args.kw("delay")?.unwrap_or(0.01);
    ///     Ok(move || {
    ///         std::thread::sleep(Duration::from_secs_f64(delay));
    ///         Ok(format!("<page {}>", url))
    ///     })
    /// });
    /// assert_eq!(interp.eval::<String>("fetch('a', delay=0.02)").unwrap(), "<page a>");
    /// let e = interp.eval::<String>("fetch('a', timeout=1)").unwrap_err();
    /// assert_eq!(e.message, "fetch() got an unexpected keyword argument 'timeout'");
    /// ```
    pub fn add_blocking_function<R, J, F>(&mut self, name: &str, f: F)
    where
        R: IntoPy + Send + 'static,
        J: FnOnce() -> Result<R, PyException> + Send + 'static,
        F: Fn(&mut Args) -> Result<J, PyException> + Send + 'static,
    {
        let v = host::blocking_function(name, "builtins", f);
        dict_set_str(&self.vm.builtins, name, v);
    }

    /// Make a blocking closure of typed positional arguments a built-in:
    /// the whole closure runs on a worker OS thread with the simulated GIL
    /// released (so it is `Sync`: calls from several Python threads run at
    /// once). Keywords are refused as for `len(obj=1)`.
    ///
    /// ```
    /// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
    /// interp.add_typed_blocking_function("slow_square", |(x,): (i64,)| {
    ///     std::thread::sleep(std::time::Duration::from_millis(10));
    ///     Ok(x * x)
    /// });
    /// assert_eq!(interp.eval::<i64>("slow_square(7)").unwrap(), 49);
    /// ```
    pub fn add_typed_blocking_function<A, R, F>(&mut self, name: &str, f: F)
    where
        A: FromArgs + Send + 'static,
        R: IntoPy + Send + 'static,
        F: Fn(A) -> Result<R, PyException> + Send + Sync + 'static,
    {
        let v = host::typed_blocking_function(name, "builtins", f);
        dict_set_str(&self.vm.builtins, name, v);
    }

    /// Make a [`HostModule`] importable by its name (replacing one of the
    /// same name, even a built-in module).
    pub fn add_module(&mut self, module: HostModule) -> Result<(), PyException> {
        let name = module.name().to_string();
        let m = module.build(&mut self.vm)?;
        dict_del_str(&self.vm.modules, &name);
        self.vm.host_modules.insert(name, m);
        Ok(())
    }

    /// A handle that stops this interpreter from any OS thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle { flag: self.vm.guard.interrupt.clone() }
    }

    /// Replace the limits (they apply from the next run, eval or call).
    pub fn set_limits(&mut self, limits: Limits) {
        if let Some(m) = limits.max_recursion {
            self.vm.recursion_limit = self.vm.recursion_limit.min(m);
        }
        self.vm.guard.limits = limits;
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.vm.guard.limits
    }

    /// Call `f` with every GIL event from now on (replacing an earlier one).
    /// `f` is `Send` because it moves with the interpreter.
    pub fn on_event(&mut self, f: impl FnMut(&crate::events::Event) + Send + 'static) {
        self.vm.event_sink = Some(Box::new(f));
    }

    /// The name of the Python thread an [`Event`](crate::events::Event)
    /// names (`MainThread`, `Thread-1 (worker)`...).
    pub fn thread_name(&self, thread: usize) -> Option<&str> {
        self.vm.threads.get(thread).map(|t| t.name.as_str())
    }

    /// Approximate bytes the interpreter holds (see [`CountingAlloc`](crate::embed::CountingAlloc); 0 without it).
    pub fn heap_in_use(&self) -> usize {
        self.vm.heap_in_use()
    }

    /// Bytecode instructions executed so far.
    pub fn instructions(&self) -> u64 {
        self.vm.sched.instructions()
    }

    /// The underlying VM. Crate-private: a `&mut Vm` would let the host
    /// clone an `Rc` of the heap out of the interpreter, which would make
    /// moving the interpreter to another thread unsound.
    pub(crate) fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// The same, shared (for `visual::Timeline::of`).
    pub(crate) fn vm_ref(&self) -> &Vm {
        &self.vm
    }
}
