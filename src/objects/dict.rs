//! `dict`: insertion-ordered hash table (CPython's compact layout: a sparse
//! index table over a dense entry array).
//!
//! Hashing and equality of keys may need Python code (`__hash__`, `__eq__`
//! of instances), which the VM runs. So this table never calls back: a
//! probe resolves keys whose equality is decidable without Python (str, int,
//! float, None, identity) and hands the VM the remaining candidates.

use crate::value::Value;
use std::cell::RefCell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct DictEntry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// A class's namespace: every change invalidates the VM's attribute
    /// lookup caches (`vm::attr_cache`).
    watched: bool,
    /// Changes whenever a key is added or removed (entry indices may move);
    /// not when a value is replaced. `vm::global_cache` remembers where a
    /// global lives under one layout.
    layout: u32,
}

pub struct PyDict {
    pub data: RefCell<DictData>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict { data: RefCell::new(DictData::default()) }
    }
    pub fn with_data(d: DictData) -> PyDict {
        PyDict { data: RefCell::new(d) }
    }
    /// An empty dict with room for `n` keys (no resize until then).
    pub fn with_capacity(n: usize) -> PyDict {
        let mut d = DictData::default();
        if n > 0 {
            d.entries.reserve_exact(n);
            d.resize(n * 3 / 2 + 1);
        }
        PyDict { data: RefCell::new(d) }
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

/// The outcome of probing for a key.
pub enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// Not present (no candidate needs Python equality).
    Missing,
    /// Entries with the same hash whose equality needs `__eq__`.
    Candidates(Vec<usize>),
}

/// Equality decidable without running Python code; `None` when it is not.
#[inline]
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) if x.unsigned_abs() < (1u64 << 53) => (*x as f64) == *y,
        (Int(_), Float(_)) | (Float(_), Int(_)) => return Option::None,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Bool(x), Bool(y)) => x == y,
        (BigInt(x), BigInt(y)) => x == y,
        (None, None) => true,
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_key_eq(p, q) {
                    Some(true) => {}
                    Some(false) => return Some(false),
                    Option::None => return Option::None,
                }
            }
            true
        }
        (Bytes(x), Bytes(y)) => x == y,
        // Distinct kinds of plain scalars never compare equal (a BigInt
        // holds only values outside i64; against a float it needs the exact
        // comparison).
        (Str(_) | Int(_) | Float(_) | Bool(_) | BigInt(_) | None | Bytes(_), Str(_) | Int(_) | Float(_) | Bool(_) | BigInt(_) | None | Bytes(_))
            if !matches!((a, b), (BigInt(_) | Int(_), Float(_)) | (Float(_), BigInt(_) | Int(_))) =>
        {
            false
        }
        // Containers and everything else may define equality structurally
        // (`[1] == [1]`, `{1} == frozenset({1})`) or in Python.
        _ => return Option::None,
    })
}

impl DictData {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Probe for `key` with precomputed `hash`.
    pub fn probe(&self, hash: u64, key: &Value) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        let mut slow = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                break;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        match fast_key_eq(&e.key, key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => slow.push(ix as usize),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        if slow.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(slow)
        }
    }

    #[inline(always)]
    pub fn entry(&self, ix: usize) -> Option<&DictEntry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Mark this table as a class namespace (see `watched`).
    pub fn watch(&mut self) {
        self.watched = true;
        crate::vm::attr_cache::invalidate_all();
    }

    #[inline]
    fn changed(&self) {
        if self.watched {
            crate::vm::attr_cache::invalidate_all();
        }
    }

    /// See `layout`.
    #[inline]
    pub fn layout(&self) -> u32 {
        self.layout
    }

    /// Replace the value of the live entry at `ix`, returning the old one
    /// (for the caller to drop once the table is no longer borrowed).
    #[inline]
    pub fn replace_value_at(&mut self, ix: usize, value: Value) -> Value {
        self.changed();
        match self.entries.get_mut(ix) {
            Some(Some(e)) => std::mem::replace(&mut e.value, value),
            _ => value,
        }
    }

    pub fn set_value_at(&mut self, ix: usize, value: Value) {
        self.changed();
        if let Some(Some(e)) = self.entries.get_mut(ix) {
            e.value = value;
        }
    }

    /// Append a new key (the caller checked it is absent).
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        self.changed();
        self.layout = self.layout.wrapping_add(1);
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        loop {
            let cur = self.indices[i];
            if cur == EMPTY || cur == DUMMY {
                self.indices[i] = ix;
                return;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Remove the entry at `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Option<DictEntry> {
        self.changed();
        self.layout = self.layout.wrapping_add(1);
        let e = self.entries.get_mut(ix)?.take()?;
        let mask = self.indices.len() - 1;
        let mut i = (e.hash as usize) & mask;
        let mut perturb = e.hash;
        loop {
            if self.indices[i] == ix as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.used -= 1;
        if self.used == 0 {
            self.entries.clear();
            for x in self.indices.iter_mut() {
                *x = EMPTY;
            }
        }
        Some(e)
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size < min {
            size <<= 1;
        }
        // Squeeze out the removed entries in place, then index the rest.
        if self.used != self.entries.len() {
            self.entries.retain(|e| e.is_some());
        }
        self.used = self.entries.len();
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.hash);
            let mut i = (hash as usize) & mask;
            let mut perturb = hash;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = ix as u32;
        }
    }

    /// The table of a new dict with the same entries in the same order
    /// (`dict(d)`, `d.copy()`): copied as it is, hashes and all, not
    /// watched; removed entries squeezed out.
    pub fn copy_for_new_dict(&self) -> DictData {
        let mut out = DictData { indices: self.indices.clone(), entries: self.entries.clone(), used: self.used, watched: false, layout: 0 };
        if out.used != out.entries.len() {
            let n = out.indices.len();
            out.resize(n);
        }
        out
    }

    /// Fill this empty table with `src`'s entries ([`Self::copy_for_new_dict`]),
    /// keeping what this dict's watchers rely on.
    pub fn fill_from(&mut self, src: &DictData) {
        debug_assert!(self.is_empty());
        self.changed();
        let (watched, layout) = (self.watched, self.layout.wrapping_add(1));
        *self = DictData { watched, layout, ..src.copy_for_new_dict() };
    }

    pub fn clear(&mut self) {
        self.changed();
        *self = DictData { watched: self.watched, layout: self.layout.wrapping_add(1), ..DictData::default() };
    }

    /// A copy of the table with every entry mapped by `f` (hash, key, value),
    /// in the same order; rebuilt when a hash changed (process copies:
    /// identity hashes follow the new addresses).
    pub fn remap(&self, f: &mut dyn FnMut(&DictEntry) -> DictEntry) -> DictData {
        let mut changed = false;
        let entries: Vec<Option<DictEntry>> = self
            .entries
            .iter()
            .map(|e| {
                e.as_ref().map(|e| {
                    let n = f(e);
                    changed |= n.hash != e.hash;
                    n
                })
            })
            .collect();
        let mut out = DictData { indices: self.indices.clone(), entries, used: self.used, watched: self.watched, layout: self.layout.wrapping_add(1) };
        if changed {
            let n = out.indices.len();
            out.resize(n);
        }
        out
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// Entry slots including holes: iteration by position survives mutation
    /// checks done by the caller (`dict changed size during iteration`).
    pub fn slot_count(&self) -> usize {
        self.entries.len()
    }
    pub fn slot(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Last inserted entry's index (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    // --- str-keyed fast paths (namespaces, attributes, kwargs) ---

    #[inline]
    pub fn get_str(&self, key: &str, hash: u64) -> Option<&Value> {
        let ix = self.find_str(key, hash)?;
        self.entries[ix].as_ref().map(|e| &e.value)
    }

    /// The value at an entry index, if that entry is live.
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<&Value> {
        self.entries.get(ix)?.as_ref().map(|e| &e.value)
    }

    /// The entry index of a str key.
    #[inline]
    pub fn find_str(&self, key: &str, hash: u64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if let Value::Str(s) = &e.key {
                            // Interned names share their buffer: compare pointers first.
                            if (std::ptr::eq(s.as_str().as_ptr(), key.as_ptr()) && s.as_str().len() == key.len()) || s.as_str() == key {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}
