//! The pickle boundary: a value crossing processes is encoded into a
//! `Send` tree of plain data and rebuilt in the receiver's heap. Functions
//! and classes travel by reference (module and qualified name) and are
//! looked up again on the other side, as pickle does; what pickle refuses
//! (locks, generators, files, lambdas) raises CPython's error.

use super::shared::SharedObj;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

pub enum SendValue {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<SendValue>),
    List(Vec<SendValue>),
    Dict(Vec<(SendValue, SendValue)>),
    Set(Vec<SendValue>),
    FrozenSet(Vec<SendValue>),
    Range(i64, i64, i64),
    BigRange(BigInt, BigInt, BigInt),
    /// A function or class, by `module` and `qualname`.
    Global(String, String),
    /// An instance: its class, its `__dict__`, exception args or the
    /// built-in value of a list/dict/int... subclass.
    Instance { class: Box<SendValue>, dict: Vec<(String, SendValue)>, args: Option<Vec<SendValue>>, builtin: Option<Box<SendValue>> },
    Shared(SharedObj, String),
}

fn cannot_pickle(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    vm.new_exception("TypeError", &format!("cannot pickle '{}' object", what))
}

pub fn encode(vm: &mut Vm, v: &Value) -> PyResult<SendValue> {
    let mut depth = 0;
    enc(vm, v, &mut depth)
}

fn enc(vm: &mut Vm, v: &Value, depth: &mut usize) -> PyResult<SendValue> {
    *depth += 1;
    if *depth > 1000 {
        return Err(vm.new_exception("RecursionError", "maximum recursion depth exceeded while pickling an object"));
    }
    let r = enc_inner(vm, v, depth);
    *depth -= 1;
    r
}

fn enc_all(vm: &mut Vm, items: &[Value], depth: &mut usize) -> PyResult<Vec<SendValue>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(enc(vm, x, depth)?);
    }
    Ok(out)
}

fn enc_inner(vm: &mut Vm, v: &Value, depth: &mut usize) -> PyResult<SendValue> {
    Ok(match v {
        Value::None | Value::Null => SendValue::None,
        Value::Ellipsis => SendValue::Ellipsis,
        Value::NotImplemented => SendValue::Global("builtins".into(), "NotImplemented".into()),
        Value::Bool(b) => SendValue::Bool(*b),
        Value::Int(i) => SendValue::Int(*i),
        Value::BigInt(b) => SendValue::BigInt((**b).clone()),
        Value::Float(f) => SendValue::Float(*f),
        Value::Complex(z) => SendValue::Complex(z.re, z.im),
        Value::Str(s) => SendValue::Str(s.as_str().to_string()),
        Value::Bytes(b) => SendValue::Bytes((**b).clone()),
        Value::Tuple(t) => SendValue::Tuple(enc_all(vm, t, depth)?),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            SendValue::List(enc_all(vm, &items, depth)?)
        }
        Value::Dict(d) => {
            let items = d.data.borrow().items();
            let mut out = Vec::with_capacity(items.len());
            for (k, x) in items {
                out.push((enc(vm, &k, depth)?, enc(vm, &x, depth)?));
            }
            SendValue::Dict(out)
        }
        Value::Set(s) => SendValue::Set(enc_all(vm, &s.data.borrow().keys(), depth)?),
        Value::FrozenSet(s) => SendValue::FrozenSet(enc_all(vm, &s.data.borrow().keys(), depth)?),
        Value::Range(r) if r.big.is_some() => {
            let (a, b, c) = r.parts();
            SendValue::BigRange(a, b, c)
        }
        Value::Range(r) => SendValue::Range(r.start, r.stop, r.step),
        Value::Function(f) => {
            let module = match &*f.module.borrow() {
                Value::Str(s) => s.as_str().to_string(),
                _ => "__main__".to_string(),
            };
            let qualname = f.qualname.borrow().clone();
            by_reference(vm, v, module, qualname)?
        }
        Value::Class(c) => {
            if c.builtin {
                SendValue::Global("builtins".into(), c.name())
            } else {
                let module = c.module.borrow().clone();
                let qualname = c.qualname.borrow().clone();
                by_reference(vm, v, module, qualname)?
            }
        }
        Value::Builtin(b) => SendValue::Global(if b.module.is_empty() { "builtins".into() } else { b.module.clone() }, b.name.clone()),
        Value::Instance(i) => {
            let cls = i.class();
            let class = Box::new(enc(vm, &Value::Class(cls.clone()), depth)?);
            let mut dict = Vec::new();
            for (k, x) in i.dict.data.borrow().items() {
                if let Value::Str(s) = &k {
                    dict.push((s.as_str().to_string(), x));
                }
            }
            let mut denc = Vec::with_capacity(dict.len());
            for (k, x) in dict {
                denc.push((k, enc(vm, &x, depth)?));
            }
            let args = match i.exc() {
                Some(e) => {
                    let a = e.args.borrow().clone();
                    Some(enc_all(vm, &a, depth)?)
                }
                None => None,
            };
            let builtin = match &i.payload {
                Payload::Builtin(b) => {
                    let b = b.borrow().clone();
                    Some(Box::new(enc(vm, &b, depth)?))
                }
                _ => None,
            };
            SendValue::Instance { class, dict: denc, args, builtin }
        }
        Value::Native(n) => {
            if let Some(s) = n.downcast::<SharedObj>() {
                return Ok(SendValue::Shared(s.clone(), n.class.name()));
            }
            let name = match n.class.name().as_str() {
                "lock" => "_thread.lock".to_string(),
                "RLock" => "_thread.RLock".to_string(),
                "TextIOWrapper" | "BufferedReader" | "BufferedWriter" => format!("_io.{}", n.class.name()),
                other => other.to_string(),
            };
            return Err(cannot_pickle(vm, &name));
        }
        Value::Generator(_) => return Err(cannot_pickle(vm, "generator")),
        Value::Module(_) => return Err(cannot_pickle(vm, "module")),
        Value::Code(_) => return Err(cannot_pickle(vm, "code")),
        Value::Cell(_) => return Err(cannot_pickle(vm, "cell")),
        Value::Iterator(it) => return Err(cannot_pickle(vm, it.type_name)),
        Value::BoundMethod(_) | Value::Descriptor(_) | Value::Slice(_) => {
            let tn = vm.type_name(v);
            return Err(cannot_pickle(vm, &tn));
        }
    })
}

/// Functions and classes are pickled by name; the name must lead back to
/// the same object (a lambda or a nested function does not).
fn by_reference(vm: &mut Vm, v: &Value, module: String, qualname: String) -> PyResult<SendValue> {
    let found = lookup_global(vm, &module, &qualname).ok().flatten();
    if !found.map_or(false, |f| f.is(v)) {
        let r = vm.repr(v).unwrap_or_default();
        let first = qualname.split('.').next().unwrap_or("").to_string();
        let msg = if qualname.contains("<locals>") {
            format!("Can't pickle local object '{}'", qualname)
        } else {
            format!("Can't pickle {}: attribute lookup {} on {} failed", r, first, module)
        };
        let _ = first;
        let cls = pickling_error(vm);
        return Err(crate::vm::PyErr::Exception(vm.exception_instance(&cls, vec![Value::string(msg)])));
    }
    Ok(SendValue::Global(module, qualname))
}

fn pickling_error(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("_pickle.PicklingError") {
        return c.clone();
    }
    let base = vm.types.exc("Exception");
    let pe = crate::vm::types::new_class("PicklingError", vec![base], BaseKind::Exception, false, "_pickle");
    vm.native_classes.insert("_pickle.PicklingError", pe.clone());
    pe
}

fn lookup_global(vm: &mut Vm, module: &str, qualname: &str) -> PyResult<Option<Value>> {
    let m = if module == "builtins" {
        return Ok(dict_get_str(&vm.builtins, qualname));
    } else {
        match dict_get_str(&vm.modules, module) {
            Some(m) => m,
            None => vm.import_module(module)?,
        }
    };
    let mut cur = m;
    for part in qualname.split('.') {
        match vm.get_attr_opt(&cur, part)? {
            Some(x) => cur = x,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}

pub fn decode(vm: &mut Vm, s: SendValue) -> PyResult<Value> {
    Ok(match s {
        SendValue::None => Value::None,
        SendValue::Ellipsis => Value::Ellipsis,
        SendValue::Bool(b) => Value::Bool(b),
        SendValue::Int(i) => Value::Int(i),
        SendValue::BigInt(b) => Value::from_bigint(b),
        SendValue::Float(f) => Value::Float(f),
        SendValue::Complex(re, im) => Value::complex(re, im),
        SendValue::Str(s) => Value::string(s),
        SendValue::Bytes(b) => Value::Bytes(Rc::new(b)),
        SendValue::Tuple(t) => Value::tuple(dec_all(vm, t)?),
        SendValue::List(l) => Value::list(dec_all(vm, l)?),
        SendValue::Dict(items) => {
            let d = Rc::new(PyDict::new());
            for (k, x) in items {
                let k = decode(vm, k)?;
                let x = decode(vm, x)?;
                vm.dict_set(&d, k, x)?;
            }
            Value::Dict(d)
        }
        SendValue::Set(items) => {
            let vals = dec_all(vm, items)?;
            let cls = Value::Class(vm.types.set.clone());
            vm.call(&cls, vec![Value::list(vals)], Vec::new())?
        }
        SendValue::FrozenSet(items) => {
            let vals = dec_all(vm, items)?;
            let cls = Value::Class(vm.types.frozenset.clone());
            vm.call(&cls, vec![Value::list(vals)], Vec::new())?
        }
        SendValue::Range(a, b, c) => Value::Range(Rc::new(RangeObj::new(a, b, c))),
        SendValue::BigRange(a, b, c) => Value::Range(Rc::new(RangeObj::from_big(a, b, c))),
        SendValue::Global(module, qualname) => match lookup_global(vm, &module, &qualname)? {
            Some(v) => v,
            None => {
                let m = dict_get_str(&vm.modules, &module).unwrap_or(Value::None);
                let r = vm.repr(&m).unwrap_or_default();
                return Err(vm.new_exception("AttributeError", &format!("Can't get attribute '{}' on {}", qualname, r)));
            }
        },
        SendValue::Instance { class, dict, args, builtin } => {
            let cls = match decode(vm, *class)? {
                Value::Class(c) => c,
                _ => return Err(vm.new_exception("TypeError", "cannot unpickle: not a class")),
            };
            let payload = if let Some(a) = args {
                let d = Box::<ExcData>::default();
                *d.args.borrow_mut() = dec_all(vm, a)?;
                Payload::Exception(d)
            } else if let Some(b) = builtin {
                Payload::Builtin(std::cell::RefCell::new(decode(vm, *b)?))
            } else {
                Payload::None
            };
            let inst = Rc::new(Instance { class: std::cell::RefCell::new(cls), dict: Rc::new(PyDict::new()), payload });
            for (k, x) in dict {
                let x = decode(vm, x)?;
                dict_set_str(&inst.dict, &k, x);
            }
            Value::Instance(inst)
        }
        SendValue::Shared(obj, class) => {
            let key: &'static str = match class.as_str() {
                "SharedQueue" => "_pygil.SharedQueue",
                "SharedSemaphore" => "_pygil.SharedSemaphore",
                _ => "_pygil.ProcessHandle",
            };
            let cls = match vm.native_classes.get(key) {
                Some(c) => c.clone(),
                None => crate::vm::types::new_class(key.trim_start_matches("_pygil."), vec![vm.types.object.clone()], BaseKind::Other, true, "_pygil"),
            };
            Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(obj) }))
        }
    })
}

fn dec_all(vm: &mut Vm, items: Vec<SendValue>) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(decode(vm, x)?);
    }
    Ok(out)
}
