//! Methods of generator objects: `send`, `throw`, `close`.
//! A generator that returns ends the call with `StopIteration(value)`, as in
//! CPython; `close` throws `GeneratorExit` in and expects it back.

use super::*;
use crate::vm::eval::FrameResult;
use crate::vm::{PyErr, PyResult};

pub fn install(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    let methods: &[(&str, BuiltinFn)] = &[("send", gen_send), ("throw", gen_throw), ("close", gen_close)];
    for (name, f) in methods {
        add_method(&g, name, *f);
    }
}

fn this(vm: &mut Vm, method: &str, args: &[Value]) -> PyResult<Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(&format!("descriptor '{method}' for 'generator' objects doesn't apply to a '{tn}' object")))
        }
        None => Err(vm.type_error(&format!("unbound method generator.{method}() needs an argument"))),
    }
}

/// A yield is the call's result; a return is `StopIteration(value)`.
fn yielded(vm: &mut Vm, r: FrameResult) -> PyResult<Value> {
    match r {
        FrameResult::Yield(v) => Ok(v),
        FrameResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, "send", &args)?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("generator.send() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let r = vm.gen_send_native(&g, args[1].clone())?;
    yielded(vm, r)
}

/// `throw(exc)`, `throw(type)`, `throw(type, value)` (the traceback argument
/// is accepted and ignored).
fn gen_throw(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, "throw", &args)?;
    if !(2..=4).contains(&args.len()) {
        return Err(vm.type_error(&format!("throw expected at least 1 argument, got {}", args.len() - 1)));
    }
    let exc = match (&args[1], args.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() && c.is_subclass(&vm.types.base_exception) => {
            if vm.is_exception(v) {
                v.clone()
            } else {
                let arg = match v {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                vm.call(&args[1], arg, Vec::new())?
            }
        }
        (Value::Class(c), _) if c.is_subclass(&vm.types.base_exception) => vm.call(&args[1], Vec::new(), Vec::new())?,
        (v, None) if vm.is_exception(v) => v.clone(),
        (v, Some(x)) if vm.is_exception(v) && x.is_none() => v.clone(),
        (v, Some(_)) if vm.is_exception(v) => {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        (v, _) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(&format!("exceptions must be classes or instances deriving from BaseException, not {tn}")));
        }
    };
    let r = vm.gen_throw_native(&g, exc)?;
    yielded(vm, r)
}

fn gen_close(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, "close", &args)?;
    let not_started = g.frame.borrow().as_ref().map_or(true, |f| f.pc == 0);
    if not_started {
        // Never started or already finished: nothing runs, it is just done.
        g.frame.borrow_mut().take();
        return Ok(Value::None);
    }
    let exit_class = vm.builtins_get("GeneratorExit");
    let exit = vm.call(&exit_class, Vec::new(), Vec::new())?;
    match vm.gen_throw_native(&g, exit) {
        Ok(FrameResult::Yield(_)) => Err(vm.new_exception("RuntimeError", "generator ignored GeneratorExit")),
        Ok(FrameResult::Return(_)) => Ok(Value::None),
        Err(PyErr::Exception(e)) if vm.is_instance_of(&e, "GeneratorExit") || vm.is_instance_of(&e, "StopIteration") => Ok(Value::None),
        Err(e) => Err(e),
    }
}
