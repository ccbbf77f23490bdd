//! `set` and `frozenset`: CPython's open-addressing table (linear probes,
//! then perturbation), reproduced so that iteration order, and therefore
//! `print({3, 1, 2})`, matches CPython.

use super::dict::fast_key_eq;
use crate::value::Value;
use std::cell::RefCell;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(u64, Value),
}

#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0 }
    }
}

pub struct PySet {
    pub data: RefCell<SetData>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet { data: RefCell::new(SetData::default()) }
    }
    pub fn with_data(d: SetData) -> PySet {
        PySet { data: RefCell::new(d) }
    }
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

pub enum SetProbe {
    Found(usize),
    Missing,
    Candidates(Vec<usize>),
}

impl SetData {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Visit the probe sequence of `hash` in CPython's order.
    fn probe_seq(&self, hash: u64, mut visit: impl FnMut(usize) -> bool) {
        let mask = self.table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            if visit(i) {
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if visit(i + j) {
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn probe(&self, hash: u64, key: &Value) -> SetProbe {
        let mut found = None;
        let mut slow = Vec::new();
        self.probe_seq(hash, |i| match &self.table[i] {
            Slot::Empty => true,
            Slot::Dummy => false,
            Slot::Full(h, k) => {
                if *h == hash {
                    match fast_key_eq(k, key) {
                        Some(true) => {
                            found = Some(i);
                            return true;
                        }
                        Some(false) => {}
                        None => slow.push(i),
                    }
                }
                false
            }
        });
        match found {
            Some(i) => SetProbe::Found(i),
            None if slow.is_empty() => SetProbe::Missing,
            None => SetProbe::Candidates(slow),
        }
    }

    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Full(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Insert a key known to be absent (CPython's set_add_entry tail).
    pub fn insert_new(&mut self, hash: u64, key: Value) {
        // Reuse the first dummy on the probe path, else the empty slot.
        let mut target = None;
        let mut freeslot = None;
        self.probe_seq(hash, |i| match &self.table[i] {
            Slot::Empty => {
                target = Some(i);
                true
            }
            Slot::Dummy => {
                if freeslot.is_none() {
                    freeslot = Some(i);
                }
                false
            }
            Slot::Full(..) => false,
        });
        if let Some(f) = freeslot {
            self.table[f] = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        let t = target.expect("set table has an empty slot");
        self.table[t] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        let mask = self.table.len() - 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        for s in old {
            if let Slot::Full(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: u64, key: Value) {
        let mut target = 0;
        self.probe_seq(hash, |i| {
            if matches!(self.table[i], Slot::Empty) {
                target = i;
                true
            } else {
                false
            }
        });
        self.table[target] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[i] = other;
                None
            }
        }
    }

    pub fn clear(&mut self) {
        *self = SetData::default();
    }

    /// A copy with every key mapped by `f` (hash, key); the table is rebuilt
    /// when a hash changed (process copies: identity hashes move).
    pub fn remap(&self, f: &mut dyn FnMut(u64, &Value) -> (u64, Value)) -> SetData {
        let mut changed = false;
        let table: Vec<Slot> = self
            .table
            .iter()
            .map(|s| match s {
                Slot::Full(h, k) => {
                    let (nh, nk) = f(*h, k);
                    changed |= nh != *h;
                    Slot::Full(nh, nk)
                }
                Slot::Empty => Slot::Empty,
                Slot::Dummy => Slot::Dummy,
            })
            .collect();
        let mut out = SetData { table, fill: self.fill, used: self.used };
        if changed {
            let n = out.used * 4;
            out.resize(n);
        }
        out
    }

    pub fn slot_count(&self) -> usize {
        self.table.len()
    }
    pub fn slot(&self, i: usize) -> Option<(u64, &Value)> {
        match self.table.get(i) {
            Some(Slot::Full(h, k)) => Some((*h, k)),
            _ => None,
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }
    /// CPython's set.pop takes the first full slot after a moving finger;
    /// starting from 0 each time is close enough for small sets.
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self.table.iter().position(|s| matches!(s, Slot::Full(..)))?;
        self.remove_at(i)
    }
}
