//! Attribute lookup and assignment (`obj.name`), method loading, and the
//! type of a value.

use super::{PyErr, PyResult, Vm};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    /// `type(v)`
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.notimplemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            // A method of a built-in type bound to its object ("abc".upper)
            // is a builtin_function_or_method in CPython, not a method.
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Class(c) => c.meta.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iterator(it) => t.iterator_class(it.type_name),
            Value::Generator(_) => t.generator.clone(),
            Value::Native(n) => n.class.clone(),
            Value::Descriptor(d) => match &**d {
                Descriptor::Property { .. } => t.property.clone(),
                Descriptor::StaticMethod(_) => t.staticmethod.clone(),
                Descriptor::ClassMethod(_) => t.classmethod.clone(),
                Descriptor::Super { .. } => t.super_.clone(),
            },
        }
    }

    pub fn type_of_value(&self, v: &Value) -> Value {
        Value::Class(self.type_of(v))
    }

    /// The type's name as CPython's error messages show it (tp_name).
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).tp_name()
    }

    /// Look a special method up on the type (not the instance), as CPython
    /// does for operators.
    pub fn lookup_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let n = self.intern(name);
        self.type_of(v).lookup(name, n.hash())
    }

    /// CPython's `update_bases` (PEP 560): a base that is not a class but
    /// has `__mro_entries__` is replaced by the classes it returns. Gives the
    /// new bases, and the original ones when anything was replaced (stored
    /// as `__orig_bases__`).
    pub(crate) fn resolve_mro_entries(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(|b| matches!(b, Value::Class(_))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if !matches!(b, Value::Class(_)) {
                if let Some(f) = self.get_attr_opt(&b, "__mro_entries__")? {
                    let r = self.call(&f, vec![orig.clone()], Vec::new())?;
                    match r {
                        Value::Tuple(t) => out.extend(t.iter().cloned()),
                        _ => return Err(self.new_exception("TypeError", "__mro_entries__ must return a tuple")),
                    }
                    changed = true;
                    continue;
                }
            }
            out.push(b);
        }
        Ok((out, if changed { Some(orig) } else { None }))
    }

    /// Bind a class attribute found for `obj` (functions become methods).
    fn bind(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(BoundMethod { func: attr, self_: obj.clone() })),
            Value::Descriptor(ref d) => match &**d {
                Descriptor::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.new_exception("AttributeError", "property has no getter"));
                    }
                    let g = fget.clone();
                    return self.call1(&g, obj.clone());
                }
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { func: f.clone(), self_: Value::Class(cls.clone()) })),
                Descriptor::Super { .. } => attr.clone(),
            },
            Value::Instance(ref i) => {
                // A user-defined descriptor.
                let icls = i.class();
                let get_name = self.intern("__get__");
                match icls.lookup("__get__", get_name.hash()) {
                    Some(g) => return self.call(&g, vec![attr.clone(), obj.clone(), Value::Class(cls.clone())], Vec::new()),
                    None => attr,
                }
            }
            other => other,
        })
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.data.borrow().get_str(name.as_str(), name.hash()) {
                    return Ok(v.clone());
                }
                match name.as_str() {
                    "__dict__" => Ok(Value::Dict(m.dict.clone())),
                    _ => {
                        let msg = format!("module '{}' has no attribute '{}'", m.name, name.as_str());
                        Err(self.attribute_error(&msg, obj, name))
                    }
                }
            }
            // A super object forwards every attribute but its own class's
            // to the MRO after `typ` (object's `__init__` must not win).
            Value::Descriptor(d) if matches!(&**d, Descriptor::Super { .. }) && name.as_str() != "__class__" => {
                let Descriptor::Super { typ, obj: target } = &**d else { unreachable!() };
                match name.as_str() {
                    "__thisclass__" => Ok(Value::Class(typ.clone())),
                    "__self__" => Ok(target.clone()),
                    _ => self.super_getattr(typ, target, name.as_str()),
                }
            }
            _ => {
                let cls = self.type_of(obj);
                if let Some(attr) = self.attr_cache.lookup(&cls, name) {
                    return self.bind(attr, obj, &cls);
                }
                if let Some(v) = self.special_attr(obj, name.as_str())? {
                    return Ok(v);
                }
                let msg = format!("'{}' object has no attribute '{}'", cls.tp_name(), name.as_str());
                Err(self.attribute_error(&msg, obj, name))
            }
        }
    }

    /// Attribute lookup that returns None instead of raising AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = Rc::new(PyStr::new(name.to_string()));
        match self.get_attr(obj, &n) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exception(e)) if self.is_instance_of(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = Rc::new(PyStr::new(name.to_string()));
        self.get_attr(obj, &n)
    }

    /// Push `inst.name` on `stack` when it is a plain value: in the
    /// instance dict and not shadowed by a data descriptor, or plain class
    /// data. `class_attr` is what the class lookup found. False sends the
    /// lookup down the general path (methods, descriptors, `__getattr__`,
    /// errors), which gives the same answer. It pushes rather than
    /// returns: an `Option<Value>` result goes through memory and is re-read
    /// at once, a store-forwarding stall.
    #[inline]
    pub(crate) fn push_instance_attr(&mut self, inst: &Instance, name: &Rc<PyStr>, class_attr: Option<Value>, stack: &mut Vec<Value>) -> bool {
        if inst.class.borrow().flags.get() & HAS_GETATTRIBUTE != 0 {
            return false;
        }
        let plain_class_data =
            matches!(class_attr, Some(Value::Int(_) | Value::Str(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Tuple(_)));
        if class_attr.is_some() && !plain_class_data {
            return false;
        }
        if let Some(v) = inst.dict.data.borrow().get_str(name.as_str(), name.hash()) {
            stack.push(v.clone());
            return true;
        }
        match class_attr {
            Some(v) => {
                stack.push(v);
                true
            }
            None => false,
        }
    }

    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &Rc<PyStr>) -> PyResult<Value> {
        let cls = inst.class();
        if cls.flags.get() & HAS_GETATTRIBUTE != 0 {
            if let Some(ga) = cls.lookup("__getattribute__", self.intern("__getattribute__").hash()) {
                if matches!(ga, Value::Function(_)) {
                    return self.call(&ga, vec![obj.clone(), Value::Str(name.clone())], Vec::new());
                }
            }
        }
        let h = name.hash();
        let cls_attr = self.attr_cache.lookup(&cls, name);
        match &cls_attr {
            // Data descriptors win over the instance dict.
            Some(Value::Descriptor(d)) if matches!(&**d, Descriptor::Property { .. }) => {
                return self.bind(cls_attr.clone().unwrap(), obj, &cls);
            }
            Some(desc @ Value::Instance(_))
                if self.lookup_special(desc, "__set__").is_some() || self.lookup_special(desc, "__delete__").is_some() =>
            {
                return self.bind(cls_attr.clone().unwrap(), obj, &cls);
            }
            _ => {}
        }
        if let Some(v) = inst.dict.data.borrow().get_str(name.as_str(), h) {
            return Ok(v.clone());
        }
        if let Some(a) = cls_attr {
            return self.bind(a, obj, &cls);
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        if cls.flags.get() & HAS_GETATTR != 0 {
            if let Some(ga) = cls.lookup("__getattr__", self.intern("__getattr__").hash()) {
                return self.call(&ga, vec![obj.clone(), Value::Str(name.clone())], Vec::new());
            }
        }
        let msg = format!("'{}' object has no attribute '{}'", cls.tp_name(), name.as_str());
        Err(self.attribute_error(&msg, obj, name))
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<Value> {
        let clsv = Value::Class(c.clone());
        if let Some(v) = self.attr_cache.lookup(&c, name) {
            return Ok(match v {
                Value::Descriptor(ref d) => match &**d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod { func: f.clone(), self_: clsv })),
                    _ => v.clone(),
                },
                other => other,
            });
        }
        match name.as_str() {
            "__name__" => return Ok(Value::str(&c.name())),
            "__qualname__" => return Ok(Value::str(&c.qualname.borrow())),
            "__module__" => return Ok(Value::str(&c.module.borrow())),
            "__bases__" => return Ok(Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__base__" => return Ok(c.bases.first().map(|b| Value::Class(b.clone())).unwrap_or(Value::None)),
            "__mro__" => return Ok(Value::tuple(c.mro().into_iter().map(Value::Class).collect())),
            "__dict__" => return Ok(Value::Dict(c.dict.clone())),
            "__class__" => return Ok(Value::Class(self.type_of(&clsv))),
            "__doc__" => return Ok(Value::None),
            _ => {}
        }
        // Methods of the metaclass (`type`'s mro(), __subclasses__...).
        let tcls = self.type_of(&clsv);
        if let Some(v) = self.attr_cache.lookup(&tcls, name) {
            return self.bind(v, &clsv, &tcls);
        }
        let msg = format!("type object '{}' has no attribute '{}'", c.name(), name.as_str());
        Err(self.attribute_error(&msg, &clsv, name))
    }

    /// Attributes every value of a kind has without a class-dict entry.
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_of_value(obj)));
        }
        Ok(match obj {
            Value::Instance(inst) => match name {
                "__dict__" => Some(Value::Dict(inst.dict.clone())),
                _ => match inst.exc() {
                    Some(e) => match name {
                        "args" => Some(Value::tuple(e.args.borrow().clone())),
                        "__cause__" => Some(e.cause.borrow().clone().unwrap_or(Value::None)),
                        "__context__" => Some(e.context.borrow().clone().unwrap_or(Value::None)),
                        "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                        "__traceback__" => Some(self.traceback_object(obj)),
                        _ => None,
                    },
                    None => None,
                },
            },
            Value::Function(f) => match name {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
                "__kwdefaults__" => Some(f.kwdefaults.clone().map(Value::Dict).unwrap_or(Value::None)),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__dict__" => {
                    let d = f.dict.borrow_mut().get_or_insert_with(|| Rc::new(PyDict::new())).clone();
                    Some(Value::Dict(d))
                }
                "__annotations__" => {
                    // Set at definition when the function has annotations;
                    // otherwise an empty dict, made once and kept.
                    let d = f.dict.borrow_mut().get_or_insert_with(|| Rc::new(PyDict::new())).clone();
                    Some(match dict_get_str(&d, name) {
                        Some(a) => a,
                        None => {
                            let a = Value::Dict(Rc::new(PyDict::new()));
                            dict_set_str(&d, name, a.clone());
                            a
                        }
                    })
                }
                _ => f.dict.borrow().as_ref().and_then(|d| dict_get_str(d, name)),
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    self.get_attr_opt(&f, name)?
                }
            },
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(Value::str(&b.name)),
                "__doc__" => Some(Value::None),
                "__module__" => Some(if b.module.is_empty() { Value::None } else { Value::str(&b.module) }),
                "__self__" => Some(Value::None),
                _ => None,
            },
            Value::Code(c) => match name {
                "co_name" => Some(Value::str(&c.code.name)),
                "co_filename" => Some(Value::str(&c.filename)),
                "co_firstlineno" => Some(Value::Int(c.code.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
                "co_varnames" => Some(Value::tuple(c.code.varnames.iter().map(|s| Value::str(s)).collect())),
                _ => None,
            },
            Value::Generator(g) => match name {
                "__name__" => Some(Value::str(&g.name)),
                "__qualname__" => Some(Value::str(&g.qualname)),
                "gi_running" => Some(Value::Bool(g.running.get())),
                _ => None,
            },
            Value::Descriptor(d) => match (&**d, name) {
                (Descriptor::Property { fget, .. }, "fget") => Some(fget.clone()),
                (Descriptor::Property { fset, .. }, "fset") => Some(fset.clone()),
                (Descriptor::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
                (Descriptor::Property { doc, .. }, "__doc__") => Some(doc.clone()),
                (Descriptor::StaticMethod(f), "__func__") | (Descriptor::ClassMethod(f), "__func__") => Some(f.clone()),
                (Descriptor::Super { typ, obj }, _) => return self.super_getattr(typ, obj, name).map(Some),
                _ => None,
            },
            Value::Cell(c) if name == "cell_contents" => Some(c.value.borrow().clone()),
            Value::Slice(s) => match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Range(r) => self.range_attr(r, name),
            _ => None,
        })
    }

    /// `super(typ, obj).name`: search the MRO of obj's type after `typ`.
    fn super_getattr(&mut self, typ: &Rc<Class>, obj: &Value, name: &str) -> PyResult<Value> {
        let (start_cls, is_class) = match obj {
            // A class is an instance here when typ is in its metaclass's MRO.
            Value::Class(c) if c.is_subclass(typ) => (c.clone(), true),
            other => (self.type_of(other), false),
        };
        let mro = start_cls.mro();
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, typ)).map(|p| p + 1).unwrap_or(mro.len());
        let h = crate::objects::PyStr::new(name.to_string()).hash();
        for c in &mro[pos..] {
            let found = c.dict.data.borrow().get_str(name, h).cloned();
            if let Some(v) = found {
                return Ok(match v {
                    Value::Function(_) | Value::Builtin(_) if !is_class => {
                        Value::BoundMethod(Rc::new(BoundMethod { func: v, self_: obj.clone() }))
                    }
                    Value::Descriptor(ref d) => match &**d {
                        Descriptor::ClassMethod(f) => {
                            let cv = if is_class { obj.clone() } else { Value::Class(start_cls.clone()) };
                            Value::BoundMethod(Rc::new(BoundMethod { func: f.clone(), self_: cv }))
                        }
                        Descriptor::StaticMethod(f) => f.clone(),
                        Descriptor::Property { fget, .. } if !is_class => {
                            let g = fget.clone();
                            return self.call1(&g, obj.clone());
                        }
                        _ => v.clone(),
                    },
                    other => other,
                });
            }
        }
        Err(self.new_exception("AttributeError", &format!("'super' object has no attribute '{}'", name)))
    }

    /// `LoadMethod`: avoid allocating a bound method for `obj.m(...)`.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        let cls = match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & HAS_GETATTRIBUTE == 0 && !inst.dict.data.borrow().get_str(name.as_str(), name.hash()).is_some() {
                    cls
                } else {
                    return Ok((Value::Null, self.get_attr(obj, name)?));
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Descriptor(_) => return Ok((Value::Null, self.get_attr(obj, name)?)),
            _ => self.type_of(obj),
        };
        match self.attr_cache.lookup(&cls, name) {
            Some(f @ Value::Function(_)) | Some(f @ Value::Builtin(_)) => Ok((f, obj.clone())),
            _ => Ok((Value::Null, self.get_attr(obj, name)?)),
        }
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & HAS_SETATTR != 0 {
                    if let Some(sa @ Value::Function(_)) = cls.lookup("__setattr__", self.intern("__setattr__").hash()) {
                        self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), value], Vec::new())?;
                        return Ok(());
                    }
                }
                let class_attr = self.attr_cache.lookup(&cls, name);
                // A data descriptor written in Python (a class with __set__).
                if let Some(desc @ Value::Instance(_)) = &class_attr {
                    if let Some(set) = self.lookup_special(desc, "__set__") {
                        self.call(&set, vec![desc.clone(), obj.clone(), value], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(Value::Descriptor(d)) = class_attr {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if fset.is_none() {
                            let msg = if cls.flags.get() & crate::objects::STATIC_TYPE != 0 {
                                // What CPython says of a C type's read-only attribute.
                                format!("attribute '{}' of '{}' objects is not writable", name.as_str(), cls.tp_name())
                            } else {
                                format!("property '{}' of '{}' object has no setter", name.as_str(), cls.name())
                            };
                            return Err(self.new_exception("AttributeError", &msg));
                        }
                        let s = fset.clone();
                        self.call(&s, vec![obj.clone(), value], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(e) = inst.exc() {
                    match name.as_str() {
                        "args" => {
                            *e.args.borrow_mut() = self.collect(&value)?;
                            return Ok(());
                        }
                        "__cause__" => {
                            *e.cause.borrow_mut() = if value.is_none() { None } else { Some(value) };
                            e.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            *e.context.borrow_mut() = if value.is_none() { None } else { Some(value) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            e.suppress_context.set(self.is_true(&value)?);
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        _ => {}
                    }
                }
                if name.as_str() == "__class__" {
                    if let Value::Class(c) = value {
                        *inst.class.borrow_mut() = c;
                        return Ok(());
                    }
                }
                if (cls.flags.get() & NO_DICT != 0 || Rc::ptr_eq(&cls, &self.types.object)) && !self.instance_may_store(&cls, name.as_str())? {
                    let msg = format!("'{}' object has no attribute '{}'", cls.tp_name(), name.as_str());
                    return Err(self.attribute_error(&msg, obj, name));
                }
                dict_set_pystr(&inst.dict, name.clone(), value);
                Ok(())
            }
            Value::Class(c) => {
                if c.builtin {
                    let msg = format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), c.name());
                    return Err(self.new_exception("TypeError", &msg));
                }
                match name.as_str() {
                    "__name__" => *c.name.borrow_mut() = self.to_str(&value)?,
                    "__qualname__" => *c.qualname.borrow_mut() = self.to_str(&value)?,
                    "__module__" => *c.module.borrow_mut() = self.to_str(&value)?,
                    _ => {}
                }
                for (n, f) in [("__getattr__", HAS_GETATTR), ("__setattr__", HAS_SETATTR), ("__getattribute__", HAS_GETATTRIBUTE)] {
                    if name.as_str() == n {
                        c.flags.set(c.flags.get() | f);
                    }
                }
                dict_set_pystr(&c.dict, name.clone(), value);
                Ok(())
            }
            Value::Module(m) => {
                dict_set_pystr(&m.dict, name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => *f.name.borrow_mut() = self.to_str(&value)?,
                    "__qualname__" => *f.qualname.borrow_mut() = self.to_str(&value)?,
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__dict__" => {
                        if let Value::Dict(d) = value {
                            *f.dict.borrow_mut() = Some(d);
                        }
                    }
                    _ => {
                        let d = f.dict.borrow_mut().get_or_insert_with(|| Rc::new(PyDict::new())).clone();
                        dict_set_pystr(&d, name.clone(), value);
                    }
                }
                Ok(())
            }
            _ => {
                let cls = self.type_of(obj);
                if let Some(Value::Descriptor(d)) = self.attr_cache.lookup(&cls, name) {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if !fset.is_none() {
                            let s = fset.clone();
                            self.call(&s, vec![obj.clone(), value], Vec::new())?;
                            return Ok(());
                        }
                        let msg = format!("attribute '{}' of '{}' objects is not writable", name.as_str(), cls.name());
                        return Err(self.new_exception("AttributeError", &msg));
                    }
                }
                let msg = if self.attr_cache.lookup(&cls, name).is_some() {
                    format!("'{}' object attribute '{}' is read-only", cls.name(), name.as_str())
                } else {
                    format!("'{}' object has no attribute '{}'", cls.tp_name(), name.as_str())
                };
                Err(self.attribute_error(&msg, obj, name))
            }
        }
    }

    pub fn set_attr_str(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let n = Rc::new(PyStr::new(name.to_string()));
        self.set_attr(obj, &n, value)
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & HAS_DELATTR != 0 {
                    if let Some(da @ Value::Function(_)) = cls.lookup("__delattr__", self.intern("__delattr__").hash()) {
                        self.call(&da, vec![obj.clone(), Value::Str(name.clone())], Vec::new())?;
                        return Ok(());
                    }
                }
                let class_attr = self.attr_cache.lookup(&cls, name);
                if let Some(desc @ Value::Instance(_)) = &class_attr {
                    if let Some(del) = self.lookup_special(desc, "__delete__") {
                        self.call(&del, vec![desc.clone(), obj.clone()], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(Value::Descriptor(d)) = class_attr {
                    if let Descriptor::Property { fdel, .. } = &*d {
                        if fdel.is_none() {
                            let msg = format!("property '{}' of '{}' object has no deleter", name.as_str(), cls.name());
                            return Err(self.new_exception("AttributeError", &msg));
                        }
                        let f = fdel.clone();
                        self.call1(&f, obj.clone())?;
                        return Ok(());
                    }
                }
                if dict_del_pystr(&inst.dict, name).is_none() {
                    let msg = format!("'{}' object has no attribute '{}'", cls.tp_name(), name.as_str());
                    return Err(self.attribute_error(&msg, obj, name));
                }
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                if dict_del_str(&c.dict, name.as_str()).is_none() {
                    let msg = format!("type object '{}' has no attribute '{}'", c.name(), name.as_str());
                    return Err(self.new_exception("AttributeError", &msg));
                }
                Ok(())
            }
            Value::Module(m) => {
                if dict_del_str(&m.dict, name.as_str()).is_none() {
                    let msg = format!("module '{}' has no attribute '{}'", m.name, name.as_str());
                    return Err(self.new_exception("AttributeError", &msg));
                }
                Ok(())
            }
            Value::Function(f) => {
                let d = f.dict.borrow().clone();
                if let Some(d) = d {
                    if dict_del_str(&d, name.as_str()).is_some() {
                        return Ok(());
                    }
                }
                Err(self.new_exception("AttributeError", name.as_str()))
            }
            _ => {
                let tn = self.type_name(obj);
                let msg = format!("'{}' object has no attribute '{}'", tn, name.as_str());
                Err(self.attribute_error(&msg, obj, name))
            }
        }
    }

    /// `with mgr:`: the bound `__exit__` and `__enter__`, looked up on the type.
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__enter__");
        let exit = self.lookup_special(mgr, "__exit__");
        match (enter, exit) {
            (Some(en), Some(ex)) => {
                let cls = self.type_of(mgr);
                let ex = self.bind(ex, mgr, &cls)?;
                let en = self.bind(en, mgr, &cls)?;
                Ok((ex, en))
            }
            (None, _) => {
                let tn = self.type_name(mgr);
                Err(self.new_exception("TypeError", &format!("'{}' object does not support the context manager protocol", tn)))
            }
            (Some(_), None) => {
                let tn = self.type_name(mgr);
                Err(self.new_exception(
                    "TypeError",
                    &format!("'{}' object does not support the context manager protocol (missed __exit__ method)", tn),
                ))
            }
        }
    }

    /// Does `obj` have attribute `name` (hasattr)?
    pub fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        Ok(self.get_attr_opt(obj, name)?.is_some())
    }
}
