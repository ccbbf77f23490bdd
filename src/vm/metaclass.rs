//! Metaclasses: which metaclass a class statement uses (the most derived
//! of the explicit one and those of the bases), and the metaclass's
//! `__call__` and `__repr__` hooks on its classes.

use super::{PyResult, Vm};
use crate::objects::{Class, Descriptor};
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    /// CPython's `_PyType_CalculateMetaclass`: the explicit metaclass (or
    /// `type`) replaced by a base's metaclass that is a subclass of it.
    /// A metaclass that is not a class (a function) is used as given.
    pub(crate) fn derived_metaclass(&mut self, meta: Value, bases: &[Value]) -> PyResult<Value> {
        let Value::Class(mut winner) = meta else {
            return Ok(meta);
        };
        for b in bases {
            let Value::Class(bc) = b else { continue };
            let bm = self.type_of(&Value::Class(bc.clone()));
            if winner.is_subclass(&bm) {
                continue;
            }
            if bm.is_subclass(&winner) {
                winner = bm;
                continue;
            }
            return Err(self.new_exception(
                "TypeError",
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(Value::Class(winner))
    }

    /// A `__call__` written in Python on the class's metaclass.
    pub(crate) fn metaclass_call(&mut self, cls: &Rc<Class>) -> Option<Value> {
        let meta = cls.meta.borrow().clone()?;
        let h = self.intern("__call__").hash();
        match meta.lookup("__call__", h) {
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// `repr(cls)` by the metaclass's Python `__repr__`, if it has one.
    pub(crate) fn metaclass_repr(&mut self, cls: &Rc<Class>) -> PyResult<Option<String>> {
        let Some(meta) = cls.meta.borrow().clone() else {
            return Ok(None);
        };
        let h = self.intern("__repr__").hash();
        match meta.lookup("__repr__", h) {
            Some(f @ Value::Function(_)) => {
                let r = self.call1(&f, Value::Class(cls.clone()))?;
                Ok(Some(self.to_str(&r)?))
            }
            _ => Ok(None),
        }
    }

    /// The class a `type.__new__(mcls, ...)` call should get as metaclass.
    pub(crate) fn metaclass_of_new(&self, mcls: &Value) -> Option<Rc<Class>> {
        match mcls {
            Value::Class(m) if !Rc::ptr_eq(m, &self.types.type_) && m.is_subclass(&self.types.type_) => Some(m.clone()),
            _ => None,
        }
    }
}

/// `Descriptor::StaticMethod` wrapping, for `type.__new__`.
pub(crate) fn static_method(f: Value) -> Value {
    Value::Descriptor(Rc::new(Descriptor::StaticMethod(f)))
}
