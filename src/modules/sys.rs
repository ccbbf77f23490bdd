//! `sys`: argv, exit, the standard streams, recursion limit, switch
//! interval (the GIL knob CPython exposes) and friends.

use crate::builtins::{add_fn, add_method, check_nargs};
use crate::config::SwitchInterval;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;
use std::time::Duration;

/// The VM's own stdout/stderr objects: writes go straight to its streams.
pub struct StdStream(pub u8);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("sys"));
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    dict_set_str(&d, "argv", Value::list(argv));
    dict_set_str(&d, "modules", Value::Dict(vm.modules.clone()));
    dict_set_str(&d, "platform", Value::str("linux"));
    dict_set_str(&d, "byteorder", Value::str("little"));
    dict_set_str(&d, "version", Value::str("3.11.7 (pygil) [Rust]"));
    let version_info = super::struct_seq::make(
        vm,
        "sys",
        "version_info",
        &[("major", Value::Int(3)), ("minor", Value::Int(11)), ("micro", Value::Int(7)), ("releaselevel", Value::str("final")), ("serial", Value::Int(0))],
    );
    dict_set_str(&d, "version_info", version_info);
    let float_info = super::struct_seq::make(
        vm,
        "sys",
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX as i64)),
            ("rounds", Value::Int(1)),
        ],
    );
    dict_set_str(&d, "float_info", float_info);
    dict_set_str(&d, "hexversion", Value::Int(0x030b07f0));
    dict_set_str(&d, "implementation_name", Value::str("pygil"));
    dict_set_str(&d, "maxsize", Value::Int(i64::MAX));
    dict_set_str(&d, "executable", Value::str("pygil"));
    dict_set_str(&d, "path", Value::list(Vec::new()));
    dict_set_str(&d, "flags", Value::None);
    dict_set_str(&d, "builtin_module_names", Value::tuple(vec![Value::str("sys"), Value::str("builtins")]));
    let cls = crate::vm::types::new_class("TextIOWrapper", vec![vm.types.object.clone()], BaseKind::Other, true, "_io");
    add_method(&cls, "write", stream_write);
    add_method(&cls, "flush", stream_flush);
    add_method(&cls, "isatty", stream_false);
    add_method(&cls, "fileno", stream_fileno);
    add_method(&cls, "__repr__", stream_repr);
    for (name, n) in [("stdout", 1u8), ("stderr", 2u8)] {
        let v = Value::Native(Rc::new(NativeObj { class: cls.clone(), data: Box::new(StdStream(n)) }));
        dict_set_str(&d, name, v.clone());
        dict_set_str(&d, &format!("__{}__", name), v);
    }
    let stdin_cls = crate::vm::types::new_class("TextIOWrapper", vec![vm.types.object.clone()], BaseKind::Other, true, "_io");
    add_method(&stdin_cls, "readline", stdin_readline);
    add_method(&stdin_cls, "read", stdin_read);
    add_method(&stdin_cls, "isatty", stream_false);
    add_method(&stdin_cls, "readlines", stdin_readlines);
    add_method(&stdin_cls, "__iter__", stdin_iter);
    add_method(&stdin_cls, "__next__", stdin_next);
    add_method(&stdin_cls, "fileno", stream_fileno);
    add_method(&stdin_cls, "__repr__", stream_repr);
    let stdin = Value::Native(Rc::new(NativeObj { class: stdin_cls, data: Box::new(StdStream(0)) }));
    dict_set_str(&d, "stdin", stdin.clone());
    dict_set_str(&d, "__stdin__", stdin);
    let m = "sys";
    add_fn(&d, m, "exit", exit);
    add_fn(&d, m, "displayhook", displayhook);
    add_fn(&d, m, "getrecursionlimit", getrecursionlimit);
    add_fn(&d, m, "setrecursionlimit", setrecursionlimit);
    add_fn(&d, m, "getswitchinterval", getswitchinterval);
    add_fn(&d, m, "setswitchinterval", setswitchinterval);
    add_fn(&d, m, "getcheckinterval", getcheckinterval);
    add_fn(&d, m, "setcheckinterval", setcheckinterval);
    add_fn(&d, m, "exc_info", exc_info);
    add_fn(&d, m, "exception", exception);
    add_fn(&d, m, "getsizeof", getsizeof);
    add_fn(&d, m, "intern", intern);
    add_fn(&d, m, "getdefaultencoding", utf8);
    add_fn(&d, m, "getfilesystemencoding", utf8);
    add_fn(&d, m, "set_int_max_str_digits", noop);
    add_fn(&d, m, "settrace", noop);
    add_fn(&d, m, "setprofile", noop);
    add_fn(&d, m, "getrefcount", getrefcount);
    Ok(Value::Module(Rc::new(Module { name: "sys".into(), dict: d })))
}

/// 1 for the VM's stdout object, 2 for stderr, None otherwise.
pub fn std_stream_kind(v: &Value) -> Option<u8> {
    match v {
        Value::Native(n) => n.downcast::<StdStream>().map(|s| s.0).filter(|&k| k != 0),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "write", args.len() - 1, 1, 1)?;
    let s = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("write() argument must be str, not {}", tn)));
        }
    };
    let n = s.char_len();
    match std_stream_kind(&args[0]) {
        Some(1) => vm.write_stdout(s.as_str()),
        _ => vm.write_stderr(s.as_str()),
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn stream_false(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match &args[0] {
        Value::Native(n) => n.downcast::<StdStream>().map(|s| s.0 as i64).unwrap_or(1),
        _ => 1,
    }))
}

fn stream_repr(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let name = match std_stream_kind(&args[0]) {
        Some(1) => "<stdout>",
        Some(2) => "<stderr>",
        _ => "<stdin>",
    };
    Ok(Value::string(format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", name, if name == "<stdin>" { "r" } else { "w" })))
}

fn stdin_readline(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.read_stdin_line()?.unwrap_or_default()))
}

/// `for line in sys.stdin`: the stream is its own iterator of lines.
fn stdin_iter(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn stdin_next(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match vm.read_stdin_line()? {
        Some(line) => Ok(Value::string(line)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn stdin_readlines(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let mut lines = Vec::new();
    while let Some(l) = vm.read_stdin_line()? {
        lines.push(Value::string(l));
    }
    Ok(Value::list(lines))
}

fn stdin_read(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let mut all = String::new();
    while let Some(l) = vm.read_stdin_line()? {
        all.push_str(&l);
    }
    Ok(Value::string(all))
}

/// `sys.displayhook(value)`: print repr(value) unless None, keep it in
/// `builtins._` (what the interactive prompt and compile(..., 'single') use).
fn displayhook(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "displayhook", args.len(), 1, 1)?;
    if args[0].is_none() {
        return Ok(Value::None);
    }
    let b = vm.builtins.clone();
    crate::objects::dict_set_str(&b, "_", Value::None);
    let text = vm.repr(&args[0])?;
    if let Some(print) = crate::objects::dict_get_str(&b, "print") {
        vm.call1(&print, Value::string(text))?;
    }
    crate::objects::dict_set_str(&b, "_", args[0].clone());
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "exit", args.len(), 0, 1)?;
    Err(vm.new_exception_args("SystemExit", args))
}

fn getrecursionlimit(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "setrecursionlimit", args.len(), 1, 1)?;
    let n = vm.int_arg(&args[0], "setrecursionlimit")?;
    if n < 1 {
        return Err(vm.new_exception("ValueError", "recursion limit must be greater or equal than 1"));
    }
    // An embedder's cap holds whatever the script asks for.
    vm.recursion_limit = match vm.guard.limits.max_recursion {
        Some(m) => (n as usize).min(m),
        None => n as usize,
    };
    Ok(Value::None)
}

/// Seconds; for an instruction-count interval, its equivalent on the
/// virtual clock.
fn getswitchinterval(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(match vm.sched.interval {
        SwitchInterval::Duration(d) => d.as_secs_f64(),
        SwitchInterval::Instructions(n) => n as f64 * vm.config.virtual_ns_per_instr as f64 / 1e9,
    }))
}

fn setswitchinterval(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "setswitchinterval", args.len(), 1, 1)?;
    let s = vm.float_arg(&args[0])?;
    if s <= 0.0 {
        return Err(vm.new_exception("ValueError", "switch interval must be strictly positive"));
    }
    vm.sched.interval = SwitchInterval::Duration(Duration::from_secs_f64(s));
    vm.sched.reset_slice();
    Ok(Value::None)
}

/// Python 2's check interval, in instructions.
fn getcheckinterval(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match vm.sched.interval {
        SwitchInterval::Instructions(n) => n as i64,
        SwitchInterval::Duration(d) => (d.as_nanos() as u64 / vm.config.virtual_ns_per_instr.max(1)) as i64,
    }))
}

fn setcheckinterval(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "setcheckinterval", args.len(), 1, 1)?;
    let n = vm.int_arg(&args[0], "setcheckinterval")?;
    vm.sched.interval = SwitchInterval::Instructions(n.max(1) as u64);
    vm.sched.reset_slice();
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = vm.current;
    Ok(match vm.threads[t].handled.clone() {
        Some(e) => {
            let typ = vm.type_of_value(&e);
            let tb = crate::vm::Vm::traceback_of(vm, &e);
            Value::tuple(vec![typ, e, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = vm.current;
    Ok(vm.threads[t].handled.clone().unwrap_or(Value::None))
}

fn getsizeof(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "getsizeof", args.len(), 1, 2)?;
    let n = match &args[0] {
        Value::Int(_) => 28,
        Value::Float(_) => 24,
        Value::Str(s) => 49 + s.as_str().len() as i64,
        Value::List(l) => 56 + 8 * l.items.borrow().len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => 64 + 24 * d.data.borrow().len() as i64,
        _ => 48,
    };
    Ok(Value::Int(n))
}

fn intern(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn utf8(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn noop(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn getrefcount(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match args.first().and_then(|v| v.heap_ptr()) {
        Some(_) => 2,
        None => 1000,
    }))
}
