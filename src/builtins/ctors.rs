//! Constructors of the built-in types: `int(x)`, `str(x)`, `list(it)`,
//! `type(name, bases, ns)`, `property(...)`... A constructor gets the class
//! as `args[0]`; for a user subclass of an immutable type the same code runs
//! as `__new__` and wraps the value in an instance.

use super::*;
use crate::vm::PyResult;
use num_bigint::BigInt;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let pairs: Vec<(Rc<Class>, BuiltinFn)> = vec![
        (t.int.clone(), int_new),
        (t.float.clone(), float_new),
        (t.str_.clone(), str_new),
        (t.bool_.clone(), bool_new),
        (t.list.clone(), list_new),
        (t.tuple.clone(), tuple_new),
        (t.dict.clone(), dict_new),
        (t.set.clone(), set_new),
        (t.frozenset.clone(), frozenset_new),
        (t.range.clone(), range_new),
        (t.slice.clone(), slice_new),
        (t.type_.clone(), type_new),
        (t.object.clone(), object_ctor),
        (t.property.clone(), property_new),
        (t.staticmethod.clone(), staticmethod_new),
        (t.classmethod.clone(), classmethod_new),
        (t.super_.clone(), super_new),
        (t.bytes.clone(), bytes_new),
    ];
    for (cls, f) in pairs {
        cls.ctor.set(Some(f));
    }
    // `__new__` of immutable types, for subclasses (namedtuple, class X(int)).
    for (cls, f) in [
        (vm.types.tuple.clone(), tuple_new as BuiltinFn),
        (vm.types.int.clone(), int_new),
        (vm.types.str_.clone(), str_new),
        (vm.types.float.clone(), float_new),
        (vm.types.object.clone(), object_dunder_new),
    ] {
        let mut b = BuiltinFunction::new("__new__", f);
        b.owner = cls.name();
        let v = Value::Descriptor(Rc::new(Descriptor::StaticMethod(Value::Builtin(Rc::new(b)))));
        dict_set_str(&cls.dict, "__new__", v);
    }
}

fn cls_of(args: &[Value]) -> Option<Rc<Class>> {
    match args.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    }
}

/// Wrap a built-in value for a user subclass (`class X(int)`).
fn wrap_for(vm: &mut Vm, cls: &Option<Rc<Class>>, v: Value) -> Value {
    match cls {
        Some(c) if !c.builtin => Value::Instance(Rc::new(Instance {
            class: std::cell::RefCell::new(c.clone()),
            dict: Rc::new(PyDict::new()),
            payload: Payload::Builtin(std::cell::RefCell::new(v)),
        })),
        _ => {
            let _ = vm;
            v
        }
    }
}

fn int_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(&args);
    let a = &args[1..];
    // `int(x, /, base=10)`: x is positional-only.
    if a.len() + kw.len() > 2 {
        return Err(vm.new_exception("TypeError", &format!("int() takes at most 2 arguments ({} given)", a.len() + kw.len())));
    }
    let base = arg_or_kw(a, 1, &mut kw, "base");
    let x = a.first().cloned();
    if let Some((k, _)) = kw.first() {
        return Err(vm.new_exception("TypeError", &format!("'{}' is an invalid keyword argument for int()", k.as_str())));
    }
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.new_exception("TypeError", "int() missing string argument")),
        (Some(x), Some(b)) => {
            let b = vm.int_arg(&b, "int")?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.new_exception("ValueError", "int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match &x {
                Value::Str(s) => s.as_str().to_string(),
                Value::Bytes(bs) => String::from_utf8_lossy(bs).to_string(),
                _ => return Err(vm.new_exception("TypeError", "int() can't convert non-string with explicit base")),
            };
            match crate::format::parse_int(&s, b as u32) {
                Some(n) => Value::from_bigint(n),
                None => {
                    let r = crate::vm::repr::repr_str(&s);
                    return Err(vm.new_exception("ValueError", &format!("invalid literal for int() with base {}: {}", b, r)));
                }
            }
        }
        (Some(x), None) => vm.to_int(&x)?,
    };
    Ok(wrap_for(vm, &cls, v))
}

impl Vm {
    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        Ok(match x {
            Value::Int(_) | Value::BigInt(_) => x.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(self.new_exception("ValueError", "cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(self.new_exception("OverflowError", "cannot convert float infinity to integer"));
                }
                let t = f.trunc();
                if t.abs() < 9.0e18 {
                    Value::Int(t as i64)
                } else {
                    match crate::format::f64_to_bigint(t) {
                        Ok(b) => Value::from_bigint(b),
                        Err(m) => return Err(self.new_exception("OverflowError", &m)),
                    }
                }
            }
            Value::Str(s) => match crate::format::parse_int(s.as_str(), 10) {
                Some(n) => Value::from_bigint(n),
                None => {
                    let r = crate::vm::repr::repr_str(s.as_str());
                    return Err(self.new_exception("ValueError", &format!("invalid literal for int() with base 10: {}", r)));
                }
            },
            Value::Bytes(b) => {
                let s = String::from_utf8_lossy(b).to_string();
                match crate::format::parse_int(&s, 10) {
                    Some(n) => Value::from_bigint(n),
                    None => {
                        let r = crate::vm::repr::repr_bytes(b);
                        return Err(self.new_exception("ValueError", &format!("invalid literal for int() with base 10: {}", r)));
                    }
                }
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(f) = self.lookup_special(x, name) {
                        if matches!(f, Value::Function(_)) {
                            return self.call1(&f, x.clone());
                        }
                    }
                }
                if let Some(p) = self.payload_of(x) {
                    return self.to_int(&p);
                }
                let tn = self.type_name(x);
                return Err(self.new_exception(
                    "TypeError",
                    &format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", tn),
                ));
            }
        })
    }
}

fn float_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(&args);
    no_kwargs(vm, "float", &kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return Err(vm.new_exception("TypeError", &format!("float expected at most 1 argument, got {}", a.len())));
    }
    let v = match a.first() {
        None => Value::Float(0.0),
        Some(Value::Str(s)) => match crate::format::parse_float(s.as_str()) {
            Some(f) => Value::Float(f),
            None => {
                let r = crate::vm::repr::repr_str(s.as_str());
                return Err(vm.new_exception("ValueError", &format!("could not convert string to float: {}", r)));
            }
        },
        Some(x) => match x {
            Value::Float(_) => x.clone(),
            Value::Instance(_) => {
                if let Some(f) = vm.lookup_special(x, "__float__") {
                    vm.call1(&f, x.clone())?
                } else if let Some(p) = vm.payload_of(x) {
                    Value::Float(vm.float_arg(&p)?)
                } else {
                    let tn = vm.type_name(x);
                    return Err(vm.new_exception("TypeError", &format!("float() argument must be a string or a real number, not '{}'", tn)));
                }
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Value::Float(vm.float_arg(x)?),
            _ => {
                let tn = vm.type_name(x);
                return Err(vm.new_exception("TypeError", &format!("float() argument must be a string or a real number, not '{}'", tn)));
            }
        },
    };
    Ok(wrap_for(vm, &cls, v))
}

fn str_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    // `str(i)` and `str(s)` (the same object back, as in CPython) for str
    // itself, without the general argument handling.
    if args.len() == 2 && kw.is_empty() && matches!(&args[0], Value::Class(c) if c.builtin) {
        match &args[1] {
            Value::Int(i) => return Ok(Value::Str(Rc::new(PyStr::new_ascii(crate::format::i64_text(*i))))),
            Value::Str(s) => return Ok(Value::Str(s.clone())),
            _ => {}
        }
    }
    let cls = cls_of(&args);
    let a = &args[1..];
    if a.len() + kw.len() > 3 {
        let what = if a.is_empty() { "keyword arguments" } else { "arguments" };
        return Err(vm.new_exception("TypeError", &format!("str() takes at most 3 {} ({} given)", what, a.len() + kw.len())));
    }
    let obj = arg_or_kw(a, 0, &mut kw, "object");
    let encoding = arg_or_kw(a, 1, &mut kw, "encoding");
    let _errors = arg_or_kw(a, 2, &mut kw, "errors");
    no_more_kwargs(vm, "str", &kw)?;
    let v = match obj {
        None => Value::str(""),
        Some(Value::Bytes(b)) if encoding.is_some() => Value::string(String::from_utf8_lossy(&b).to_string()),
        Some(o) => Value::string(vm.to_str(&o)?),
    };
    Ok(wrap_for(vm, &cls, v))
}

fn bool_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "bool", &kw)?;
    check_nargs(vm, "bool", args.len() - 1, 0, 1)?;
    Ok(Value::Bool(match args.get(1) {
        Some(v) => vm.is_true(v)?,
        None => false,
    }))
}

fn list_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "list", &kw)?;
    check_nargs(vm, "list", args.len() - 1, 0, 1)?;
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    Ok(Value::list(items))
}

fn tuple_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(&args);
    no_kwargs(vm, "tuple", &kw)?;
    check_nargs(vm, "tuple", args.len() - 1, 0, 1)?;
    let v = match args.get(1) {
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(v) => Value::tuple(vm.collect(v)?),
        None => Value::tuple(Vec::new()),
    };
    Ok(wrap_for(vm, &cls, v))
}

fn dict_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "dict", args.len() - 1, 0, 1)?;
    let d = Value::Dict(Rc::new(PyDict::new()));
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src, false, None)?;
    }
    if let Value::Dict(dd) = &d {
        for (k, v) in kw {
            dict_set_pystr(dd, k, v);
        }
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "set", &kw)?;
    check_nargs(vm, "set", args.len() - 1, 0, 1)?;
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    vm.new_set(items)
}

fn frozenset_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "frozenset", &kw)?;
    check_nargs(vm, "frozenset", args.len() - 1, 0, 1)?;
    if let Some(Value::FrozenSet(s)) = args.get(1) {
        return Ok(Value::FrozenSet(s.clone()));
    }
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    match vm.new_set(items)? {
        Value::Set(s) => Ok(Value::FrozenSet(s)),
        v => Ok(v),
    }
}

fn range_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "range", &kw)?;
    let a = &args[1..];
    if a.is_empty() {
        return Err(vm.new_exception("TypeError", "range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.new_exception("TypeError", &format!("range expected at most 3 arguments, got {}", a.len())));
    }
    if a.iter().all(|v| matches!(v, Value::Int(_))) {
        let n: Vec<i64> = a.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect();
        let (start, stop, step) = match n.len() {
            1 => (0, n[0], 1),
            2 => (n[0], n[1], 1),
            _ => (n[0], n[1], n[2]),
        };
        if step == 0 {
            return Err(vm.new_exception("ValueError", "range() arg 3 must not be zero"));
        }
        return Ok(Value::Range(Rc::new(RangeObj::new(start, stop, step))));
    }
    // Big ints or __index__ objects: exact bounds (no clamping).
    let mut n = Vec::new();
    for v in a {
        match vm.big_index(v)? {
            Some(x) => n.push(x),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)));
            }
        }
    }
    let mut it = n.into_iter();
    let (start, stop, step) = match a.len() {
        1 => (BigInt::from(0), it.next().unwrap_or_default(), BigInt::from(1)),
        2 => (it.next().unwrap_or_default(), it.next().unwrap_or_default(), BigInt::from(1)),
        _ => (it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next().unwrap_or_default()),
    };
    if step == BigInt::from(0) {
        return Err(vm.new_exception("ValueError", "range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj::from_big(start, stop, step))))
}

fn slice_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    check_nargs(vm, "slice", a.len(), 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
}

fn type_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let meta = args.first().and_then(|m| vm.metaclass_of_new(m));
    match a.len() {
        1 => Ok(vm.type_of_value(&a[0])),
        3 => {
            let name = vm.str_arg(&a[0], "type")?;
            let bases = vm.collect(&a[1])?;
            let ns = match &a[2] {
                Value::Dict(d) => Rc::new(PyDict::with_data(d.data.borrow().clone())),
                _ => return Err(vm.new_exception("TypeError", "type.__new__() argument 3 must be dict")),
            };
            if dict_get_str(&ns, "__module__").is_none() {
                let m = vm.calling_globals(vm.current);
                if let Some(n) = dict_get_str(&m, "__name__") {
                    dict_set_str(&ns, "__module__", n);
                }
            }
            let derived = match &meta {
                Some(m) => vm.derived_metaclass(Value::Class(m.clone()), &bases)?,
                None => vm.derived_metaclass(Value::Class(vm.types.type_.clone()), &bases)?,
            };
            let meta = vm.metaclass_of_new(&derived);
            vm.new_class_with(&name, bases, ns, meta, kw)
        }
        _ => Err(vm.new_exception("TypeError", "type() takes 1 or 3 arguments")),
    }
}

fn object_ctor(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.new_exception("TypeError", "object() takes no arguments"));
    }
    let c = vm.types.object.clone();
    Ok(vm.object_new(&c, &[]))
}

/// `object.__new__(cls, ...)`
fn object_dunder_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            Ok(vm.object_new(&c, &args[1..]))
        }
        _ => Err(vm.new_exception("TypeError", "object.__new__(X): X is not a type object")),
    }
}

fn property_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let fget = arg_or_kw(a, 0, &mut kw, "fget").unwrap_or(Value::None);
    let fset = arg_or_kw(a, 1, &mut kw, "fset").unwrap_or(Value::None);
    let fdel = arg_or_kw(a, 2, &mut kw, "fdel").unwrap_or(Value::None);
    let mut doc = arg_or_kw(a, 3, &mut kw, "doc").unwrap_or(Value::None);
    no_more_kwargs(vm, "property", &kw)?;
    if doc.is_none() {
        if let Value::Function(f) = &fget {
            doc = f.doc.borrow().clone();
        }
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn staticmethod_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "staticmethod", args.len() - 1, 1, 1)?;
    Ok(Value::Descriptor(Rc::new(Descriptor::StaticMethod(args[1].clone()))))
}

fn classmethod_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "classmethod", args.len() - 1, 1, 1)?;
    Ok(Value::Descriptor(Rc::new(Descriptor::ClassMethod(args[1].clone()))))
}

/// `super(type, obj)`; the zero-argument form is resolved by the VM from
/// the calling frame before it gets here.
fn super_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    if a.len() != 2 {
        return Err(vm.new_exception("RuntimeError", "super(): no arguments"));
    }
    let typ = match &a[0] {
        Value::Class(c) => c.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("super() argument 1 must be a type, not {}", tn)));
        }
    };
    let ok = match &a[1] {
        Value::Class(c) if c.is_subclass(&typ) => true,
        v => vm.type_of(v).is_subclass(&typ),
    };
    if !ok {
        return Err(vm.new_exception("TypeError", "super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Super { typ, obj: a[1].clone() })))
}

fn bytes_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let src = arg_or_kw(a, 0, &mut kw, "source");
    let _enc = arg_or_kw(a, 1, &mut kw, "encoding");
    Ok(Value::Bytes(Rc::new(match src {
        None => Vec::new(),
        Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
        Some(Value::Bytes(b)) => (*b).clone(),
        Some(Value::Int(n)) => vec![0; n.max(0) as usize],
        Some(v) => {
            let items = vm.collect(&v)?;
            let mut out = Vec::new();
            for x in items {
                let i = vm.int_arg(&x, "bytes")?;
                if !(0..256).contains(&i) {
                    return Err(vm.new_exception("ValueError", "bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    })))
}

#[allow(dead_code)]
fn big(i: i64) -> BigInt {
    BigInt::from(i)
}
