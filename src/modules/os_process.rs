//! `os`: fork, _exit, wait, waitpid, kill, for interpreters as processes
//! (src/process). A pid is a child interpreter's; exit statuses are encoded
//! as on Linux (`code << 8`, or the signal number).

use crate::builtins::add_fn;
use crate::objects::*;
use crate::value::Value;
use crate::vm::thread::WaitReason;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn add_functions(d: &Rc<PyDict>) {
    let m = "os";
    add_fn(d, m, "fork", fork);
    add_fn(d, m, "_exit", exit_now);
    add_fn(d, m, "waitpid", waitpid);
    add_fn(d, m, "wait", wait);
    add_fn(d, m, "kill", kill);
    add_fn(d, m, "WIFEXITED", wifexited);
    add_fn(d, m, "WEXITSTATUS", wexitstatus);
    add_fn(d, m, "WIFSIGNALED", wifsignaled);
    add_fn(d, m, "WTERMSIG", wtermsig);
    add_fn(d, m, "waitstatus_to_exitcode", waitstatus_to_exitcode);
    dict_set_str(d, "WNOHANG", Value::Int(1));
}

/// The child continues from here with 0; the parent gets its pid. The copy
/// is made at the next hand-over, when every frame of this thread is on its
/// stack (see `Vm::do_fork`).
fn fork(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = vm.current;
    if vm.threads[t].nested > 0 {
        return Err(vm.new_exception("RuntimeError", "os.fork() called from a callback of built-in code is not supported by pygil"));
    }
    vm.process_me();
    vm.process.fork_request = Some(t);
    Err(vm.block_current(WaitReason::Io, None, None, Value::None))
}

/// `os._exit(n)`: the process ends now, without cleanup.
fn exit_now(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let code = match args.first() {
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => *b as i32,
        _ => return Err(vm.new_exception("TypeError", "_exit() takes exactly one integer argument")),
    };
    vm.flush();
    vm.exit_request = Some(crate::vm::thread::ExitRequest::Exit(code));
    Err(vm.block_current(WaitReason::Io, None, None, Value::None))
}

/// Linux's wait status of an exit code (negative: killed by that signal).
fn status_of(code: i32) -> i64 {
    if code < 0 {
        (-code) as i64
    } else {
        ((code & 0xff) << 8) as i64
    }
}

fn waitpid(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let pid = match args.first() {
        Some(Value::Int(i)) => *i,
        _ => return Err(vm.new_exception("TypeError", "waitpid() takes exactly 2 arguments")),
    };
    let nohang = matches!(args.get(1), Some(Value::Int(o)) if o & 1 == 1);
    wait_for(vm, Some(pid), nohang)
}

fn wait(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    wait_for(vm, None, false)
}

/// Reap a child (`pid`, or any); block until one ends unless `nohang`.
fn wait_for(vm: &mut Vm, pid: Option<i64>, nohang: bool) -> PyResult<Value> {
    let candidates: Vec<_> = vm.process.children.iter().filter(|c| pid.map_or(true, |p| p == -1 || c.pid == p)).cloned().collect();
    if candidates.is_empty() {
        return Err(vm.new_exception_args("ChildProcessError", vec![Value::Int(10), Value::str("No child processes")]));
    }
    for c in &candidates {
        if let Some(code) = c.exitcode() {
            vm.process.children.retain(|x| x.pid != c.pid);
            return Ok(Value::tuple(vec![Value::Int(c.pid), Value::Int(status_of(code))]));
        }
    }
    if nohang {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(0)]));
    }
    let w = vm.waiter();
    for c in &candidates {
        c.add_waiter(w.clone());
    }
    Err(vm.block_external(None, None, Value::None, Box::new(move |vm| wait_for(vm, pid, false))))
}

/// `os.kill(pid, sig)`: SIGTERM/SIGKILL end a child interpreter.
fn kill(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (pid, sig) = match (args.first(), args.get(1)) {
        (Some(Value::Int(p)), Some(Value::Int(s))) => (*p, *s),
        _ => return Err(vm.new_exception("TypeError", "kill() takes exactly 2 integer arguments")),
    };
    match vm.process.children.iter().find(|c| c.pid == pid).cloned() {
        Some(c) => {
            if sig != 0 {
                c.signal(if sig == 9 { -9 } else { -15 });
            }
            Ok(Value::None)
        }
        None => Err(vm.new_exception_args("ProcessLookupError", vec![Value::Int(3), Value::str("No such process")])),
    }
}

fn int_arg(args: &[Value]) -> i64 {
    match args.first() {
        Some(Value::Int(i)) => *i,
        _ => 0,
    }
}

fn wifexited(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(int_arg(&args) & 0x7f == 0))
}
fn wexitstatus(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((int_arg(&args) >> 8) & 0xff))
}
fn wifsignaled(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = int_arg(&args) & 0x7f;
    Ok(Value::Bool(s != 0 && s != 0x7f))
}
fn wtermsig(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(int_arg(&args) & 0x7f))
}
fn waitstatus_to_exitcode(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = int_arg(&args);
    Ok(Value::Int(if s & 0x7f == 0 { (s >> 8) & 0xff } else { -(s & 0x7f) }))
}
