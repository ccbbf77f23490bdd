//! Creating, raising and matching exceptions.

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    /// An exception of the named built-in class with one message argument
    /// (none when `msg` is empty).
    pub fn new_exception(&mut self, class: &str, msg: &str) -> PyErr {
        let args = if msg.is_empty() { Vec::new() } else { vec![Value::str(msg)] };
        self.new_exception_args(class, args)
    }

    pub fn new_error(&mut self, class: &str, msg: &str) -> PyErr {
        self.new_exception(class, msg)
    }

    pub fn new_exception_args(&mut self, class: &str, args: Vec<Value>) -> PyErr {
        let cls = self.types.exc(class);
        PyErr::Exception(self.exception_instance(&cls, args))
    }

    pub fn exception_instance(&mut self, cls: &Rc<Class>, args: Vec<Value>) -> Value {
        let d = Box::<ExcData>::default();
        *d.args.borrow_mut() = args;
        Value::Instance(Rc::new(Instance { class: std::cell::RefCell::new(cls.clone()), dict: Rc::new(PyDict::new()), payload: Payload::Exception(d) }))
    }

    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_exception("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.new_exception("ValueError", msg)
    }

    /// A name found nowhere: a built-in written in Python and loaded on
    /// first use (`bytearray`), or a NameError.
    pub fn missing_name(&mut self, name: &str, frame: &Frame) -> PyResult<Value> {
        let module = match name {
            "bytearray" => "_bytearray",
            _ => return Err(self.name_error(name, Some(frame))),
        };
        let m = self.import_module(module)?;
        let v = self.get_attr_str(&m, name)?;
        crate::objects::dict_set_str(&self.builtins, name, v.clone());
        Ok(v)
    }

    /// NameError for `name`, with CPython's "Did you mean" suggestion taken
    /// from the frame's locals, globals and builtins.
    pub fn name_error(&mut self, name: &str, frame: Option<&Frame>) -> PyErr {
        let e = self.new_exception("NameError", &format!("name '{}' is not defined", name));
        let mut suggestion = None;
        if let Some(f) = frame {
            let locals: Vec<String> = f.code.code.varnames.clone();
            suggestion = crate::vm::suggest::suggest(name, &locals);
            if suggestion.is_none() {
                let g: Vec<String> = f.globals.data.borrow().keys().iter().filter_map(|k| k.as_str().map(String::from)).collect();
                suggestion = crate::vm::suggest::suggest(name, &g);
            }
            if suggestion.is_none() {
                let b: Vec<String> = self.builtins.data.borrow().keys().iter().filter_map(|k| k.as_str().map(String::from)).collect();
                suggestion = crate::vm::suggest::suggest(name, &b);
            }
        }
        if let PyErr::Exception(v) = &e {
            if let Value::Instance(i) = v {
                dict_set_str(&i.dict, "name", Value::str(name));
                if let Some(s) = suggestion {
                    dict_set_str(&i.dict, "_pygil_suggestion", Value::string(s));
                }
            }
        }
        e
    }

    /// AttributeError remembering the object and name for the suggestion
    /// printed with the traceback.
    pub fn attribute_error(&mut self, msg: &str, obj: &Value, name: &Rc<PyStr>) -> PyErr {
        let e = self.new_exception("AttributeError", msg);
        if let PyErr::Exception(Value::Instance(i)) = &e {
            dict_set_str(&i.dict, "name", Value::Str(name.clone()));
            dict_set_str(&i.dict, "obj", obj.clone());
        }
        e
    }

    pub fn is_instance_of(&self, v: &Value, class_name: &str) -> bool {
        let target = match self.types.exceptions.get(class_name) {
            Some(c) => c.clone(),
            None => return false,
        };
        match v {
            Value::Instance(i) => i.class().is_subclass(&target),
            _ => false,
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub(crate) fn make_raise(&mut self, exc: Option<Value>, cause: Option<Value>) -> PyErr {
        let exc = match exc {
            None => {
                return match self.threads[self.current].handled.clone() {
                    Some(e) => PyErr::Exception(e),
                    None => self.new_exception("RuntimeError", "No active exception to reraise"),
                };
            }
            Some(e) => match self.to_exception(e) {
                Ok(e) => e,
                Err(err) => return err,
            },
        };
        if let Some(c) = cause {
            let cause = if c.is_none() {
                None
            } else {
                match self.to_exception(c) {
                    Ok(c) => Some(c),
                    Err(_) => return self.new_exception("TypeError", "exception causes must derive from BaseException"),
                }
            };
            if let Value::Instance(i) = &exc {
                if let Some(d) = i.exc() {
                    *d.cause.borrow_mut() = cause;
                    d.suppress_context.set(true);
                }
            }
        }
        PyErr::Exception(exc)
    }

    /// An exception instance from `raise X` (a class is instantiated).
    fn to_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.is_subclass(&self.types.base_exception) => {
                let inst = self.call(&v, Vec::new(), Vec::new())?;
                if !self.is_exception(&inst) {
                    let tn = self.type_name(&inst);
                    let r = self.repr(&v)?;
                    return Err(self.new_exception(
                        "TypeError",
                        &format!("calling {} should have returned an instance of BaseException, not {}", r, tn),
                    ));
                }
                Ok(inst)
            }
            _ if self.is_exception(&v) => Ok(v),
            _ => Err(self.new_exception("TypeError", "exceptions must derive from BaseException")),
        }
    }

    pub fn is_exception(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc().is_some())
    }

    /// `except typ:` matching.
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&self.types.base_exception) {
                    return Err(self.new_exception("TypeError", "catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(self.type_of(exc).is_subclass(c))
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if self.exception_matches(exc, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.new_exception("TypeError", "catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Implicit chaining: an exception raised while `prev` was being handled.
    pub(crate) fn set_context(&mut self, exc: &Value, prev: &Option<Value>) {
        let prev = match prev {
            Some(p) if !p.is(exc) => p,
            _ => return,
        };
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                if d.context.borrow().is_none() {
                    // Break a cycle exc -> ... -> prev -> exc.
                    let mut cur = Some(prev.clone());
                    let mut depth = 0;
                    while let Some(c) = cur {
                        if c.is(exc) || depth > 100 {
                            return;
                        }
                        cur = match &c {
                            Value::Instance(ci) => ci.exc().and_then(|e| e.context.borrow().clone()),
                            _ => None,
                        };
                        depth += 1;
                    }
                    *d.context.borrow_mut() = Some(prev.clone());
                }
            }
        }
    }

    pub(crate) fn set_cause(&mut self, exc: &Value, cause: &Value) {
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                *d.cause.borrow_mut() = Some(cause.clone());
                d.suppress_context.set(true);
            }
        }
    }

    pub fn stop_iteration(&mut self, v: Value) -> PyErr {
        let args = if v.is_none() { Vec::new() } else { vec![v] };
        self.new_exception_args("StopIteration", args)
    }

    /// The value of a StopIteration (`None` if `e` is something else).
    pub(crate) fn stop_iteration_value(&mut self, e: &PyErr) -> Option<Value> {
        let v = e.exception()?;
        if !self.is_instance_of(v, "StopIteration") {
            return None;
        }
        match v {
            Value::Instance(i) => Some(i.exc()?.args.borrow().first().cloned().unwrap_or(Value::None)),
            _ => None,
        }
    }

    /// Record that `exc` passed through `code` at instruction `pc`.
    pub(crate) fn add_traceback(&mut self, exc: &Value, code: &Rc<CodeRef>, pc: usize) {
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                d.traceback.borrow_mut().push(TbEntry { code: code.clone(), pc });
            }
        }
    }

    /// The `tb` argument of `__exit__` and `__traceback__`.
    pub(crate) fn traceback_object(&mut self, exc: &Value) -> Value {
        match exc {
            Value::Instance(i) => match i.exc() {
                Some(d) if !d.traceback.borrow().is_empty() => crate::vm::traceback::traceback_value(self, &d.traceback.borrow()),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// The traceback object of an exception (`sys.exc_info()[2]`).
    pub fn traceback_of(vm: &mut Vm, exc: &Value) -> Value {
        vm.traceback_object(exc)
    }

    pub fn builtins_get(&self, name: &str) -> Value {
        dict_get_str(&self.builtins, name).unwrap_or(Value::None)
    }
}
