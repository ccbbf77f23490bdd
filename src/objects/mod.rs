//! Heap objects: one file per family. The `Value` enum (value.rs) points at
//! these through `Rc`.

mod class;
mod dict;
mod function;
mod iter;
mod range;
mod set;
mod str;

pub use self::str::PyStr;
pub use class::{c3_mro_rest as class_c3, BaseKind, Class, ExcData, Instance, Payload, TbEntry, HAS_DELATTR, HAS_GETATTR, HAS_GETATTRIBUTE, HAS_SETATTR, NO_DICT, STATIC_TYPE};
pub use self::str::siphash13 as str_siphash;
pub use self::str::cpython_str_hash as str_hash;
pub use dict::{fast_key_eq, DictData, DictEntry, Probe, PyDict};
pub use function::{BoundMethod, BuiltinFn, BuiltinFunction, BuiltinImpl, CodeRef, FastMethod0, FastResult, Function, HostFn, KwArgs, QuickFn};
pub use iter::{IterKind, IterObj};
pub use range::{BigRange, RangeObj};
pub use set::{PySet, SetData, SetProbe};

use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { items: RefCell::new(items) }
    }
}

/// A `complex` number: two doubles, behind an `Rc` in `Value::Complex`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct CellObj {
    pub value: RefCell<Value>,
}

impl CellObj {
    pub fn new(v: Value) -> CellObj {
        CellObj { value: RefCell::new(v) }
    }
}

pub struct Module {
    pub name: String,
    pub dict: Rc<PyDict>,
}

/// A suspended generator: it owns its frame while not running.
pub struct Generator {
    pub frame: RefCell<Option<Box<crate::vm::Frame>>>,
    pub running: Cell<bool>,
    pub name: String,
    pub qualname: String,
    /// The exception states swapped on resume and suspension (see
    /// `vm/gen_exc.rs`).
    pub exc: RefCell<GenExcState>,
}

/// A suspended generator keeps its own "exception being handled" apart
/// from its resumer's, as CPython's `gi_exc_state` does: a `yield` inside an
/// `except` block must not leak the exception into the caller.
#[derive(Default, Clone)]
pub struct GenExcState {
    /// The resumer's handled exception, restored when the generator yields.
    pub caller: Option<Value>,
    /// The generator's own handled exception while it is suspended.
    pub own: Option<Value>,
}

/// Objects implemented in Rust by built-in modules. Their methods live in
/// `class`'s dict as builtins that downcast `data`.
pub struct NativeObj {
    pub class: Rc<Class>,
    pub data: Box<dyn Any>,
}

impl NativeObj {
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        self.data.downcast_ref::<T>()
    }

    /// For `with obj:` on a native context manager whose `__enter__` and
    /// `__exit__` have fast entries (locks; the `__exit__` ignores its
    /// arguments): the `__exit__` built-in and `__enter__`'s fast entry.
    pub fn fast_with(&self) -> Option<(Value, FastMethod0)> {
        static HASHES: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
        let (he, hx) = *HASHES.get_or_init(|| (str::cpython_str_hash("__enter__"), str::cpython_str_hash("__exit__")));
        let enter = match self.class.lookup("__enter__", he) {
            Some(Value::Builtin(b)) => b.fast0?,
            _ => return None,
        };
        match self.class.lookup("__exit__", hx) {
            Some(x @ Value::Builtin(_)) if is_fast_exit(&x) => Some((x, enter)),
            _ => None,
        }
    }
}

/// A native `__exit__` with a fast entry: it ignores its arguments, so the
/// end of a `with` block may call it without them.
#[inline]
pub fn is_fast_exit(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.fast0.is_some() && b.name == "__exit__")
}

pub enum Descriptor {
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: attribute lookup starts after `type` in obj's MRO.
    Super { typ: Rc<Class>, obj: Value },
}

/// Look a str key up in a dict without running Python code.
pub fn dict_get_str(d: &PyDict, key: &str) -> Option<Value> {
    let h = str::cpython_str_hash(key);
    d.data.borrow().get_str(key, h).cloned()
}

/// Set a str key in a dict without running Python code.
pub fn dict_set_str(d: &PyDict, key: &str, value: Value) {
    dict_set_pystr(d, Rc::new(PyStr::new(key.to_string())), value)
}

pub fn dict_set_pystr(d: &PyDict, key: Rc<PyStr>, value: Value) {
    let h = key.hash();
    let k = Value::Str(key);
    let mut data = d.data.borrow_mut();
    match data.probe(h, &k) {
        dict::Probe::Found(ix) => data.set_value_at(ix, value),
        _ => data.insert_new(h, k, value),
    }
}

/// Remove a str key whose hash the str has cached (an attribute name from
/// code); returns the old value.
pub fn dict_del_pystr(d: &PyDict, key: &Rc<PyStr>) -> Option<Value> {
    let h = key.hash();
    let k = Value::Str(key.clone());
    let mut data = d.data.borrow_mut();
    match data.probe(h, &k) {
        dict::Probe::Found(ix) => data.remove_at(ix).map(|e| e.value),
        _ => None,
    }
}

/// Remove a str key; returns the old value.
pub fn dict_del_str(d: &PyDict, key: &str) -> Option<Value> {
    let h = str::cpython_str_hash(key);
    let k = Value::str(key);
    let mut data = d.data.borrow_mut();
    match data.probe(h, &k) {
        dict::Probe::Found(ix) => data.remove_at(ix).map(|e| e.value),
        _ => None,
    }
}
