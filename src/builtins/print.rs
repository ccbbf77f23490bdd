//! `print()` and `input()`. print writes its text and its `end` separately
//! and each write is an I/O point where the GIL may pass to another thread,
//! as with CPython's unbuffered writes: this is why outputs of threads that
//! print at once interleave ("WorkerWorker\n\n").

use super::*;
use crate::vm::{PyErr, PyResult};

pub fn install(_vm: &mut Vm, b: &PyDict) {
    add_fn(b, "builtins", "print", print);
    add_fn(b, "builtins", "input", input);
}

fn print(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let sep = take_kw(&mut kw, "sep");
    let end = take_kw(&mut kw, "end");
    let file = take_kw(&mut kw, "file").filter(|f| !f.is_none());
    let flush = take_kw(&mut kw, "flush");
    no_more_kwargs(vm, "print", &kw)?;
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.new_exception("TypeError", &format!("sep must be None or a string, not {}", tn)));
        }
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.new_exception("TypeError", &format!("end must be None or a string, not {}", tn)));
        }
    };
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.to_str(a)?);
    }
    let file = match file {
        Some(f) => f,
        None => vm.sys_stream("stdout"),
    };
    let do_flush = match &flush {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    // CPython writes the text, then the end: two I/O points.
    vm.write_to(&file, &text)?;
    vm.yield_then(Box::new(move |vm: &mut Vm| {
        vm.write_to(&file, &end)?;
        if do_flush {
            vm.flush_stream(&file)?;
        }
        vm.yield_then(Box::new(|_vm: &mut Vm| Ok(Value::None)))
    }))
}

fn input(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "input", args.len(), 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        let out = vm.sys_stream("stdout");
        vm.write_to(&out, &s)?;
        vm.flush_stream(&out)?;
    }
    match vm.read_stdin_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        None => Err(vm.new_exception("EOFError", "EOF when reading a line")),
    }
}

impl Vm {
    /// `sys.stdout` / `sys.stderr` as Python currently sees them.
    pub fn sys_stream(&mut self, name: &str) -> Value {
        match dict_get_str(&self.modules, "sys") {
            Some(Value::Module(m)) => dict_get_str(&m.dict, name).unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// Write text to a file-like object; the VM's own streams directly.
    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        if text.is_empty() {
            return Ok(());
        }
        if let Some(which) = crate::modules::sys::std_stream_kind(file) {
            match which {
                1 => self.write_stdout(text),
                _ => {
                    self.write_stderr(text);
                }
            }
            return Ok(());
        }
        if file.is_none() {
            return Ok(());
        }
        self.call_method(file, "write", vec![Value::str(text)])?;
        Ok(())
    }

    pub fn flush_stream(&mut self, file: &Value) -> PyResult<()> {
        if crate::modules::sys::std_stream_kind(file).is_some() {
            self.flush();
            return Ok(());
        }
        if self.has_attr(file, "flush")? {
            self.call_method(file, "flush", Vec::new())?;
        }
        Ok(())
    }

    /// An I/O point: if another thread is waiting for the GIL, give it up and
    /// run `then` when this thread gets it back; otherwise run `then` now.
    pub fn yield_then(&mut self, then: Box<dyn FnOnce(&mut Vm) -> PyResult<Value>>) -> PyResult<Value> {
        if self.threads[self.current].nested > 0 || !self.io_yield() {
            return then(self);
        }
        let t = self.current;
        self.threads[t].resume = Some(then);
        self.sched.run_queue.push_back(t);
        self.emit_event(t, crate::events::EventKind::Release(crate::gil::ReleaseReason::Io));
        Err(PyErr::Blocked)
    }
}
