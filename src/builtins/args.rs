//! Argument checking for built-ins, with CPython's messages.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Check the number of positional arguments (`self` excluded by the caller).
#[inline]
pub fn check_nargs(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{}() takes exactly one argument ({} given)", name, n)
    } else if min == max && min == 0 {
        format!("{}() takes no arguments ({} given)", name, n)
    } else if min == max {
        format!("{} expected {} arguments, got {}", name, min, n)
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
    };
    Err(vm.new_exception("TypeError", &msg))
}

pub fn no_kwargs(vm: &mut Vm, name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.new_exception("TypeError", &format!("{}() takes no keyword arguments", name)))
    }
}

/// `no_kwargs` then `check_nargs` for the method `owner.name`: the full
/// name is only formatted for the error (these checks run on every call).
#[inline]
pub fn check_method_args(vm: &mut Vm, owner: &str, name: &str, kwargs: &KwArgs, n: usize, min: usize, max: usize) -> PyResult<()> {
    if kwargs.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    let full = format!("{}.{}", owner, name);
    no_kwargs(vm, &full, kwargs)?;
    check_nargs(vm, &full, n, min, max)
}

/// Take a keyword argument out of `kwargs`.
pub fn take_kw(kwargs: &mut KwArgs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| k.as_str() == name)?;
    Some(kwargs.remove(i).1)
}

/// Reject keyword arguments left after the known ones were taken.
pub fn no_more_kwargs(vm: &mut Vm, fname: &str, kwargs: &KwArgs) -> PyResult<()> {
    match kwargs.first() {
        None => Ok(()),
        Some((k, _)) => Err(vm.new_exception("TypeError", &format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str()))),
    }
}

/// Positional argument `i`, or the keyword `name`.
pub fn arg_or_kw(args: &[Value], i: usize, kwargs: &mut KwArgs, name: &str) -> Option<Value> {
    match args.get(i) {
        Some(v) => Some(v.clone()),
        None => take_kw(kwargs, name),
    }
}

impl Vm {
    /// An int argument (`__index__`), with CPython's TypeError.
    pub fn int_arg(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match self.index_value(v)? {
            Some(i) => Ok(i),
            None => {
                let tn = self.type_name(v);
                let _ = what;
                Err(self.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)))
            }
        }
    }

    /// A float argument (int or float).
    pub fn float_arg(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => crate::format::bigint_to_f64(b).map_err(|m| self.new_exception("OverflowError", &m)),
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__float__") {
                    let r = self.call1(&f, v.clone())?;
                    return self.float_arg(&r);
                }
                if let Some(p) = self.payload_of(v) {
                    return self.float_arg(&p);
                }
                let tn = self.type_name(v);
                Err(self.new_exception("TypeError", &format!("must be real number, not {}", tn)))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.new_exception("TypeError", &format!("must be real number, not {}", tn)))
            }
        }
    }

    /// A str argument.
    pub fn str_arg(&mut self, v: &Value, fname: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => match self.payload_of(v) {
                Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                _ => {
                    let tn = self.type_name(v);
                    Err(self.new_exception("TypeError", &format!("{}() argument must be str, not {}", fname, tn)))
                }
            },
        }
    }
}
