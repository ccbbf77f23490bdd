//! The `builtins` module and the methods of the built-in types. One file
//! per family: functions (this file), constructors, and the methods of
//! str, list/tuple, dict/set, numbers, and object/type/exception.

mod args;
mod bytes_methods;
mod compile;
pub(crate) mod complex_methods;
#[cfg(test)]
mod container_tests;
mod ctors;
mod dict_methods;
mod functions;
mod generator_methods;
mod iter_builtins;
mod list_methods;
mod num_methods;
mod object_methods;
mod print;
mod range_slice_methods;
mod str_format;
mod str_methods;
mod timsort;

pub use args::*;
pub use str_methods::decimal_value;
pub(crate) use str_methods::{is_alpha, is_decimal, is_numeric, py_isspace};

use crate::objects::*;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// A built-in function value.
pub fn builtin(name: &str, f: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction::new(name, f)))
}

/// Register a module-level built-in in a namespace.
pub fn add_fn(d: &PyDict, module: &str, name: &str, f: BuiltinFn) {
    let mut b = BuiltinFunction::new(name, f);
    b.module = module.to_string();
    dict_set_str(d, name, Value::Builtin(Rc::new(b)));
}

/// Register a module-level built-in with a quick entry (see `QuickFn`).
pub fn add_fn_quick(d: &PyDict, module: &str, name: &str, f: BuiltinFn, quick: QuickFn) {
    let mut b = BuiltinFunction::new(name, f);
    b.module = module.to_string();
    b.quick = Some(quick);
    dict_set_str(d, name, Value::Builtin(Rc::new(b)));
}

/// Register a method on a built-in class (`self` is `args[0]`).
pub fn add_method(cls: &Rc<Class>, name: &str, f: BuiltinFn) {
    add_method_with(cls, name, f, None);
}

/// Register a method on a built-in class, with its quick entry if any.
pub fn add_method_with(cls: &Rc<Class>, name: &str, f: BuiltinFn, quick: Option<QuickFn>) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = cls.name();
    b.quick = quick;
    dict_set_str(&cls.dict, name, Value::Builtin(Rc::new(b)));
}

/// Register a read-only property on a built-in class.
pub fn add_getter(cls: &Rc<Class>, name: &str, f: BuiltinFn) {
    let g = builtin(name, f);
    let p = Descriptor::Property { fget: g, fset: Value::None, fdel: Value::None, doc: Value::None };
    dict_set_str(&cls.dict, name, Value::Descriptor(Rc::new(p)));
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, cls) in vm.types.named() {
        dict_set_str(&b, name, Value::Class(cls));
    }
    dict_set_str(&b, "None", Value::None);
    dict_set_str(&b, "True", Value::Bool(true));
    dict_set_str(&b, "False", Value::Bool(false));
    dict_set_str(&b, "NotImplemented", Value::NotImplemented);
    dict_set_str(&b, "Ellipsis", Value::Ellipsis);
    dict_set_str(&b, "__debug__", Value::Bool(true));
    dict_set_str(&b, "__name__", Value::str("builtins"));
    dict_set_str(&b, "EnvironmentError", Value::Class(vm.types.exc("OSError")));
    dict_set_str(&b, "IOError", Value::Class(vm.types.exc("OSError")));
    functions::install(vm, &b);
    print::install(vm, &b);
    compile::install(&b);
    iter_builtins::install(vm, &b);
    ctors::install(vm);
    object_methods::install(vm);
    str_methods::install(vm);
    bytes_methods::install(vm);
    list_methods::install(vm);
    generator_methods::install(vm);
    range_slice_methods::install(vm);
    dict_methods::install(vm);
    num_methods::install(vm);
    complex_methods::install(vm);
    crate::modules::io::install_builtins(vm);
    let bm = Value::Module(Rc::new(Module { name: "builtins".into(), dict: b.clone() }));
    dict_set_str(&vm.modules, "builtins", bm);
}
