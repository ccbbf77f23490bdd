//! Classes (built-in and user-defined) and their instances.

use super::dict::PyDict;
use super::function::BuiltinFn;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which built-in layout instances of a class carry: user subclasses of
/// `list`, `dict`, `Exception` ... keep the built-in value in their payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Exception,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    /// Types whose values are never `Instance`s (function, module, NoneType...).
    Other,
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: Vec<Rc<Class>>,
    /// The MRO after the class itself (C3 linearisation).
    pub mro_rest: Vec<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub base_kind: BaseKind,
    /// Defined by the interpreter (repr `<class 'int'>`, not `__main__.X`).
    pub builtin: bool,
    /// For built-in types: the constructor `cls(*args, **kw)`.
    pub ctor: Cell<Option<BuiltinFn>>,
    /// Cached: does any class in the MRO define `__getattr__`, `__setattr__`...
    pub flags: Cell<u32>,
    /// How many attributes `__init__` gave the last instance: new
    /// instances' dicts are made that big, so they do not grow key by key.
    pub inst_size: Cell<u32>,
    /// The metaclass when it is not `type` (`class C(metaclass=Meta)`).
    pub meta: RefCell<Option<Rc<Class>>>,
}

pub const HAS_GETATTR: u32 = 1;
pub const HAS_SETATTR: u32 = 2;
pub const HAS_GETATTRIBUTE: u32 = 4;
pub const HAS_DELATTR: u32 = 8;
/// Instances have no `__dict__`: `__slots__` all the way up to `object`.
pub const NO_DICT: u32 = 16;
/// A class of a library module written in Python that stands in for one of
/// CPython's C types: error messages name it `module.name` (the C type's
/// tp_name, `datetime.date`). Not inherited: a subclass is a heap type.
pub const STATIC_TYPE: u32 = 32;

impl Class {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The name error messages use (CPython's tp_name): `module.name` for
    /// the classes that stand in for C types, the plain name otherwise.
    pub fn tp_name(&self) -> String {
        if self.flags.get() & STATIC_TYPE != 0 {
            return format!("{}.{}", self.module.borrow(), self.name.borrow());
        }
        self.name()
    }

    /// `self` followed by the rest of its MRO.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = Vec::with_capacity(self.mro_rest.len() + 1);
        v.push(self.clone());
        v.extend(self.mro_rest.iter().cloned());
        v
    }

    /// Look a name up along the MRO (class attribute lookup).
    pub fn lookup(&self, name: &str, hash: u64) -> Option<Value> {
        if let Some(v) = self.dict.data.borrow().get_str(name, hash) {
            return Some(v.clone());
        }
        for c in &self.mro_rest {
            if let Some(v) = c.dict.data.borrow().get_str(name, hash) {
                return Some(v.clone());
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_rest.iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// C3 linearisation: the MRO after the class itself, or `None` when the
/// bases admit no consistent order.
pub fn c3_mro_rest(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let c = candidate?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// One line of a traceback: the code object's file and name, and the line.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<super::function::CodeRef>,
    pub pc: usize,
}

/// The state every exception instance carries.
#[derive(Default)]
pub struct ExcData {
    pub args: RefCell<Vec<Value>>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
}

pub enum Payload {
    None,
    /// Boxed: most instances are not exceptions and stay small.
    Exception(Box<ExcData>),
    /// The built-in value behind a subclass of list/dict/int/str/tuple/set.
    Builtin(RefCell<Value>),
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub payload: Payload,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
    pub fn exc(&self) -> Option<&ExcData> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}
