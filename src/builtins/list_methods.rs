//! Methods of `list` and `tuple`. `self` is `args[0]`: a `Value::List` /
//! `Value::Tuple`, or an instance of a user subclass carrying one.

use super::*;
use crate::ast::{BinOp, CmpOp};
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let l = vm.types.list.clone();
    let list_methods: &[(&str, BuiltinFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("remove", list_remove),
        ("pop", list_pop),
        ("clear", list_clear),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__reversed__", list_reversed),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__imul__", list_imul),
        ("__eq__", seq_eq),
        ("__ne__", seq_ne),
        ("__lt__", seq_lt),
        ("__le__", seq_le),
        ("__gt__", seq_gt),
        ("__ge__", seq_ge),
        ("__repr__", seq_repr),
    ];
    for (name, f) in list_methods {
        let quick: Option<QuickFn> = match *name {
            "append" => Some(list_append_quick),
            "pop" => Some(list_pop_quick),
            _ => None,
        };
        add_method_with(&l, name, *f, quick);
    }
    dict_set_str(&l.dict, "__hash__", Value::None);

    let t = vm.types.tuple.clone();
    let tuple_methods: &[(&str, BuiltinFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__add__", tuple_add),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__eq__", seq_eq),
        ("__ne__", seq_ne),
        ("__lt__", seq_lt),
        ("__le__", seq_le),
        ("__gt__", seq_gt),
        ("__ge__", seq_ge),
        ("__hash__", tuple_hash),
        ("__repr__", seq_repr),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for (name, f) in tuple_methods {
        add_method(&t, name, *f);
    }
}

// ---- self extraction ----

fn descriptor_error(vm: &mut Vm, meth: &str, owner: &str, got: Option<&Value>) -> crate::vm::PyErr {
    match got {
        None => vm.new_exception("TypeError", &format!("unbound method {}.{}() needs an argument", owner, meth)),
        Some(v) => {
            let tn = vm.type_name(v);
            vm.new_exception("TypeError", &format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", meth, owner, tn))
        }
    }
}

/// The list behind `v` (a list or an instance of a list subclass).
pub(crate) fn as_list(vm: &Vm, v: &Value) -> Option<Rc<PyList>> {
    match v {
        Value::List(l) => Some(l.clone()),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        },
        _ => None,
    }
}

/// The tuple behind `v`.
pub(crate) fn as_tuple(vm: &Vm, v: &Value) -> Option<Rc<Vec<Value>>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

fn this_list(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<Rc<PyList>> {
    match args.first().and_then(|v| as_list(vm, v)) {
        Some(l) => Ok(l),
        None => Err(descriptor_error(vm, meth, "list", args.first())),
    }
}

fn this_tuple(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<Rc<Vec<Value>>> {
    match args.first().and_then(|v| as_tuple(vm, v)) {
        Some(t) => Ok(t),
        None => Err(descriptor_error(vm, meth, "tuple", args.first())),
    }
}

/// The built-in list or tuple value behind `args[0]` (for the shared dunders).
fn this_seq(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<Value> {
    match args.first() {
        Some(v @ (Value::List(_) | Value::Tuple(_))) => Ok(v.clone()),
        Some(v @ Value::Instance(_)) => match vm.payload_of(v) {
            Some(p @ (Value::List(_) | Value::Tuple(_))) => Ok(p),
            _ => Err(descriptor_error(vm, meth, "list", Some(v))),
        },
        other => {
            let o = other.cloned();
            Err(descriptor_error(vm, meth, "list", o.as_ref()))
        }
    }
}

/// Slice-style clamping of `start`/`stop` arguments of index().
fn clamp_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: i64) -> PyResult<i64> {
    let v = match v {
        None => return Ok(default),
        Some(v) => v,
    };
    let i = match vm.index_value(v)? {
        Some(i) => i,
        None => {
            return Err(vm.new_exception("TypeError", "slice indices must be integers or have an __index__ method"));
        }
    };
    let n = len as i64;
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
}

// ---- list ----

fn list_append(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "append")?;
    no_kwargs(vm, "list.append", &kw)?;
    check_nargs(vm, "list.append", args.len() - 1, 1, 1)?;
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

/// `l.append(x)` on a list (see `QuickFn`).
fn list_append_quick(args: &[Value]) -> Option<Value> {
    let [Value::List(l), x] = args else { return None };
    l.items.try_borrow_mut().ok()?.push(x.clone());
    Some(Value::None)
}

fn list_extend(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "extend")?;
    no_kwargs(vm, "list.extend", &kw)?;
    check_nargs(vm, "list.extend", args.len() - 1, 1, 1)?;
    let items = vm.collect(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "insert")?;
    no_kwargs(vm, "insert", &kw)?;
    check_nargs(vm, "insert", args.len() - 1, 2, 2)?;
    let i = vm.int_arg(&args[1], "insert")?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

/// Position of the first item equal to `x` in `l[start..stop]` (the list
/// may change while `__eq__` runs).
fn list_find(vm: &mut Vm, l: &Rc<PyList>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "remove")?;
    no_kwargs(vm, "list.remove", &kw)?;
    check_nargs(vm, "list.remove", args.len() - 1, 1, 1)?;
    let n = l.items.borrow().len();
    match list_find(vm, &l, &args[1], 0, n)? {
        Some(i) => {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.new_exception("ValueError", "list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "pop")?;
    no_kwargs(vm, "pop", &kw)?;
    check_nargs(vm, "pop", args.len() - 1, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.int_arg(v, "pop")?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.new_exception("IndexError", "pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(items);
        return Err(vm.new_exception("IndexError", "pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

/// `l.pop()` on a non-empty list (see `QuickFn`).
fn list_pop_quick(args: &[Value]) -> Option<Value> {
    let [Value::List(l)] = args else { return None };
    l.items.try_borrow_mut().ok()?.pop()
}

fn list_clear(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "clear")?;
    no_kwargs(vm, "list.clear", &kw)?;
    check_nargs(vm, "list.clear", args.len() - 1, 0, 0)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "index")?;
    no_kwargs(vm, "index", &kw)?;
    check_nargs(vm, "index", args.len() - 1, 1, 3)?;
    let n = l.items.borrow().len();
    let start = clamp_index(vm, args.get(2), n, 0)?;
    let stop = clamp_index(vm, args.get(3), n, n as i64)?;
    if let Some(i) = list_find(vm, &l, &args[1], start as usize, stop.max(0) as usize)? {
        return Ok(Value::Int(i as i64));
    }
    let r = vm.repr(&args[1])?;
    Err(vm.new_exception("ValueError", &format!("{} is not in list", r)))
}

fn list_count(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "count")?;
    no_kwargs(vm, "list.count", &kw)?;
    check_nargs(vm, "list.count", args.len() - 1, 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &args[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn list_sort(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "sort")?;
    if args.len() > 1 {
        return Err(vm.new_exception("TypeError", "sort() takes no positional arguments"));
    }
    let key = take_kw(&mut kw, "key").filter(|k| !k.is_none());
    let reverse = match take_kw(&mut kw, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    if let Some((k, _)) = kw.first() {
        return Err(vm.new_exception("TypeError", &format!("'{}' is an invalid keyword argument for sort()", k.as_str())));
    }
    // As CPython: the list is empty while sorting; changes are detected.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.new_exception("ValueError", "list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "reverse")?;
    no_kwargs(vm, "list.reverse", &kw)?;
    check_nargs(vm, "list.reverse", args.len() - 1, 0, 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "copy")?;
    no_kwargs(vm, "list.copy", &kw)?;
    check_nargs(vm, "list.copy", args.len() - 1, 0, 0)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_setitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__setitem__")?;
    check_nargs(vm, "__setitem__", args.len() - 1, 2, 2)?;
    vm.setitem(&Value::List(l), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__delitem__")?;
    check_nargs(vm, "__delitem__", args.len() - 1, 1, 1)?;
    vm.delitem(&Value::List(l), &args[1])?;
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__reversed__")?;
    check_nargs(vm, "__reversed__", args.len() - 1, 0, 0)?;
    let n = l.items.borrow().len() as i64;
    Ok(vm.new_iter("list_reverseiterator", IterKind::Reversed { seq: Value::List(l), idx: n - 1 }))
}

fn list_add(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__add__")?;
    check_nargs(vm, "__add__", args.len() - 1, 1, 1)?;
    match as_list(vm, &args[1]) {
        Some(o) => {
            let mut v = l.items.borrow().clone();
            v.extend(o.items.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.new_exception("TypeError", &format!("can only concatenate list (not \"{}\") to list", tn)))
        }
    }
}

fn list_iadd(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__iadd__")?;
    check_nargs(vm, "__iadd__", args.len() - 1, 1, 1)?;
    let items = vm.collect(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(args[0].clone())
}

/// The count of `seq * n` in an explicit `__mul__` call.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.int_arg(v, "__mul__")
}

fn seq_mul(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__mul__")?;
    check_nargs(vm, "__mul__", args.len() - 1, 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    vm.binary_op(BinOp::Mult, &s, &Value::Int(n))
}

fn list_imul(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = this_list(vm, &args, "__imul__")?;
    check_nargs(vm, "__imul__", args.len() - 1, 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let mut items = l.items.borrow_mut();
    let orig = std::mem::take(&mut *items);
    for _ in 0..n.max(0) {
        items.extend(orig.iter().cloned());
    }
    Ok(args[0].clone())
}

fn seq_len(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__len__")?;
    check_nargs(vm, "__len__", args.len() - 1, 0, 0)?;
    Ok(Value::Int(vm.len(&s)? as i64))
}

fn seq_getitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__getitem__")?;
    check_nargs(vm, "__getitem__", args.len() - 1, 1, 1)?;
    vm.getitem(&s, &args[1])
}

fn seq_contains(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__contains__")?;
    check_nargs(vm, "__contains__", args.len() - 1, 1, 1)?;
    Ok(Value::Bool(vm.contains(&s, &args[1])?))
}

fn seq_iter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__iter__")?;
    check_nargs(vm, "__iter__", args.len() - 1, 0, 0)?;
    vm.get_iter(&s)
}

fn seq_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_seq(vm, &args, "__repr__")?;
    check_nargs(vm, "__repr__", args.len() - 1, 0, 0)?;
    // Recursion guard is keyed on the list object itself.
    Ok(Value::string(vm.repr(&s)?))
}

/// Rich comparison of two lists or two tuples; NotImplemented otherwise.
fn seq_cmp(vm: &mut Vm, args: Vec<Value>, op: CmpOp, name: &str) -> PyResult<Value> {
    let s = this_seq(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    let other = match (&s, &args[1]) {
        (Value::List(_), o) => as_list(vm, o).map(Value::List),
        (_, o) => as_tuple(vm, o).map(Value::Tuple),
    };
    match other {
        Some(o) => vm.compare(op, &s, &o),
        None => Ok(Value::NotImplemented),
    }
}

fn seq_eq(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::Eq, "__eq__")
}
fn seq_ne(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn seq_lt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::Lt, "__lt__")
}
fn seq_le(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::LtE, "__le__")
}
fn seq_gt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::Gt, "__gt__")
}
fn seq_ge(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    seq_cmp(vm, args, CmpOp::GtE, "__ge__")
}

// ---- tuple ----

fn tuple_index(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let t = this_tuple(vm, &args, "index")?;
    no_kwargs(vm, "index", &kw)?;
    check_nargs(vm, "index", args.len() - 1, 1, 3)?;
    let n = t.len();
    let start = clamp_index(vm, args.get(2), n, 0)? as usize;
    let stop = clamp_index(vm, args.get(3), n, n as i64)?.max(0) as usize;
    for i in start..stop.min(n) {
        if vm.eq(&t[i], &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.new_exception("ValueError", "tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let t = this_tuple(vm, &args, "count")?;
    no_kwargs(vm, "tuple.count", &kw)?;
    check_nargs(vm, "tuple.count", args.len() - 1, 1, 1)?;
    let mut c = 0;
    for x in t.iter() {
        if vm.eq(x, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_add(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = this_tuple(vm, &args, "__add__")?;
    check_nargs(vm, "__add__", args.len() - 1, 1, 1)?;
    match as_tuple(vm, &args[1]) {
        Some(o) => {
            let mut v = t.to_vec();
            v.extend(o.iter().cloned());
            Ok(Value::tuple(v))
        }
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.new_exception("TypeError", &format!("can only concatenate tuple (not \"{}\") to tuple", tn)))
        }
    }
}

fn tuple_hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = this_tuple(vm, &args, "__hash__")?;
    let h = vm.hash(&Value::Tuple(t))?;
    Ok(Value::Int(h as i64))
}

fn tuple_getnewargs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = this_tuple(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Tuple(Rc::new(t.to_vec()))]))
}
