//! Methods of `object`, `type` and `BaseException`, and the `__init__` of
//! built-in containers (so user subclasses of list/dict/set can call them).

use super::*;
use crate::ast::CmpOp;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let o = vm.types.object.clone();
    add_method(&o, "__init__", object_init);
    add_method(&o, "__repr__", object_repr);
    add_method(&o, "__str__", object_str);
    add_method(&o, "__eq__", object_eq);
    add_method(&o, "__ne__", object_ne);
    add_method(&o, "__hash__", object_hash);
    add_method(&o, "__setattr__", object_setattr);
    add_method(&o, "__getattribute__", object_getattribute);
    add_method(&o, "__delattr__", object_delattr);
    add_method(&o, "__format__", object_format);
    add_method(&o, "__dir__", object_dir);
    add_method(&o, "__reduce_ex__", object_reduce_ex);
    let isc = builtin("__init_subclass__", init_subclass);
    dict_set_str(&o.dict, "__init_subclass__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(isc))));

    let t = vm.types.type_.clone();
    add_method(&t, "mro", type_mro);
    add_method(&t, "__subclasses__", type_subclasses);
    add_method(&t, "__init__", type_init);
    add_method(&t, "__call__", type_call);
    let mut tn = BuiltinFunction::new("__new__", type_dunder_new);
    tn.owner = "type".into();
    dict_set_str(&t.dict, "__new__", crate::vm::metaclass::static_method(Value::Builtin(Rc::new(tn))));

    let p = vm.types.property.clone();
    add_method(&p, "getter", property_getter);
    add_method(&p, "setter", property_setter);
    add_method(&p, "deleter", property_deleter);

    let e = vm.types.base_exception.clone();
    add_method(&e, "__init__", exc_init);
    add_method(&e, "__str__", exc_str);
    add_method(&e, "__repr__", exc_repr);
    add_method(&e, "with_traceback", exc_with_traceback);
    add_method(&e, "add_note", exc_add_note);
    // StopIteration.value, SystemExit.code, KeyError etc. read args.
    add_getter(&vm.types.exc("StopIteration"), "value", first_arg);
    add_getter(&vm.types.exc("SystemExit"), "code", system_exit_code);
    add_getter(&vm.types.exc("OSError"), "errno", os_errno);
    add_getter(&vm.types.exc("OSError"), "strerror", os_strerror);
    add_method(&vm.types.exc("OSError"), "__str__", os_str);

    let l = vm.types.list.clone();
    add_method(&l, "__init__", list_init);
    let d = vm.types.dict.clone();
    add_method(&d, "__init__", dict_init);
    let s = vm.types.set.clone();
    add_method(&s, "__init__", set_init);
}

/// `type.__new__(mcls, name, bases, ns, **kw)`: the constructor of type.
fn type_dunder_new(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    match vm.types.type_.ctor.get() {
        Some(ctor) => ctor(vm, args, kw),
        None => Err(vm.new_exception("TypeError", "type.__new__ is unavailable")),
    }
}

fn type_init(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args)`: what a metaclass's `__call__` reaches
/// through super(): make and initialise the instance.
fn type_call(vm: &mut Vm, mut args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            args.remove(0);
            vm.type_call(&c, args, kw)
        }
        _ => Err(vm.new_exception("TypeError", "descriptor '__call__' requires a 'type' object")),
    }
}

fn object_init(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.default_repr(&args[0])?))
}

fn object_str(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.repr(&args[0])?))
}

fn object_eq(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(if args[0].is(&args[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = vm.compare(CmpOp::Eq, &args[0], &args[1])?;
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let p = args[0].heap_ptr().unwrap_or(0) as u64;
    let _ = vm;
    Ok(Value::Int((p.rotate_right(4) >> 1) as i64))
}

/// `object.__setattr__(self, name, value)`: store without calling a user
/// `__setattr__` again.
fn object_setattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__setattr__", args.len(), 3, 3)?;
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.new_exception("TypeError", "attribute name must be string")),
    };
    match &args[0] {
        Value::Instance(i) => {
            let cls = i.class();
            if let Some(Value::Descriptor(d)) = cls.lookup(name.as_str(), name.hash()) {
                if let Descriptor::Property { fset, .. } = &*d {
                    if !fset.is_none() {
                        let f = fset.clone();
                        vm.call(&f, vec![args[0].clone(), args[2].clone()], Vec::new())?;
                        return Ok(Value::None);
                    }
                }
            }
            dict_set_pystr(&i.dict, name, args[2].clone());
            Ok(Value::None)
        }
        other => {
            vm.set_attr(other, &name, args[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__getattribute__", args.len(), 2, 2)?;
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.new_exception("TypeError", "attribute name must be string")),
    };
    // Instance dict first, then the class (no user __getattribute__ again).
    if let Value::Instance(i) = &args[0] {
        let cls = i.class();
        if let Some(v @ Value::Descriptor(_)) = cls.lookup(name.as_str(), name.hash()) {
            if let Value::Descriptor(d) = &v {
                if let Descriptor::Property { fget, .. } = &**d {
                    let g = fget.clone();
                    return vm.call1(&g, args[0].clone());
                }
            }
        }
        if let Some(v) = dict_get_str(&i.dict, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = cls.lookup(name.as_str(), name.hash()) {
            return Ok(match v {
                Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(BoundMethod { func: v, self_: args[0].clone() })),
                Value::Descriptor(ref d) => match &**d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { func: f.clone(), self_: Value::Class(cls.clone()) })),
                    _ => v.clone(),
                },
                other => other,
            });
        }
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(i.dict.clone()));
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Class(cls));
        }
        let msg = format!("'{}' object has no attribute '{}'", cls.name(), name.as_str());
        return Err(vm.attribute_error(&msg, &args[0], &name));
    }
    vm.get_attr(&args[0], &name)
}

fn object_delattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__delattr__", args.len(), 2, 2)?;
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.new_exception("TypeError", "attribute name must be string")),
    };
    if let Value::Instance(i) = &args[0] {
        if dict_del_str(&i.dict, name.as_str()).is_some() {
            return Ok(Value::None);
        }
        let msg = format!("'{}' object has no attribute '{}'", i.class().name(), name.as_str());
        return Err(vm.attribute_error(&msg, &args[0], &name));
    }
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    if !spec.is_empty() {
        let tn = vm.type_name(&args[0]);
        return Err(vm.new_exception("TypeError", &format!("unsupported format string passed to {}.__format__", tn)));
    }
    Ok(Value::string(vm.to_str(&args[0])?))
}

fn object_dir(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let names = vm.dir_names(&args[0])?;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_reduce_ex(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let tn = vm.type_name(&args[0]);
    Err(vm.new_exception("TypeError", &format!("cannot pickle '{}' object", tn)))
}

fn init_subclass(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Class(c) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(vm.new_exception("TypeError", "descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::list(Vec::new()))
}

fn exc_data(v: &Value) -> Option<&ExcData> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Exception(_) => i.exc(),
            _ => None,
        },
        _ => None,
    }
}

fn exc_init(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if let Some(d) = exc_data(&args[0]) {
        *d.args.borrow_mut() = args[1..].to_vec();
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = exc_data(&args[0]).map(|d| d.args.borrow().clone()).unwrap_or_default();
    Ok(Value::string(match a.len() {
        0 => String::new(),
        1 => vm.to_str(&a[0])?,
        _ => vm.repr(&Value::tuple(a))?,
    }))
}

fn exc_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.default_repr(&args[0])?))
}

fn exc_with_traceback(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "add_note", args.len(), 2, 2)?;
    if let Value::Instance(i) = &args[0] {
        let notes = match dict_get_str(&i.dict, "__notes__") {
            Some(n) => n,
            None => {
                let l = Value::list(Vec::new());
                dict_set_str(&i.dict, "__notes__", l.clone());
                l
            }
        };
        if let Value::List(l) = notes {
            l.items.borrow_mut().push(args[1].clone());
        }
    }
    Ok(Value::None)
}

fn first_arg(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(exc_data(&args[0]).and_then(|d| d.args.borrow().first().cloned()).unwrap_or(Value::None))
}

/// `SystemExit.code`: None, the one argument, or all of them as a tuple.
fn system_exit_code(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::vm::interp::system_exit_code(&args[0]))
}

fn os_errno(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = exc_data(&args[0]).map(|d| d.args.borrow().clone()).unwrap_or_default();
    Ok(if a.len() >= 2 { a[0].clone() } else { Value::None })
}

fn os_strerror(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = exc_data(&args[0]).map(|d| d.args.borrow().clone()).unwrap_or_default();
    Ok(if a.len() >= 2 { a[1].clone() } else { Value::None })
}

/// `[Errno 2] No such file or directory: 'x'`
fn os_str(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let a = exc_data(&args[0]).map(|d| d.args.borrow().clone()).unwrap_or_default();
    let filename = match &args[0] {
        Value::Instance(i) => dict_get_str(&i.dict, "filename"),
        _ => None,
    };
    if a.len() >= 2 {
        let errno = vm.to_str(&a[0])?;
        let msg = vm.to_str(&a[1])?;
        return Ok(Value::string(match filename {
            Some(f) if !f.is_none() => format!("[Errno {}] {}: {}", errno, msg, vm.repr(&f)?),
            _ => format!("[Errno {}] {}", errno, msg),
        }));
    }
    exc_str(vm, args, Vec::new())
}

fn list_init(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let target = match vm.payload_of(&args[0]) {
        Some(Value::List(l)) => l,
        _ => match &args[0] {
            Value::List(l) => l.clone(),
            _ => return Ok(Value::None),
        },
    };
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    *target.items.borrow_mut() = items;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let d = match vm.dict_payload(&args[0]) {
        Some(d) => d,
        None => return Ok(Value::None),
    };
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&Value::Dict(d.clone()), src, false, None)?;
    }
    for (k, v) in kw {
        dict_set_pystr(&d, k, v);
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = match vm.payload_of(&args[0]) {
        Some(Value::Set(s)) => s,
        _ => match &args[0] {
            Value::Set(s) => s.clone(),
            _ => return Ok(Value::None),
        },
    };
    if let Some(src) = args.get(1) {
        for x in vm.collect(src)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(Value::None)
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy of the
/// property with one accessor replaced (what `@name.setter` relies on).
fn property_with(vm: &mut Vm, args: &[Value], name: &str, which: usize) -> PyResult<Value> {
    check_nargs(vm, name, args.len().saturating_sub(1), 1, 1)?;
    let (fget, fset, fdel, doc) = match &args[0] {
        Value::Descriptor(d) => match &**d {
            Descriptor::Property { fget, fset, fdel, doc } => (fget.clone(), fset.clone(), fdel.clone(), doc.clone()),
            _ => return Err(vm.new_exception("TypeError", &format!("descriptor '{}' requires a 'property' object", name))),
        },
        _ => return Err(vm.new_exception("TypeError", &format!("descriptor '{}' requires a 'property' object", name))),
    };
    let f = args[1].clone();
    let (fget, fset, fdel) = match which {
        0 => (f, fset, fdel),
        1 => (fget, f, fdel),
        _ => (fget, fset, f),
    };
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn property_getter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, &args, "getter", 0)
}

fn property_setter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, &args, "setter", 1)
}

fn property_deleter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, &args, "deleter", 2)
}
