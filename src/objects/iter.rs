//! Built-in iterator objects (`iter([])`, `enumerate`, `zip`, `map`, dict
//! views...). Their `__next__` lives in the VM (vm/iterate.rs) because some
//! kinds call back into Python.

use super::{PyDict, PyList, PySet, PyStr};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub enum IterKind {
    List { list: Rc<PyList>, idx: usize },
    Tuple { tuple: Rc<Vec<Value>>, idx: usize },
    Range { cur: i64, step: i64, remaining: i64 },
    Str { s: Rc<PyStr>, byte_pos: usize },
    Bytes { b: Rc<Vec<u8>>, idx: usize },
    /// What: 0 keys, 1 values, 2 items.
    Dict { dict: Rc<PyDict>, slot: usize, what: u8, len: usize },
    Set { set: Rc<PySet>, slot: usize, len: usize },
    Enumerate { inner: Value, count: Value },
    Zip { iters: Vec<Value>, strict: bool },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, iter: Value },
    Reversed { seq: Value, idx: i64 },
    /// `for x in obj` where obj only has `__getitem__`.
    SeqIter { obj: Value, idx: i64 },
    /// `iter(callable, sentinel)`
    CallIter { func: Value, sentinel: Value },
    /// A fixed list of values (dict views snapshots, sorted results...).
    Values { items: Vec<Value>, idx: usize },
    Exhausted,
}

pub struct IterObj {
    pub kind: RefCell<IterKind>,
    /// Python type name: list_iterator, enumerate, zip, map...
    pub type_name: &'static str,
}

impl IterObj {
    pub fn new(type_name: &'static str, kind: IterKind) -> IterObj {
        IterObj { kind: RefCell::new(kind), type_name }
    }
}
