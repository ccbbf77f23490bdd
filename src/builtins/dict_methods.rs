//! Methods of `dict`, its views (`dict_keys`, `dict_values`, `dict_items`),
//! `set` and `frozenset`. Set algorithms follow CPython's (setobject.c) so
//! that the tables, and therefore iteration orders, come out the same.
//!
//! A view is an instance of its built-in class whose payload is the dict it
//! looks at, so it stays live.

use super::*;
use crate::ast::CmpOp;
use crate::vm::{PyErr, PyResult};

pub fn install(vm: &mut Vm) {
    install_dict(vm);
    install_views(vm);
    install_sets(vm);
}

fn descriptor_error(vm: &mut Vm, meth: &str, owner: &str, got: Option<&Value>) -> PyErr {
    match got {
        None => vm.new_exception("TypeError", &format!("unbound method {}.{}() needs an argument", owner, meth)),
        Some(v) => {
            let tn = vm.type_name(v);
            vm.new_exception("TypeError", &format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", meth, owner, tn))
        }
    }
}

// =====================================================================
// dict
// =====================================================================

fn install_dict(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__repr__", dict_repr),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
    ];
    for (name, f) in methods {
        let quick: Option<QuickFn> = match *name {
            "get" => Some(dict_get_quick),
            _ => None,
        };
        add_method_with(&d, name, *f, quick);
    }
    dict_set_str(&d.dict, "__hash__", Value::None);
    let mut fk = BuiltinFunction::new("fromkeys", dict_fromkeys);
    fk.owner = "dict".into();
    dict_set_str(&d.dict, "fromkeys", Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(Rc::new(fk))))));
}

fn this_dict(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<Rc<PyDict>> {
    match args.first().and_then(|v| vm.dict_payload(v)) {
        Some(d) => Ok(d),
        None => Err(descriptor_error(vm, meth, "dict", args.first())),
    }
}

fn dict_keys(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "keys")?;
    check_nargs(vm, "dict.keys", args.len() - 1, 0, 0)?;
    Ok(new_view(vm, d, 0))
}

fn dict_values(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "values")?;
    check_nargs(vm, "dict.values", args.len() - 1, 0, 0)?;
    Ok(new_view(vm, d, 1))
}

fn dict_items(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "items")?;
    check_nargs(vm, "dict.items", args.len() - 1, 0, 0)?;
    Ok(new_view(vm, d, 2))
}

fn dict_get(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "get")?;
    no_kwargs(vm, "get", &kw)?;
    check_nargs(vm, "get", args.len() - 1, 1, 2)?;
    Ok(match vm.dict_get(&d, &args[1])? {
        Some(v) => v,
        None => args.get(2).cloned().unwrap_or(Value::None),
    })
}

/// `d.get(k)` / `d.get(k, default)` of a str key that is there (see
/// `QuickFn`; a miss goes the ordinary way, which compares the key with
/// every colliding one).
fn dict_get_quick(args: &[Value]) -> Option<Value> {
    let (Value::Dict(d), Value::Str(k)) = (args.first()?, args.get(1)?) else { return None };
    if args.len() > 3 {
        return None;
    }
    d.data.try_borrow().ok()?.get_str(k.as_str(), k.hash()).cloned()
}

fn dict_setdefault(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "setdefault")?;
    no_kwargs(vm, "setdefault", &kw)?;
    check_nargs(vm, "setdefault", args.len() - 1, 1, 2)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let dflt = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_pop(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "pop")?;
    no_kwargs(vm, "pop", &kw)?;
    check_nargs(vm, "pop", args.len() - 1, 1, 2)?;
    match vm.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "popitem")?;
    check_nargs(vm, "dict.popitem", args.len() - 1, 0, 0)?;
    let mut data = d.data.borrow_mut();
    let e = data.last_index().and_then(|ix| data.remove_at(ix));
    drop(data);
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.new_exception_args("KeyError", vec![Value::str("popitem(): dictionary is empty")])),
    }
}

fn dict_update(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "update")?;
    check_nargs(vm, "update", args.len() - 1, 0, 1)?;
    let target = Value::Dict(d.clone());
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&target, src, false, None)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "clear")?;
    check_nargs(vm, "dict.clear", args.len() - 1, 0, 0)?;
    let old = std::mem::take(&mut *d.data.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "copy")?;
    check_nargs(vm, "dict.copy", args.len() - 1, 0, 0)?;
    let data = d.data.borrow().copy_for_new_dict();
    Ok(Value::Dict(Rc::new(PyDict::with_data(data))))
}

fn dict_fromkeys(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "fromkeys", &kw)?;
    check_nargs(vm, "fromkeys", args.len().saturating_sub(1), 1, 2)?;
    let cls = args[0].clone();
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let keys = vm.collect(&args[1])?;
    let is_dict = matches!(&cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types.dict));
    if is_dict {
        let d = Rc::new(PyDict::new());
        for k in keys {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call(&cls, Vec::new(), Vec::new())?;
    for k in keys {
        vm.setitem(&obj, k, value.clone())?;
    }
    Ok(obj)
}

fn dict_getitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__getitem__")?;
    check_nargs(vm, "__getitem__", args.len() - 1, 1, 1)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    if let Value::Instance(_) = &args[0] {
        if let Some(m) = vm.lookup_special(&args[0], "__missing__") {
            return vm.call(&m, vec![args[0].clone(), args[1].clone()], Vec::new());
        }
    }
    Err(vm.key_error(args[1].clone()))
}

fn dict_setitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__setitem__")?;
    check_nargs(vm, "__setitem__", args.len() - 1, 2, 2)?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__delitem__")?;
    check_nargs(vm, "__delitem__", args.len() - 1, 1, 1)?;
    match vm.dict_del(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__contains__")?;
    check_nargs(vm, "__contains__", args.len() - 1, 1, 1)?;
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__len__")?;
    let n = d.data.borrow().len();
    Ok(Value::Int(n as i64))
}

fn dict_iter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__iter__")?;
    Ok(view_iter(vm, d, 0))
}

fn dict_reversed(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__reversed__")?;
    Ok(view_reversed(vm, &d, 0))
}

fn dict_cmp(vm: &mut Vm, args: Vec<Value>, op: CmpOp, name: &str) -> PyResult<Value> {
    let d = this_dict(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    match vm.dict_payload(&args[1]) {
        Some(o) => vm.compare(op, &Value::Dict(d), &Value::Dict(o)),
        None => Ok(Value::NotImplemented),
    }
}

fn dict_eq(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    dict_cmp(vm, args, CmpOp::Eq, "__eq__")
}

fn dict_ne(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    dict_cmp(vm, args, CmpOp::NotEq, "__ne__")
}

fn dict_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__repr__")?;
    Ok(Value::string(vm.repr(&Value::Dict(d))?))
}

fn dict_or(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__or__")?;
    check_nargs(vm, "__or__", args.len() - 1, 1, 1)?;
    let o = match vm.dict_payload(&args[1]) {
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    let new = Value::Dict(Rc::new(PyDict::with_data(d.data.borrow().clone())));
    vm.dict_update_from(&new, &Value::Dict(o), false, None)?;
    Ok(new)
}

fn dict_ror(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__ror__")?;
    check_nargs(vm, "__ror__", args.len() - 1, 1, 1)?;
    let o = match vm.dict_payload(&args[1]) {
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    let new = Value::Dict(Rc::new(PyDict::with_data(o.data.borrow().clone())));
    vm.dict_update_from(&new, &Value::Dict(d), false, None)?;
    Ok(new)
}

fn dict_ior(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__ior__")?;
    check_nargs(vm, "__ior__", args.len() - 1, 1, 1)?;
    vm.dict_update_from(&Value::Dict(d), &args[1], false, None)?;
    Ok(args[0].clone())
}

// =====================================================================
// dict views
// =====================================================================

const VIEW_NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

fn install_views(vm: &mut Vm) {
    let common: &[(&str, BuiltinFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter_m),
        ("__reversed__", view_reversed_m),
        ("__contains__", view_contains),
        ("__repr__", view_repr),
    ];
    // The VM's comparison ignores built-in methods of instances (it compares
    // their payload instead), so the views' comparisons are stored as
    // static methods, which it does call with (self, other).
    let cmps: &[(&str, BuiltinFn)] = &[
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    let setlike: &[(&str, BuiltinFn)] = &[
        ("__and__", view_and),
        ("__rand__", view_and),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
    ];
    for (i, name) in VIEW_NAMES.iter().enumerate() {
        let cls = vm.types.iterator_class(name);
        for (n, f) in common {
            add_method(&cls, n, *f);
        }
        for (n, f) in cmps {
            let mut b = BuiltinFunction::new(n, *f);
            b.owner = cls.name();
            let sm = Descriptor::StaticMethod(Value::Builtin(Rc::new(b)));
            dict_set_str(&cls.dict, n, Value::Descriptor(Rc::new(sm)));
        }
        if i != 1 {
            for (n, f) in setlike {
                add_method(&cls, n, *f);
            }
        }
        dict_set_str(&cls.dict, "__hash__", Value::None);
        add_getter(&cls, "mapping", view_mapping);
    }
}

/// A live view of `d`: what 0 keys, 1 values, 2 items.
fn new_view(vm: &mut Vm, d: Rc<PyDict>, what: u8) -> Value {
    let cls = vm.types.iterator_class(VIEW_NAMES[what as usize]);
    Value::Instance(Rc::new(Instance {
        class: std::cell::RefCell::new(cls),
        dict: Rc::new(PyDict::new()),
        payload: Payload::Builtin(std::cell::RefCell::new(Value::Dict(d))),
    }))
}

/// The dict and kind of a view value.
fn view_of(vm: &Vm, v: &Value) -> Option<(Rc<PyDict>, u8)> {
    if let Value::Instance(i) = v {
        let cls = i.class();
        if !cls.builtin {
            return None;
        }
        let what = VIEW_NAMES.iter().position(|n| *n == cls.name.borrow().as_str())? as u8;
        if let Some(Value::Dict(d)) = vm.payload_of(v) {
            return Some((d, what));
        }
    }
    None
}

fn this_view(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<(Rc<PyDict>, u8)> {
    match args.first().and_then(|v| view_of(vm, v)) {
        Some(x) => Ok(x),
        None => Err(descriptor_error(vm, meth, "dict_keys", args.first())),
    }
}

fn view_iter(vm: &mut Vm, d: Rc<PyDict>, what: u8) -> Value {
    let len = d.data.borrow().len();
    let name = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"][what as usize];
    vm.new_iter(name, IterKind::Dict { dict: d, slot: 0, what, len })
}

fn view_reversed(vm: &mut Vm, d: &Rc<PyDict>, what: u8) -> Value {
    let data = d.data.borrow();
    let mut items: Vec<Value> = data
        .iter()
        .map(|e| match what {
            0 => e.key.clone(),
            1 => e.value.clone(),
            _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect();
    items.reverse();
    drop(data);
    let name = ["dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"][what as usize];
    vm.new_iter(name, IterKind::Values { items, idx: 0 })
}

fn view_len(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = this_view(vm, &args, "__len__")?;
    let n = d.data.borrow().len();
    Ok(Value::Int(n as i64))
}

fn view_iter_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "__iter__")?;
    Ok(view_iter(vm, d, what))
}

fn view_reversed_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "__reversed__")?;
    Ok(view_reversed(vm, &d, what))
}

fn view_mapping(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = this_view(vm, &args, "mapping")?;
    Ok(Value::Dict(d))
}

/// `x in view`
fn view_has(vm: &mut Vm, d: &Rc<PyDict>, what: u8, x: &Value) -> PyResult<bool> {
    match what {
        0 => Ok(vm.dict_get(d, x)?.is_some()),
        1 => {
            let vals = d.data.borrow().values();
            for v in vals {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let kv = match x {
                Value::Tuple(t) if t.len() == 2 => t.clone(),
                _ => return Ok(false),
            };
            match vm.dict_get(d, &kv[0])? {
                Some(v) => vm.eq(&v, &kv[1]),
                None => Ok(false),
            }
        }
    }
}

fn view_contains(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "__contains__")?;
    check_nargs(vm, "__contains__", args.len() - 1, 1, 1)?;
    Ok(Value::Bool(view_has(vm, &d, what, &args[1])?))
}

fn view_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "__repr__")?;
    let it = view_iter(vm, d, what);
    let items = vm.collect(&it)?;
    let inner = vm.repr(&Value::list(items))?;
    Ok(Value::string(format!("{}({})", VIEW_NAMES[what as usize], inner)))
}

/// Set-like values a view compares with: sets and keys/items views.
fn setlike_len(vm: &mut Vm, v: &Value) -> Option<usize> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.data.borrow().len()),
        _ => {
            if let Some(s) = as_set(vm, v) {
                return Some(s.data.borrow().len());
            }
            match view_of(vm, v) {
                Some((d, w)) if w != 1 => Some(d.data.borrow().len()),
                _ => None,
            }
        }
    }
}

/// Are all items of `a` in `b` (set-like values)?
fn all_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let items = vm.collect(a)?;
    for x in items {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_cmp(vm: &mut Vm, args: Vec<Value>, op: CmpOp, name: &str) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    let (a, b) = (&args[0], &args[1]);
    if what == 1 {
        // Values views only compare by identity.
        return Ok(match op {
            CmpOp::Eq => Value::Bool(a.is(b)),
            CmpOp::NotEq => Value::Bool(!a.is(b)),
            _ => Value::NotImplemented,
        });
    }
    let lb = match setlike_len(vm, b) {
        Some(n) => n,
        None => return Ok(Value::NotImplemented),
    };
    let la = d.data.borrow().len();
    let r = match op {
        CmpOp::Eq => la == lb && all_in(vm, a, b)?,
        CmpOp::NotEq => !(la == lb && all_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_in(vm, a, b)?,
        CmpOp::LtE => la <= lb && all_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_in(vm, b, a)?,
        CmpOp::GtE => la >= lb && all_in(vm, b, a)?,
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Bool(r))
}

fn view_eq(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Eq, "__eq__")
}
fn view_ne(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn view_lt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Lt, "__lt__")
}
fn view_le(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::LtE, "__le__")
}
fn view_gt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Gt, "__gt__")
}
fn view_ge(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::GtE, "__ge__")
}

/// A new set holding the items of any iterable.
fn set_from(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    let s = Rc::new(PySet::new());
    set_update_internal(vm, &s, v)?;
    Ok(s)
}

/// `view & other` (either side): CPython's _PyDictView_Intersect.
fn view_and(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "__and__")?;
    check_nargs(vm, "__and__", args.len() - 1, 1, 1)?;
    let len_self = d.data.borrow().len();
    let mut other = args[1].clone();
    if let Value::Set(s) = &other {
        if len_self <= s.data.borrow().len() {
            let r = set_intersection(vm, s, &args[0])?;
            return Ok(Value::Set(r));
        }
    }
    let (mut sd, mut sw) = (d, what);
    if let Some((od, ow)) = view_of(vm, &other) {
        if ow != 1 && od.data.borrow().len() > len_self {
            other = args[0].clone();
            sd = od;
            sw = ow;
        }
    }
    let result = Rc::new(PySet::new());
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.iter_next(&it)? {
        if view_has(vm, &sd, sw, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(Value::Set(result))
}

/// `left | right`, `left - right`, `left ^ right` with a view on one side:
/// a set of the left operand updated by the right one.
fn view_setop(vm: &mut Vm, left: &Value, right: &Value, op: u8) -> PyResult<Value> {
    let s = set_from(vm, left)?;
    match op {
        0 => set_update_internal(vm, &s, right)?,
        1 => set_difference_update_internal(vm, &s, right)?,
        _ => set_symdiff_update(vm, &s, right)?,
    }
    Ok(Value::Set(s))
}

fn view_binop(vm: &mut Vm, args: Vec<Value>, name: &str, op: u8, reflected: bool) -> PyResult<Value> {
    this_view(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    if reflected {
        view_setop(vm, &args[1], &args[0], op)
    } else {
        view_setop(vm, &args[0], &args[1], op)
    }
}

fn view_or(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__or__", 0, false)
}
fn view_ror(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__ror__", 0, true)
}
fn view_sub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__sub__", 1, false)
}
fn view_rsub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__rsub__", 1, true)
}
fn view_xor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__xor__", 2, false)
}
fn view_rxor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    view_binop(vm, args, "__rxor__", 2, true)
}

fn view_isdisjoint(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (d, what) = this_view(vm, &args, "isdisjoint")?;
    check_nargs(vm, "isdisjoint", args.len() - 1, 1, 1)?;
    let items = vm.collect(&args[1])?;
    for x in items {
        if view_has(vm, &d, what, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// =====================================================================
// set and frozenset
// =====================================================================

fn install_sets(vm: &mut Vm) {
    let both: &[(&str, BuiltinFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection_m),
        ("difference", set_difference_m),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains_m),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
    ];
    let mutating: &[(&str, BuiltinFn)] = &[
        ("add", set_add_m),
        ("remove", set_remove),
        ("discard", set_discard_m),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    let s = vm.types.set.clone();
    let f = vm.types.frozenset.clone();
    for (name, func) in both {
        add_method(&s, name, *func);
        add_method(&f, name, *func);
    }
    for (name, func) in mutating {
        add_method(&s, name, *func);
    }
    dict_set_str(&s.dict, "__hash__", Value::None);
    add_method(&f, "__hash__", frozenset_hash);
}

/// The set table behind a set, frozenset, or instance of a set subclass.
fn as_set(vm: &Vm, v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::Set(s) | Value::FrozenSet(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn is_frozen(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::FrozenSet(_) => true,
        Value::Instance(_) => matches!(vm.payload_of(v), Some(Value::FrozenSet(_))),
        _ => false,
    }
}

/// `self` of a set method: the table and whether it is a frozenset.
fn this_set(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<(Rc<PySet>, bool)> {
    match args.first().and_then(|v| as_set(vm, v)) {
        Some(s) => {
            let fz = is_frozen(vm, &args[0]);
            Ok((s, fz))
        }
        None => Err(descriptor_error(vm, meth, "set", args.first())),
    }
}

fn wrap_set(s: Rc<PySet>, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

fn copy_set(s: &Rc<PySet>) -> Rc<PySet> {
    Rc::new(PySet::with_data(s.data.borrow().clone()))
}

/// Hash a key for set lookups; an unhashable `set` is retried as a
/// frozenset (as CPython does for `in`, remove and discard).
fn set_key(vm: &mut Vm, key: &Value) -> PyResult<Value> {
    if let Value::Set(s) = key {
        return Ok(Value::FrozenSet(s.clone()));
    }
    if let Value::Instance(_) = key {
        if let Some(Value::Set(s)) = vm.payload_of(key) {
            if vm.hash(key).is_err() {
                return Ok(Value::FrozenSet(s));
            }
        }
    }
    Ok(key.clone())
}

/// Items of an iterable for set algorithms (a set iterates in table order).
fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(s) = as_set(vm, v) {
        return Ok(s.data.borrow().keys());
    }
    if let Some(d) = vm.dict_payload(v) {
        return Ok(d.data.borrow().keys());
    }
    vm.collect(v)
}

pub(crate) fn set_update_internal(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    for k in items_of(vm, other)? {
        vm.set_add(s, k)?;
    }
    Ok(())
}

fn set_difference_update_internal(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(vm, other) {
        if Rc::ptr_eq(&o, s) {
            s.data.borrow_mut().clear();
            return Ok(());
        }
    }
    for k in items_of(vm, other)? {
        vm.set_discard(s, &k)?;
    }
    Ok(())
}

fn set_symdiff_update(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let other_set = match as_set(vm, other) {
        Some(o) => {
            if Rc::ptr_eq(&o, s) {
                s.data.borrow_mut().clear();
                return Ok(());
            }
            o
        }
        None => {
            if let Some(d) = vm.dict_payload(other) {
                for k in d.data.borrow().keys() {
                    if !vm.set_discard(s, &k)? {
                        vm.set_add(s, k)?;
                    }
                }
                return Ok(());
            }
            set_from(vm, other)?
        }
    };
    let keys = other_set.data.borrow().keys();
    for k in keys {
        if !vm.set_discard(s, &k)? {
            vm.set_add(s, k)?;
        }
    }
    Ok(())
}

/// CPython's set_intersection: a new set.
fn set_intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = Rc::new(PySet::new());
    if let Some(o) = as_set(vm, other) {
        if Rc::ptr_eq(&o, so) {
            return Ok(copy_set(so));
        }
        let (big, small) = if o.data.borrow().len() > so.data.borrow().len() { (o, so.clone()) } else { (so.clone(), o) };
        let keys = small.data.borrow().keys();
        for k in keys {
            if vm.set_contains(&big, &k)? {
                vm.set_add(&result, k)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        if vm.set_contains(so, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

/// CPython's set_difference: a new set.
fn set_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_size = match as_set(vm, other) {
        Some(o) => Some(o.data.borrow().len()),
        None => match other {
            Value::Dict(d) => Some(d.data.borrow().len()),
            _ => None,
        },
    };
    let n = so.data.borrow().len();
    match other_size {
        Some(m) if (n >> 2) <= m => {
            let result = Rc::new(PySet::new());
            let keys = so.data.borrow().keys();
            for k in keys {
                if !vm.contains(other, &k)? {
                    vm.set_add(&result, k)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = copy_set(so);
            set_difference_update_internal(vm, &result, other)?;
            Ok(result)
        }
    }
}

fn set_copy(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "copy")?;
    check_nargs(vm, "set.copy", args.len() - 1, 0, 0)?;
    if let Value::FrozenSet(_) = &args[0] {
        return Ok(args[0].clone());
    }
    Ok(wrap_set(copy_set(&s), fz))
}

fn set_union(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "union")?;
    let result = copy_set(&s);
    for o in &args[1..] {
        set_update_internal(vm, &result, o)?;
    }
    Ok(wrap_set(result, fz))
}

fn set_intersection_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "intersection")?;
    let mut result = if args.len() == 1 { copy_set(&s) } else { s };
    for o in &args[1..] {
        result = set_intersection(vm, &result, o)?;
    }
    Ok(wrap_set(result, fz))
}

fn set_difference_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "difference")?;
    if args.len() == 1 {
        return Ok(wrap_set(copy_set(&s), fz));
    }
    let result = set_difference(vm, &s, &args[1])?;
    for o in &args[2..] {
        set_difference_update_internal(vm, &result, o)?;
    }
    Ok(wrap_set(result, fz))
}

fn set_symmetric_difference(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "symmetric_difference")?;
    check_nargs(vm, "symmetric_difference", args.len() - 1, 1, 1)?;
    let other = match as_set(vm, &args[1]) {
        Some(o) => copy_set(&o),
        None => set_from(vm, &args[1])?,
    };
    set_symdiff_update(vm, &other, &Value::Set(s))?;
    Ok(wrap_set(other, fz))
}

fn set_issubset_impl(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match as_set(vm, other) {
        Some(o) => o,
        None => set_from(vm, other)?,
    };
    if s.data.borrow().len() > o.data.borrow().len() {
        return Ok(false);
    }
    let keys = s.data.borrow().keys();
    for k in keys {
        if !vm.set_contains(&o, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "issubset")?;
    check_nargs(vm, "issubset", args.len() - 1, 1, 1)?;
    Ok(Value::Bool(set_issubset_impl(vm, &s, &args[1])?))
}

fn set_issuperset(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "issuperset")?;
    check_nargs(vm, "issuperset", args.len() - 1, 1, 1)?;
    if let Some(o) = as_set(vm, &args[1]) {
        return Ok(Value::Bool(set_issubset_impl(vm, &o, &Value::Set(s))?));
    }
    let items = vm.collect(&args[1])?;
    for k in items {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "isdisjoint")?;
    check_nargs(vm, "isdisjoint", args.len() - 1, 1, 1)?;
    let (probe, items) = match as_set(vm, &args[1]) {
        Some(o) => {
            if o.data.borrow().len() > s.data.borrow().len() {
                let k = s.data.borrow().keys();
                (o, k)
            } else {
                let k = o.data.borrow().keys();
                (s, k)
            }
        }
        None => {
            let k = vm.collect(&args[1])?;
            (s, k)
        }
    };
    for k in items {
        if vm.set_contains(&probe, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_add_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "add")?;
    check_nargs(vm, "set.add", args.len() - 1, 1, 1)?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "remove")?;
    check_nargs(vm, "set.remove", args.len() - 1, 1, 1)?;
    let k = set_key(vm, &args[1])?;
    if vm.set_discard(&s, &k)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1].clone()))
    }
}

fn set_discard_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "discard")?;
    check_nargs(vm, "set.discard", args.len() - 1, 1, 1)?;
    let k = set_key(vm, &args[1])?;
    vm.set_discard(&s, &k)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "pop")?;
    check_nargs(vm, "set.pop", args.len() - 1, 0, 0)?;
    let v = s.data.borrow_mut().pop_first();
    match v {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_args("KeyError", vec![Value::str("pop from an empty set")])),
    }
}

fn set_clear(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "clear")?;
    check_nargs(vm, "set.clear", args.len() - 1, 0, 0)?;
    let old = std::mem::take(&mut *s.data.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "update")?;
    for o in &args[1..] {
        set_update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "intersection_update")?;
    let mut result = s.clone();
    for o in &args[1..] {
        result = set_intersection(vm, &result, o)?;
    }
    if !Rc::ptr_eq(&result, &s) {
        let data = result.data.borrow().clone();
        *s.data.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "difference_update")?;
    for o in &args[1..] {
        set_difference_update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "symmetric_difference_update")?;
    check_nargs(vm, "symmetric_difference_update", args.len() - 1, 1, 1)?;
    set_symdiff_update(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn set_len(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "__len__")?;
    let n = s.data.borrow().len();
    Ok(Value::Int(n as i64))
}

fn set_contains_m(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "__contains__")?;
    check_nargs(vm, "__contains__", args.len() - 1, 1, 1)?;
    let k = set_key(vm, &args[1])?;
    Ok(Value::Bool(vm.set_contains(&s, &k)?))
}

fn set_iter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "__iter__")?;
    let len = s.data.borrow().len();
    Ok(vm.new_iter("set_iterator", IterKind::Set { set: s, slot: 0, len }))
}

fn set_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, fz) = this_set(vm, &args, "__repr__")?;
    let inner = vm.repr(&wrap_set(s, fz))?;
    if let Value::Instance(_) = &args[0] {
        // Subclasses show their name: `MySet({1, 2})`.
        let tn = vm.type_name(&args[0]);
        let items = if fz { inner.trim_start_matches("frozenset(").trim_end_matches(')').to_string() } else { inner };
        return Ok(Value::string(if items == "set()" || items == "frozenset()" || items.is_empty() {
            format!("{}()", tn)
        } else {
            format!("{}({})", tn, items)
        }));
    }
    Ok(Value::string(inner))
}

fn frozenset_hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, "__hash__")?;
    let h = vm.hash(&Value::FrozenSet(s))?;
    Ok(Value::Int(h as i64))
}

fn set_cmp(vm: &mut Vm, args: Vec<Value>, op: CmpOp, name: &str) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    match as_set(vm, &args[1]) {
        Some(o) => Ok(Value::Bool(vm.set_compare(op, &Value::Set(s), &Value::Set(o))?)),
        None => Ok(Value::NotImplemented),
    }
}

fn set_eq(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Eq, "__eq__")
}
fn set_ne(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn set_lt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Lt, "__lt__")
}
fn set_le(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::LtE, "__le__")
}
fn set_gt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Gt, "__gt__")
}
fn set_ge(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::GtE, "__ge__")
}

/// `a op b` for two set-likes (a is the left operand): 0 or, 1 and, 2 sub,
/// 3 xor. The result has the base type of `a`.
fn set_binop_values(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
    let (sa, sb) = match (as_set(vm, a), as_set(vm, b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(Value::NotImplemented),
    };
    let fz = is_frozen(vm, a);
    let r = match op {
        0 => {
            let r = copy_set(&sa);
            set_update_internal(vm, &r, &Value::Set(sb))?;
            r
        }
        1 => set_intersection(vm, &sa, &Value::Set(sb))?,
        2 => set_difference(vm, &sa, &Value::Set(sb))?,
        _ => {
            let r = copy_set(&sb);
            set_symdiff_update(vm, &r, &Value::Set(sa))?;
            r
        }
    };
    Ok(wrap_set(r, fz))
}

fn set_binop_m(vm: &mut Vm, args: Vec<Value>, name: &str, op: u8, reflected: bool) -> PyResult<Value> {
    this_set(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    if reflected {
        set_binop_values(vm, &args[1], &args[0], op)
    } else {
        set_binop_values(vm, &args[0], &args[1], op)
    }
}

fn set_or(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__or__", 0, false)
}
fn set_ror(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__ror__", 0, true)
}
fn set_and(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__and__", 1, false)
}
fn set_rand(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__rand__", 1, true)
}
fn set_sub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__sub__", 2, false)
}
fn set_rsub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__rsub__", 2, true)
}
fn set_xor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__xor__", 3, false)
}
fn set_rxor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_binop_m(vm, args, "__rxor__", 3, true)
}

fn set_inplace(vm: &mut Vm, args: Vec<Value>, name: &str, op: u8) -> PyResult<Value> {
    let (s, _) = this_set(vm, &args, name)?;
    check_nargs(vm, name, args.len() - 1, 1, 1)?;
    let o = match as_set(vm, &args[1]) {
        Some(o) => Value::Set(o),
        None => return Ok(Value::NotImplemented),
    };
    match op {
        0 => set_update_internal(vm, &s, &o)?,
        1 => {
            let r = set_intersection(vm, &s, &o)?;
            if !Rc::ptr_eq(&r, &s) {
                let data = r.data.borrow().clone();
                *s.data.borrow_mut() = data;
            }
        }
        2 => set_difference_update_internal(vm, &s, &o)?,
        _ => set_symdiff_update(vm, &s, &o)?,
    }
    Ok(args[0].clone())
}

fn set_ior(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_inplace(vm, args, "__ior__", 0)
}
fn set_iand(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_inplace(vm, args, "__iand__", 1)
}
fn set_isub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_inplace(vm, args, "__isub__", 2)
}
fn set_ixor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    set_inplace(vm, args, "__ixor__", 3)
}
