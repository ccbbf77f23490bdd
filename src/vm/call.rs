//! Calls: binding arguments to parameters, frames for Python functions,
//! instantiating classes, calling built-ins, and running a call to
//! completion from native code (`call`).

use super::eval::{CallOutcome, FrameResult};
use super::frame::{Frame, ReturnTo};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::CodeKind;
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    /// The names a `__slots__` value declares (a string or an iterable of them).
    pub(crate) fn slot_names(&mut self, slots: &Value) -> PyResult<Vec<String>> {
        if let Value::Str(s) = slots {
            return Ok(vec![s.as_str().to_string()]);
        }
        let items = self.collect(slots)?;
        let mut names = Vec::new();
        for v in items {
            match v {
                Value::Str(s) => names.push(s.as_str().to_string()),
                other => {
                    let tn = self.type_name(&other);
                    return Err(self.type_error(&format!("__slots__ items must be strings, not '{tn}'")));
                }
            }
        }
        Ok(names)
    }

    /// May an instance of `cls` get attribute `name` in its dict? Not when
    /// its class is `object` itself or uses `__slots__` without this name.
    pub(crate) fn instance_may_store(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<bool> {
        if Rc::ptr_eq(cls, &self.types.object) {
            return Ok(false);
        }
        if cls.flags.get() & NO_DICT == 0 {
            return Ok(true);
        }
        // Runs on every attribute store of a slotted instance (datetime's
        // objects): look through a string or tuple without allocating.
        for c in std::iter::once(cls).chain(cls.mro_rest.iter()) {
            if let Some(slots) = dict_get_str(&c.dict, "__slots__") {
                let found = match &slots {
                    Value::Str(s) => s.as_str() == name,
                    Value::Tuple(items) => items.iter().any(|v| matches!(v, Value::Str(s) if s.as_str() == name)),
                    _ => self.slot_names(&slots)?.iter().any(|n| n == name),
                };
                if found {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }
}

/// A dict of a function frame's bound local, cell and free variables.
fn frame_locals_snapshot(frame: &Frame) -> Rc<PyDict> {
    let d = Rc::new(PyDict::new());
    let co = &frame.code.code;
    for (name, v) in co.varnames.iter().zip(frame.fast.iter()) {
        if !v.is_null() {
            dict_set_str(&d, name, v.clone());
        }
    }
    for (name, cell) in co.cellvars.iter().chain(co.freevars.iter()).zip(frame.cells.iter()) {
        let v = cell.value.borrow().clone();
        if !v.is_null() {
            dict_set_str(&d, name, v);
        }
    }
    d
}

impl Vm {
    /// Call from bytecode: Python functions come back as a frame to run.
    pub(crate) fn call_from_frame(&mut self, frame: &mut Frame, callable: Value, mut args: Vec<Value>, kwargs: KwArgs) -> CallOutcome {
        if !matches!(callable, Value::Function(_)) {
            // Natives may need their call site (warnings, lock creation,
            // globals(), eval()).
            // Both are usually what the previous native call from this
            // frame left: then only the pc changes (no reference counting).
            let pc = frame.pc.saturating_sub(1);
            match &mut self.native_site {
                Some((code, at)) if Rc::ptr_eq(code, &frame.code) => *at = pc,
                site => *site = Some((frame.code.clone(), pc)),
            }
            match (&frame.locals, &callable) {
                // A function's locals live in fast slots and cells; the few
                // built-ins that read them get a snapshot dict, as CPython's
                // locals() does.
                (None, Value::Builtin(b))
                    if !matches!(frame.code.code.kind, CodeKind::Module | CodeKind::Class)
                        && matches!(b.name.as_str(), "locals" | "dir" | "vars" | "eval" | "exec")
                        && b.owner.is_empty() =>
                {
                    self.native_ns = Some((frame.globals.clone(), Some(frame_locals_snapshot(frame))));
                }
                (locals, _) => {
                    let same = match &self.native_ns {
                        Some((g, l)) => {
                            Rc::ptr_eq(g, &frame.globals)
                                && match (l, locals) {
                                    (None, None) => true,
                                    (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                                    _ => false,
                                }
                        }
                        None => false,
                    };
                    if !same {
                        self.native_ns = Some((frame.globals.clone(), locals.clone()));
                    }
                }
            }
            if let Value::Class(c) = &callable {
                if Rc::ptr_eq(c, &self.types.super_) && args.is_empty() && kwargs.is_empty() {
                    match self.zero_arg_super(frame) {
                        Ok(a) => args = a,
                        Err(e) => return CallOutcome::Error(e),
                    }
                }
            }
        }
        self.call_inner(callable, args, kwargs)
    }

    /// `super()` inside a method: the `__class__` cell and the first argument.
    fn zero_arg_super(&mut self, frame: &Frame) -> PyResult<Vec<Value>> {
        let co = &frame.code.code;
        if co.argcount == 0 && !co.varargs {
            return Err(self.new_exception("RuntimeError", "super(): no arguments"));
        }
        let first = match co.cell2arg.iter().position(|a| *a == Some(0)) {
            Some(ci) => frame.cells[ci].value.borrow().clone(),
            None => frame.fast.first().cloned().unwrap_or(Value::Null),
        };
        if first.is_null() {
            return Err(self.new_exception("RuntimeError", "super(): arg[0] deleted"));
        }
        let pos = match co.freevars.iter().position(|n| n == "__class__") {
            Some(p) => co.cellvars.len() + p,
            None => return Err(self.new_exception("RuntimeError", "super(): __class__ cell not found")),
        };
        let cls = frame.cells[pos].value.borrow().clone();
        match cls {
            Value::Class(_) => Ok(vec![cls, first]),
            _ => Err(self.new_exception("RuntimeError", "super(): empty __class__ cell")),
        }
    }

    pub(crate) fn call_inner(&mut self, callable: Value, mut args: Vec<Value>, kwargs: KwArgs) -> CallOutcome {
        match callable {
            Value::Function(f) => match self.function_frame(&f, args, kwargs) {
                Ok(FrameOrValue::Frame(fr)) => {
                    if self.threads[self.current].frames.len() >= self.recursion_limit {
                        return CallOutcome::Error(self.new_error("RecursionError", "maximum recursion depth exceeded"));
                    }
                    CallOutcome::Frame(fr)
                }
                Ok(FrameOrValue::Value(v)) => CallOutcome::Value(v),
                Err(e) => CallOutcome::Error(e),
            },
            Value::BoundMethod(m) => {
                args.insert(0, m.self_.clone());
                self.call_inner(m.func.clone(), args, kwargs)
            }
            Value::Builtin(b) => {
                if b.name == "__build_class__" && b.owner.is_empty() {
                    return match self.class_body_frame(args, kwargs) {
                        Ok(f) => CallOutcome::Frame(f),
                        Err(e) => CallOutcome::Error(e),
                    };
                }
                let r = match &b.imp {
                    BuiltinImpl::Fn(f) => f(self, args, kwargs),
                    BuiltinImpl::Host(h) => {
                        let h = h.clone();
                        h(self, args, kwargs)
                    }
                };
                match r {
                    Ok(v) => CallOutcome::Value(v),
                    Err(PyErr::Blocked) => CallOutcome::Blocked,
                    Err(e) => CallOutcome::Error(e),
                }
            }
            Value::Class(c) => match self.metaclass_call(&c) {
                Some(f) => {
                    args.insert(0, Value::Class(c));
                    self.call_inner(f, args, kwargs)
                }
                None => self.instantiate(&c, args, kwargs),
            },
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => self.call_inner(f.clone(), args, kwargs),
                _ => CallOutcome::Error(self.not_callable(&Value::Descriptor(d.clone()))),
            },
            other => {
                let call = self.lookup_special(&other, "__call__");
                match call {
                    Some(f) => {
                        args.insert(0, other);
                        self.call_inner(f, args, kwargs)
                    }
                    None => CallOutcome::Error(self.not_callable(&other)),
                }
            }
        }
    }

    fn not_callable(&mut self, v: &Value) -> PyErr {
        let tn = self.type_name(v);
        self.new_exception("TypeError", &format!("'{}' object is not callable", tn))
    }

    /// Call any callable from native code and wait for its result.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        let outcome = self.call_inner(callable.clone(), args, kwargs);
        self.finish_call(outcome)
    }

    /// `type.__call__(cls, ...)`: make an instance, bypassing a metaclass
    /// `__call__` (which is what calls this, through super()).
    pub fn type_call(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        let outcome = self.instantiate(cls, args, kwargs);
        self.finish_call(outcome)
    }

    fn finish_call(&mut self, outcome: CallOutcome) -> PyResult<Value> {
        match outcome {
            CallOutcome::Value(v) => Ok(v),
            CallOutcome::Error(e) => Err(e),
            CallOutcome::Frame(f) => match self.run_frame_nested(f)? {
                FrameResult::Return(v) | FrameResult::Yield(v) => Ok(v),
            },
            CallOutcome::Blocked => self.wait_blocked_nested(),
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Vec::new(), Vec::new())
    }
    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, vec![a], Vec::new())
    }

    /// `obj.name(*args)` from native code.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let n = Rc::new(PyStr::new(name.to_string()));
        let f = self.get_attr(obj, &n)?;
        self.call(&f, args, Vec::new())
    }

    /// Make the frame for a call of a Python function, or the generator.
    pub(crate) fn function_frame(&mut self, f: &Rc<Function>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<FrameOrValue> {
        let code = f.code.clone();
        let mut frame = self.new_frame(code.clone(), f.globals.clone());
        if let Err(e) = self.bind_args(f, &mut frame.fast, args, kwargs) {
            self.recycle_frame(frame);
            return Err(e);
        }
        let co = &code.code;
        if !co.cellvars.is_empty() || !co.freevars.is_empty() {
            let mut cells = Vec::with_capacity(co.cellvars.len() + co.freevars.len());
            for (i, _) in co.cellvars.iter().enumerate() {
                let init = match co.cell2arg.get(i).copied().flatten() {
                    Some(a) => std::mem::replace(&mut frame.fast[a as usize], Value::Null),
                    None => Value::Null,
                };
                cells.push(Rc::new(CellObj::new(init)));
            }
            cells.extend(f.closure.iter().cloned());
            frame.cells = cells;
        }
        if co.is_generator {
            let g = Generator {
                frame: std::cell::RefCell::new(Some(frame)),
                running: std::cell::Cell::new(false),
                name: f.name.borrow().clone(),
                qualname: f.qualname.borrow().clone(),
                exc: Default::default(),
            };
            return Ok(FrameOrValue::Value(Value::Generator(Rc::new(g))));
        }
        Ok(FrameOrValue::Frame(frame))
    }

    /// A frame for a call of `code` whose arguments are `args[from..]`
    /// (the caller's stack), moved in as the first fast locals.
    #[inline]
    pub(crate) fn new_frame_with_args(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>, args: &mut Vec<Value>, from: usize) -> Box<Frame> {
        self.frame_pool.frame_with_args(code, globals, args, from)
    }

    /// A frame for `code`, from the pool when possible.
    #[inline]
    pub(crate) fn new_frame(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>) -> Box<Frame> {
        self.frame_pool.frame(code, globals)
    }

    /// Give a finished frame back to the pool.
    #[inline]
    pub(crate) fn recycle_frame(&mut self, f: Box<Frame>) {
        self.frame_pool.recycle(f)
    }

    /// Bind call arguments to the fast locals, with CPython's errors.
    fn bind_args(&mut self, f: &Function, fast: &mut [Value], args: Vec<Value>, kwargs: KwArgs) -> PyResult<()> {
        let co = &f.code.code;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let nargs = args.len();
        // Fast path: exact positional call.
        if kwargs.is_empty() && nargs == argcount && !co.varargs && !co.varkeywords && kwonly == 0 {
            for (slot, a) in fast.iter_mut().zip(args) {
                *slot = a;
            }
            return Ok(());
        }
        let qual = f.qualname.borrow().clone();
        let total = argcount + kwonly;
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                fast[i] = a;
            } else {
                extra.push(a);
            }
        }
        let mut next = total;
        if co.varargs {
            fast[next] = Value::tuple(std::mem::take(&mut extra));
            next += 1;
        } else if !extra.is_empty() {
            let ndef = f.defaults.len();
            let given_kw = kwargs.iter().filter(|(k, _)| co.varnames[argcount..total].iter().any(|n| n == k.as_str())).count();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argcount - ndef, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    nargs,
                    if nargs == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", nargs, if nargs == 1 { "was" } else { "were" })
            };
            return Err(self.new_exception("TypeError", &format!("{}() takes {} but {}", qual, takes, given)));
        }
        let kwdict = if co.varkeywords {
            let d = Rc::new(PyDict::new());
            fast[next] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let posonly = co.posonlyargcount as usize;
        let mut posonly_as_kw = Vec::new();
        for (name, v) in kwargs {
            let idx = co.varnames[..total].iter().position(|n| n == name.as_str());
            match idx {
                Some(j) if j >= posonly => {
                    if !fast[j].is_null() {
                        return Err(self.new_exception("TypeError", &format!("{}() got multiple values for argument '{}'", qual, name.as_str())));
                    }
                    fast[j] = v;
                }
                _ => match &kwdict {
                    Some(d) => {
                        if dict_get_str(d, name.as_str()).is_some() {
                            return Err(self.new_exception(
                                "TypeError",
                                &format!("{}() got multiple values for keyword argument '{}'", qual, name.as_str()),
                            ));
                        }
                        dict_set_pystr(d, name, v)
                    }
                    None => {
                        if idx.is_some() {
                            posonly_as_kw.push(name.as_str().to_string());
                            continue;
                        }
                        return Err(self.new_exception("TypeError", &format!("{}() got an unexpected keyword argument '{}'", qual, name.as_str())));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.new_exception(
                "TypeError",
                &format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qual,
                    posonly_as_kw.join(", ")
                ),
            ));
        }
        // Defaults for the last positional parameters.
        let ndef = f.defaults.len();
        let first_default = argcount - ndef.min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = f.defaults[i - first_default].clone();
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qual, &missing, "positional"));
        }
        let mut missing_kw = Vec::new();
        for j in argcount..total {
            if fast[j].is_null() {
                let name = &co.varnames[j];
                let d = f.kwdefaults.as_ref().and_then(|d| dict_get_str(d, name));
                match d {
                    Some(v) => fast[j] = v,
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.missing_args(&qual, &missing_kw, "keyword-only"));
        }
        Ok(())
    }

    fn missing_args(&mut self, qual: &str, names: &[String], kind: &str) -> PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = format!(
            "{}() missing {} required {} argument{}: {}",
            qual,
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            list
        );
        self.new_exception("TypeError", &msg)
    }

    /// `MakeFunction`: a function object from a code constant.
    pub(crate) fn make_function(
        &mut self,
        code_v: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
        globals: &Rc<PyDict>,
    ) -> Value {
        let code = match code_v {
            Value::Code(c) => c,
            _ => return Value::None,
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let module = dict_get_str(globals, "__name__").unwrap_or(Value::None);
        let doc = match &code.code.docstring {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        Value::Function(Rc::new(Function {
            name: std::cell::RefCell::new(code.code.name.clone()),
            qualname: std::cell::RefCell::new(code.code.qualname.clone()),
            code,
            globals: globals.clone(),
            defaults,
            kwdefaults,
            closure,
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            dict: std::cell::RefCell::new(None),
        }))
    }

    /// `__build_class__(body, name, *bases, **kw)`: run the class body in a
    /// fresh namespace; the class is built when the body returns.
    fn class_body_frame(&mut self, mut args: Vec<Value>, mut kwargs: KwArgs) -> PyResult<Box<Frame>> {
        if args.len() < 2 {
            return Err(self.new_exception("TypeError", "__build_class__: not enough arguments"));
        }
        let (bases, orig_bases) = self.resolve_mro_entries(args.split_off(2))?;
        let name = args.pop().unwrap();
        let body = match args.pop().unwrap() {
            Value::Function(f) => f,
            _ => return Err(self.new_exception("TypeError", "__build_class__: func must be a function")),
        };
        let mut meta = Value::Class(self.types.type_.clone());
        if let Some(pos) = kwargs.iter().position(|(k, _)| k.as_str() == "metaclass") {
            meta = kwargs.remove(pos).1;
        }
        let ns = Rc::new(PyDict::new());
        if let Some(o) = orig_bases {
            dict_set_str(&ns, "__orig_bases__", o);
        }
        let mut frame = Box::new(Frame::new(body.code.clone(), body.globals.clone(), Some(ns)));
        let co = &body.code.code;
        let mut cells: Vec<Rc<CellObj>> = co.cellvars.iter().map(|_| Rc::new(CellObj::new(Value::Null))).collect();
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        frame.ret = ReturnTo::ClassBody(Box::new(super::frame::ClassBody { name, bases, meta, kwargs }));
        Ok(frame)
    }

    /// Create the class object once its body has run.
    pub(crate) fn build_class(&mut self, name: Value, bases: Vec<Value>, meta: Value, kwargs: KwArgs, ns: Rc<PyDict>) -> PyResult<Value> {
        let type_cls = self.types.type_.clone();
        let meta = self.derived_metaclass(meta, &bases)?;
        if !matches!(&meta, Value::Class(m) if Rc::ptr_eq(m, &type_cls)) {
            return self.call(&meta, vec![name, Value::tuple(bases), Value::Dict(ns)], kwargs);
        }
        let name = match &name {
            Value::Str(s) => s.as_str().to_string(),
            _ => return Err(self.new_exception("TypeError", "class name must be a str")),
        };
        self.new_class_with(&name, bases, ns, None, kwargs)
    }

    /// `type(name, bases, ns)` and class statements.
    pub fn new_user_class(&mut self, name: &str, bases: Vec<Value>, ns: Rc<PyDict>) -> PyResult<Value> {
        self.new_class_with(name, bases, ns, None, Vec::new())
    }

    /// A class of metaclass `meta` (None: type); `kwargs` go to
    /// `__init_subclass__`.
    pub fn new_class_with(&mut self, name: &str, bases: Vec<Value>, ns: Rc<PyDict>, meta: Option<Rc<Class>>, kwargs: KwArgs) -> PyResult<Value> {
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    let tn = self.type_name(other);
                    let _ = tn;
                    return Err(self.new_exception("TypeError", "bases must be types"));
                }
            }
        }
        for b in &base_classes {
            if ["bool", "range", "slice", "function", "NoneType", "generator"].contains(&b.name().as_str()) && b.builtin {
                return Err(self.new_exception("TypeError", &format!("type '{}' is not an acceptable base type", b.name())));
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        let mro_rest = match c3_mro_rest_checked(&base_classes) {
            Some(m) => m,
            None => {
                let names: Vec<String> = base_classes.iter().map(|c| c.name()).collect();
                return Err(self.new_exception(
                    "TypeError",
                    &format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")),
                ));
            }
        };
        let mut kind = BaseKind::Object;
        for c in &mro_rest {
            if c.base_kind != BaseKind::Object && c.base_kind != BaseKind::Other {
                kind = c.base_kind;
                break;
            }
        }
        let qualname = match dict_del_str(&ns, "__qualname__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => name.to_string(),
        };
        let module = match dict_get_str(&ns, "__module__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        if dict_get_str(&ns, "__doc__").is_none() {
            dict_set_str(&ns, "__doc__", Value::None);
        }
        let classcell = dict_del_str(&ns, "__classcell__");
        // A class that defines __eq__ but not __hash__ is unhashable.
        if dict_get_str(&ns, "__eq__").is_some() && dict_get_str(&ns, "__hash__").is_none() {
            dict_set_str(&ns, "__hash__", Value::None);
        }
        // `__new__` and `__init_subclass__` are implicitly static/class methods.
        if let Some(v @ Value::Function(_)) = dict_get_str(&ns, "__new__") {
            dict_set_str(&ns, "__new__", Value::Descriptor(Rc::new(Descriptor::StaticMethod(v))));
        }
        let mut flags = 0;
        for (n, f) in [
            ("__getattr__", HAS_GETATTR),
            ("__setattr__", HAS_SETATTR),
            ("__getattribute__", HAS_GETATTRIBUTE),
            ("__delattr__", HAS_DELATTR),
        ] {
            if dict_get_str(&ns, n).is_some() || mro_rest.iter().any(|c| c.flags.get() & f != 0) {
                flags |= f;
            }
        }
        if let Some(slots) = dict_get_str(&ns, "__slots__") {
            let names = self.slot_names(&slots)?;
            let object = self.types.object.clone();
            if !names.iter().any(|n| n == "__dict__") && mro_rest.iter().all(|c| Rc::ptr_eq(c, &object) || c.flags.get() & NO_DICT != 0) {
                flags |= NO_DICT;
            }
        }
        ns.data.borrow_mut().watch();
        let cls = Rc::new(Class {
            name: std::cell::RefCell::new(name.to_string()),
            qualname: std::cell::RefCell::new(qualname),
            module: std::cell::RefCell::new(module),
            bases: base_classes,
            mro_rest,
            dict: ns,
            base_kind: kind,
            builtin: false,
            ctor: std::cell::Cell::new(None),
            flags: std::cell::Cell::new(flags),
            inst_size: std::cell::Cell::new(0),
            meta: std::cell::RefCell::new(meta),
        });
        if let Some(Value::Cell(c)) = classcell {
            *c.value.borrow_mut() = Value::Class(cls.clone());
        }
        let clsv = Value::Class(cls.clone());
        // Descriptors learn their attribute name (`__set_name__`).
        let items: Vec<(Value, Value)> = cls.dict.data.borrow().items();
        for (k, v) in items {
            if let Value::Instance(_) = v {
                if let Some(f) = self.lookup_special(&v, "__set_name__") {
                    self.call(&f, vec![v.clone(), clsv.clone(), k], Vec::new())?;
                }
            }
        }
        // __init_subclass__ of a Python base class.
        if let Some(f) = cls.mro_rest.iter().find_map(|c| dict_get_str(&c.dict, "__init_subclass__")) {
            let f = match f {
                Value::Descriptor(ref d) => match &**d {
                    Descriptor::ClassMethod(m) => m.clone(),
                    _ => f.clone(),
                },
                f => f,
            };
            self.call(&f, vec![clsv.clone()], kwargs)?;
        }
        Ok(clsv)
    }

    /// Calling a class: `__new__`, then `__init__` (pushed as a frame when it
    /// is Python code, so no Rust recursion).
    fn instantiate(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> CallOutcome {
        if cls.builtin {
            if let Some(ctor) = cls.ctor.get() {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(Value::Class(cls.clone()));
                a.extend(args);
                return match ctor(self, a, kwargs) {
                    Ok(v) => CallOutcome::Value(v),
                    Err(PyErr::Blocked) => CallOutcome::Blocked,
                    Err(e) => CallOutcome::Error(e),
                };
            }
        }
        let new_name = self.intern("__new__");
        // `object.__new__` (the default) is done here without a call.
        let new = match cls.lookup("__new__", new_name.hash()) {
            Some(Value::Descriptor(d)) => match &*d {
                Descriptor::StaticMethod(f) => Some(f.clone()),
                _ => Some(Value::Descriptor(d.clone())),
            },
            other => other,
        };
        let custom_new = match &new {
            Some(Value::Builtin(b)) => b.owner != "object",
            Some(_) => true,
            None => false,
        };
        let obj = if custom_new {
            let f = new.clone().unwrap();
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(Value::Class(cls.clone()));
            a.extend(args.iter().cloned());
            match self.call(&f, a, kwargs.clone()) {
                Ok(v) => v,
                Err(e) => return CallOutcome::Error(e),
            }
        } else {
            self.object_new(cls, &args)
        };
        // __init__ only runs when __new__ returned an instance of cls.
        let is_inst = match &obj {
            Value::Instance(i) => i.class().is_subclass(cls),
            Value::Class(c) => c.meta.borrow().as_ref().is_some_and(|m| m.is_subclass(cls)),
            _ => false,
        };
        if !is_inst {
            return CallOutcome::Value(obj);
        }
        let init_name = self.intern("__init__");
        match cls.lookup("__init__", init_name.hash()) {
            Some(Value::Function(f)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                match self.function_frame(&f, a, kwargs) {
                    Ok(FrameOrValue::Frame(mut fr)) => {
                        fr.ret = ReturnTo::Init(obj);
                        CallOutcome::Frame(fr)
                    }
                    Ok(FrameOrValue::Value(_)) => CallOutcome::Value(obj),
                    Err(e) => CallOutcome::Error(e),
                }
            }
            Some(init) => {
                if let Value::Builtin(b) = &init {
                    if b.owner == "object" && !custom_new && (!args.is_empty() || !kwargs.is_empty()) {
                        return CallOutcome::Error(self.new_exception("TypeError", &format!("{}() takes no arguments", cls.name())));
                    }
                }
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                match self.call(&init, a, kwargs) {
                    Ok(_) => CallOutcome::Value(obj),
                    Err(e) => CallOutcome::Error(e),
                }
            }
            None => CallOutcome::Value(obj),
        }
    }

    /// `object.__new__(cls)`: an empty instance with the payload its
    /// built-in base needs.
    pub fn object_new(&mut self, cls: &Rc<Class>, args: &[Value]) -> Value {
        let payload = match cls.base_kind {
            BaseKind::Exception => {
                let d = Box::<ExcData>::default();
                *d.args.borrow_mut() = args.to_vec();
                Payload::Exception(d)
            }
            BaseKind::List => Payload::Builtin(std::cell::RefCell::new(Value::list(Vec::new()))),
            BaseKind::Dict => Payload::Builtin(std::cell::RefCell::new(Value::Dict(Rc::new(PyDict::new())))),
            BaseKind::Set => Payload::Builtin(std::cell::RefCell::new(Value::Set(Rc::new(PySet::new())))),
            BaseKind::Tuple => Payload::Builtin(std::cell::RefCell::new(Value::tuple(Vec::new()))),
            BaseKind::Str => Payload::Builtin(std::cell::RefCell::new(Value::str(""))),
            BaseKind::Int => Payload::Builtin(std::cell::RefCell::new(Value::Int(0))),
            BaseKind::Float => Payload::Builtin(std::cell::RefCell::new(Value::Float(0.0))),
            BaseKind::Object | BaseKind::Other => Payload::None,
        };
        let dict = Rc::new(PyDict::with_capacity(cls.inst_size.get() as usize));
        Value::Instance(Rc::new(Instance { class: std::cell::RefCell::new(cls.clone()), dict, payload }))
    }

    /// `f(*args, **kwargs)`: unpack the tuple and mapping.
    pub(crate) fn prepare_ex_args(&mut self, callable: &Value, args: Value, kw: Option<Value>) -> PyResult<(Vec<Value>, KwArgs)> {
        let args = match args {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            other => {
                let what = format!("{} argument", self.callable_name(callable));
                self.collect_star_operand(&other, &what)?
            }
        };
        let mut kwargs = Vec::new();
        if let Some(kw) = kw {
            let d = match &kw {
                Value::Dict(d) => d.clone(),
                other => match self.dict_payload(other) {
                    Some(d) => d,
                    None => {
                        let tn = self.type_name(other);
                        let fname = self.callable_name(callable);
                        return Err(self.new_exception("TypeError", &format!("{} argument after ** must be a mapping, not {}", fname, tn)));
                    }
                },
            };
            for (k, v) in d.data.borrow().items() {
                match k {
                    Value::Str(s) => kwargs.push((s, v)),
                    _ => return Err(self.new_exception("TypeError", "keywords must be strings")),
                }
            }
        }
        Ok((args, kwargs))
    }

    /// The name call errors give a callable, as CPython's
    /// `_PyObject_FunctionStr`: `module.qualname()` unless the module is
    /// `builtins` (`__main__.f()`, `__main__.C.m()`, `print()`, `list.sort()`).
    pub fn callable_name(&self, v: &Value) -> String {
        let qualified = |module: &str, qualname: &str| {
            if module.is_empty() || module == "builtins" {
                format!("{}()", qualname)
            } else {
                format!("{}.{}()", module, qualname)
            }
        };
        match v {
            Value::Function(f) => {
                let module = match &*f.module.borrow() {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => String::new(),
                };
                qualified(&module, &f.qualname.borrow())
            }
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Builtin(b) if !b.owner.is_empty() => format!("{}.{}()", b.owner, b.name),
            Value::Builtin(b) => qualified(&b.module, &b.name),
            Value::Class(c) => qualified(&c.module.borrow(), &c.qualname.borrow()),
            _ => "function".to_string(),
        }
    }
}

pub(crate) enum FrameOrValue {
    Frame(Box<Frame>),
    Value(Value),
}

fn c3_mro_rest_checked(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    crate::objects::class_c3(bases)
}

/// Code kinds whose frames have a namespace dict instead of fast locals.
pub fn uses_namespace(kind: CodeKind) -> bool {
    matches!(kind, CodeKind::Module | CodeKind::Class)
}
