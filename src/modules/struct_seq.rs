//! Named read-only tuples of native modules (`sys.version_info`,
//! `sys.float_info`): a tuple subclass whose instance also holds each
//! field as an attribute, with the repr `module.name(field=value, ...)`.

use crate::builtins::add_method;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// An instance of a new struct sequence type `module.name` with these fields.
pub fn make(vm: &mut Vm, module: &str, name: &str, fields: &[(&str, Value)]) -> Value {
    let cls = crate::vm::types::new_class(name, vec![vm.types.tuple.clone()], BaseKind::Tuple, true, module);
    let names = fields.iter().map(|(n, _)| Value::str(n)).collect();
    dict_set_str(&cls.dict, "_fields", Value::tuple(names));
    dict_set_str(&cls.dict, "n_fields", Value::Int(fields.len() as i64));
    dict_set_str(&cls.dict, "n_sequence_fields", Value::Int(fields.len() as i64));
    dict_set_str(&cls.dict, "n_unnamed_fields", Value::Int(0));
    add_method(&cls, "__repr__", repr);
    add_method(&cls, "__str__", repr);
    let items = fields.iter().map(|(_, v)| v.clone()).collect();
    let inst = Instance { class: RefCell::new(cls), dict: Rc::new(PyDict::new()), payload: Payload::Builtin(RefCell::new(Value::tuple(items))) };
    for (n, v) in fields {
        dict_set_str(&inst.dict, n, v.clone());
    }
    Value::Instance(Rc::new(inst))
}

/// The field names and values of a struct sequence instance.
fn fields(vm: &mut Vm, v: &Value) -> (Vec<Value>, Vec<Value>) {
    let names = match v {
        Value::Instance(i) => match dict_get_str(&i.class.borrow().dict, "_fields") {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let values = match vm.payload_of(v) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    (names, values)
}

fn repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (names, values) = fields(vm, &args[0]);
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(values.iter()) {
        parts.push(format!("{}={}", vm.to_str(n)?, vm.repr(v)?));
    }
    let cls = vm.type_of(&args[0]);
    let module = cls.module.borrow().clone();
    Ok(Value::string(format!("{}.{}({})", module, cls.name(), parts.join(", "))))
}
