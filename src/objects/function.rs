//! Functions, code objects as loaded into an interpreter, bound methods and
//! built-in functions.

use super::dict::PyDict;
use super::str::PyStr;
use super::CellObj;
use crate::bytecode::CodeObject;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// A code object loaded into one interpreter: the shared immutable code plus
/// its constants and names turned into this interpreter's values once.
pub struct CodeRef {
    pub code: Arc<CodeObject>,
    pub consts: Vec<Value>,
    /// `code.names` interned as str values (attribute and global lookups).
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub filename: Rc<str>,
    /// Plain positional parameters only, no cells, not a generator: a call
    /// with exactly `argcount` positional arguments moves them straight
    /// into the new frame (the fast call path).
    pub simple: bool,
    /// Where each `LOAD_GLOBAL` name was found last (see `vm::global_cache`).
    pub globals_cache: crate::vm::global_cache::GlobalCache,
    /// Per-name caches of `obj.name` on instances (see `vm::attr_sites`).
    pub attr_sites: crate::vm::attr_sites::AttrSites,
}

pub struct Function {
    pub code: Rc<CodeRef>,
    pub globals: Rc<PyDict>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Option<Rc<PyDict>>,
    pub closure: Vec<Rc<CellObj>>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// Function attributes (`f.calls = 0`, `__wrapped__`...), created on demand.
    pub dict: RefCell<Option<Rc<PyDict>>>,
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// Keyword arguments as passed to built-ins: (name, value) in call order.
pub type KwArgs = Vec<(Rc<PyStr>, Value)>;

/// A built-in's implementation. Methods get `self` as `args[0]`.
pub type BuiltinFn = fn(&mut Vm, Vec<Value>, KwArgs) -> PyResult<Value>;

/// Host closures registered through the embedding API. `Send`: they move
/// with their interpreter (see src/embed/thread_safety.rs).
pub type HostFn = Rc<dyn Fn(&mut Vm, Vec<Value>, KwArgs) -> PyResult<Value> + Send>;

/// A method's fast entry for a call with no argument besides `self`: no
/// argument vector, no call-site bookkeeping. It declines when it would
/// block, raise or need its call site, and the ordinary entry runs instead.
pub type FastMethod0 = fn(&mut Vm, &Value) -> FastResult;

/// What a fast entry gives: a small result, returned in a register (a
/// `Value` returned through memory and then moved costs a store-forwarding
/// stall per call).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FastResult {
    Declined,
    None,
    Bool(bool),
}

impl FastResult {
    #[inline(always)]
    pub fn value(self) -> Option<Value> {
        match self {
            FastResult::Declined => Option::None,
            FastResult::None => Some(Value::None),
            FastResult::Bool(b) => Some(Value::Bool(b)),
        }
    }
}

/// A built-in's entry for its common case, positional arguments only
/// (`self` first for a method): the dispatch loops call it straight from
/// the value stack, with no argument vector and no VM. It answers only
/// when that cannot fail, block, run Python code or need the call site;
/// otherwise it returns `None` having changed nothing, and the ordinary
/// entry runs instead, from the start.
pub type QuickFn = fn(&[Value]) -> Option<Value>;

#[derive(Clone)]
pub enum BuiltinImpl {
    Fn(BuiltinFn),
    Host(HostFn),
}

pub struct BuiltinFunction {
    pub name: String,
    /// `"str"` for `str.upper`: repr `<method 'upper' of 'str' objects>`;
    /// empty for module functions: `<built-in function len>`.
    pub owner: String,
    pub imp: BuiltinImpl,
    /// `__module__` of module-level built-ins (`time`, `builtins`).
    pub module: String,
    /// For methods: the fast entry used by `obj.name()` (see `FastMethod0`).
    pub fast0: Option<FastMethod0>,
    /// The entry for calls with positional arguments only, which needs no
    /// VM (see `QuickFn`).
    pub quick: Option<QuickFn>,
}

impl BuiltinFunction {
    pub fn new(name: &str, f: BuiltinFn) -> BuiltinFunction {
        BuiltinFunction { name: name.to_string(), owner: String::new(), imp: BuiltinImpl::Fn(f), module: String::new(), fast0: None, quick: None }
    }
}
