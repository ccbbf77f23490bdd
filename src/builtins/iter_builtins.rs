//! The iterator types that are builtins: `reversed`, `enumerate`, `zip`,
//! `map`, `filter`. Each is the class of the iterators it makes (so
//! `type(enumerate([])) is enumerate`), its constructor builds an
//! `IterKind`; `__next__` lives in vm/iterate.rs.

use super::*;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm, b: &PyDict) {
    let pairs: [(&'static str, BuiltinFn); 5] =
        [("reversed", reversed_new), ("enumerate", enumerate_new), ("zip", zip_new), ("map", map_new), ("filter", filter_new)];
    for (name, f) in pairs {
        let cls = vm.types.iterator_class(name);
        cls.ctor.set(Some(f));
        dict_set_str(b, name, Value::Class(cls));
    }
    // `it.__next__()` and `it.__iter__()` on the built-in iterator types.
    for name in ITERATOR_TYPES {
        let cls = vm.types.iterator_class(name);
        add_method(&cls, "__iter__", iter_self);
        add_method(&cls, "__next__", iter_next);
    }
}

const ITERATOR_TYPES: [&str; 21] = [
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "iterator",
    "callable_iterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "str_iterator",
];

fn iter_self(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__iter__", args.len().saturating_sub(1), 0, 0)?;
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__next__", args.len().saturating_sub(1), 0, 0)?;
    match vm.iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_args("StopIteration", Vec::new())),
    }
}

fn reversed_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "reversed", &kw)?;
    check_nargs(vm, "reversed", args.len() - 1, 1, 1)?;
    reversed_of(vm, &args[1])
}

/// `reversed(seq)`
pub(crate) fn reversed_of(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            let n = l.items.borrow().len() as i64;
            return Ok(vm.new_iter("list_reverseiterator", IterKind::Reversed { seq: seq.clone(), idx: n - 1 }));
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
            let n = vm.len(seq)? as i64;
            return Ok(vm.new_iter("reversed", IterKind::Reversed { seq: seq.clone(), idx: n - 1 }));
        }
        Value::Range(r) if r.big.is_some() => {
            let n = vm.range_len(r)? as i64;
            return Ok(vm.new_iter("longrange_iterator", IterKind::Reversed { seq: seq.clone(), idx: n - 1 }));
        }
        Value::Range(r) => {
            let n = r.len();
            let last = if n > 0 { r.get(n - 1) } else { r.start };
            return Ok(vm.new_iter("range_iterator", IterKind::Range { cur: last, step: -r.step, remaining: n }));
        }
        _ => {}
    }
    match vm.lookup_special(seq, "__reversed__") {
        Some(Value::None) => {}
        Some(f) => return vm.call1(&f, seq.clone()),
        None => {
            if vm.lookup_special(seq, "__getitem__").is_some() && vm.lookup_special(seq, "__len__").is_some() {
                if !matches!(seq, Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)) {
                    let n = vm.len(seq)? as i64;
                    return Ok(vm.new_iter("reversed", IterKind::Reversed { seq: seq.clone(), idx: n - 1 }));
                }
            }
        }
    }
    let tn = vm.type_name(seq);
    Err(vm.new_exception("TypeError", &format!("'{}' object is not reversible", tn)))
}

fn enumerate_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let total = a.len() + kw.len();
    let iterable = arg_or_kw(a, 0, &mut kw, "iterable");
    let start = arg_or_kw(a, 1, &mut kw, "start");
    if let Some((k, _)) = kw.first() {
        let msg = if total > 2 {
            format!("enumerate() takes at most 2 arguments ({} given)", total)
        } else {
            format!("'{}' is an invalid keyword argument for enumerate()", k.as_str())
        };
        return Err(vm.new_exception("TypeError", &msg));
    }
    if a.len() > 2 {
        return Err(vm.new_exception("TypeError", &format!("enumerate() takes at most 2 arguments ({} given)", total)));
    }
    let iterable = match iterable {
        Some(v) => v,
        None => return Err(vm.new_exception("TypeError", "enumerate() missing required argument 'iterable'")),
    };
    let inner = vm.get_iter(&iterable)?;
    let count = match start {
        None => Value::Int(0),
        Some(s) => match &s {
            Value::Int(_) | Value::BigInt(_) => s,
            Value::Bool(b) => Value::Int(*b as i64),
            _ => match vm.index_value(&s)? {
                Some(i) if !matches!(s, Value::Float(_)) => Value::Int(i),
                _ => {
                    let tn = vm.type_name(&s);
                    return Err(vm.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)));
                }
            },
        },
    };
    Ok(vm.new_iter("enumerate", IterKind::Enumerate { inner, count }))
}

fn zip_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let strict = match take_kw(&mut kw, "strict") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    if let Some((k, _)) = kw.first() {
        return Err(vm.new_exception("TypeError", &format!("'{}' is an invalid keyword argument for zip()", k.as_str())));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter("zip", IterKind::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "map", &kw)?;
    if args.len() < 3 {
        return Err(vm.new_exception("TypeError", "map() must have at least two arguments."));
    }
    let func = args[1].clone();
    let mut iters = Vec::with_capacity(args.len() - 2);
    for a in &args[2..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter("map", IterKind::Map { func, iters }))
}

fn filter_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "filter", &kw)?;
    check_nargs(vm, "filter", args.len() - 1, 2, 2)?;
    let iter = vm.get_iter(&args[2])?;
    Ok(vm.new_iter("filter", IterKind::Filter { func: args[1].clone(), iter }))
}
