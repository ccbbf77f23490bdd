//! The one error type of the embedding API: a Python exception as plain
//! Rust data. Host functions return it to raise in Python; calls into
//! Python return it when Python raised.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, Vm};
use std::rc::Rc;

/// A Python exception as plain Rust data.
///
/// From a failed call into Python all three fields are filled in. To raise
/// from a host function, make one with [`PyException::new`] (or a helper
/// such as [`PyException::value_error`]); the traceback is left empty and
/// Python adds its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyException {
    /// The exception class name, e.g. `ZeroDivisionError`. A name that is not
    /// a built-in exception (`GeometryError`, `geometry.GeometryError`) gets
    /// its own class, derived from `Exception`, made on first use.
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The full text CPython would print (`Traceback (most recent call
    /// last): ...`); empty for exceptions made in Rust.
    pub traceback: String,
}

impl PyException {
    /// An exception of class `type_name` with `message` as its argument.
    pub fn new(type_name: impl Into<String>, message: impl Into<String>) -> PyException {
        PyException { type_name: type_name.into(), message: message.into(), traceback: String::new() }
    }
    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> PyException {
        PyException::new("TypeError", message)
    }
    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> PyException {
        PyException::new("ValueError", message)
    }
    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> PyException {
        PyException::new("RuntimeError", message)
    }
}

impl std::fmt::Display for PyException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.traceback.is_empty() {
            return f.write_str(self.traceback.trim_end());
        }
        if self.message.is_empty() {
            f.write_str(&self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for PyException {}

impl Vm {
    /// Describe a raised exception value as a [`PyException`].
    pub fn describe_exception(&mut self, e: &Value) -> PyException {
        let type_name = self.type_name(e);
        let message = self.to_str(e).unwrap_or_default();
        let traceback = self.format_exception(e);
        PyException { type_name, message, traceback }
    }

    /// The same for a failed VM call (`Blocked` never reaches the host;
    /// it is reported as a RuntimeError rather than a panic).
    pub fn describe_err(&mut self, e: PyErr) -> PyException {
        match e {
            PyErr::Exception(v) => self.describe_exception(&v),
            PyErr::Blocked => PyException::runtime_error("the call blocked where it cannot"),
        }
    }

    /// Raise a host's [`PyException`] in Python.
    pub fn raise_host(&mut self, e: &PyException) -> PyErr {
        let cls = self.exception_class_named(&e.type_name);
        let args = if e.message.is_empty() { Vec::new() } else { vec![Value::str(&e.message)] };
        PyErr::Exception(self.exception_instance(&cls, args))
    }

    /// A built-in exception class, or a host-defined one (made on first use).
    pub fn exception_class_named(&mut self, name: &str) -> Rc<Class> {
        if let Some(c) = self.types.exceptions.get(name) {
            return c.clone();
        }
        if let Some(c) = self.host_exceptions.get(name) {
            return c.clone();
        }
        let (module, short) = match name.rsplit_once('.') {
            Some((m, s)) => (m, s),
            None => ("builtins", name),
        };
        let base = self.types.exc("Exception");
        let c = crate::vm::types::new_class(short, vec![base], BaseKind::Exception, false, module);
        self.host_exceptions.insert(name.to_string(), c.clone());
        c
    }
}
