//! The global-name cache: where `LOAD_GLOBAL name` found its value last
//! time, per code object and name (CPython 3.11's `LOAD_GLOBAL_MODULE` /
//! `LOAD_GLOBAL_BUILTIN` specialisations).
//!
//! A global lookup misses in the module's dict before it finds a built-in:
//! two hash probes for every `len(...)` or `range(...)`. A dict's *layout*
//! (`DictData::layout`) changes only when a key is added or removed, so
//! while the module's layout is the one seen at the last lookup, a name
//! found at entry `i` is still at entry `i`, and a name that was missing is
//! still missing; the same holds for the built-ins. A hit reads the value
//! straight from its entry: no hashing, no probing. Rebinding a global
//! (`counter += 1`) keeps the layout, so it keeps the cache too.
//!
//! Each slot holds the two dicts it was filled from, so their addresses
//! cannot be reused by other dicts while the slot exists.

use crate::objects::PyDict;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

struct Slot {
    globals: Rc<PyDict>,
    builtins: Rc<PyDict>,
    globals_layout: u32,
    /// Only checked for names found in the built-ins.
    builtins_layout: u32,
    index: u32,
    in_builtins: bool,
}

/// One slot per name of a code object (`co_names`), filled on first use.
#[derive(Default)]
pub struct GlobalCache {
    slots: RefCell<Vec<Option<Slot>>>,
}

impl GlobalCache {
    /// The value of global `name_index` if the cached location still holds.
    #[inline(always)]
    pub fn get(&self, name_index: usize, globals: &Rc<PyDict>, builtins: &Rc<PyDict>) -> Option<Value> {
        let slots = self.slots.borrow();
        let slot = slots.get(name_index)?.as_ref()?;
        if !Rc::ptr_eq(&slot.globals, globals) || !Rc::ptr_eq(&slot.builtins, builtins) {
            return None;
        }
        let g = globals.data.borrow();
        if g.layout() != slot.globals_layout {
            return None;
        }
        if !slot.in_builtins {
            return g.value_at(slot.index as usize).map(Value::fast_clone);
        }
        let b = builtins.data.borrow();
        if b.layout() != slot.builtins_layout {
            return None;
        }
        b.value_at(slot.index as usize).map(Value::fast_clone)
    }

    /// Look `name_index` up in `globals`, then `builtins`, remembering where
    /// it was found. `None` when it is in neither (not cached: the NameError
    /// path is not worth it).
    pub fn fill(&self, name_index: usize, name: &str, hash: u64, globals: &Rc<PyDict>, builtins: &Rc<PyDict>) -> Option<Value> {
        let g = globals.data.borrow();
        let (index, in_builtins, value, builtins_layout) = match g.find_str(name, hash) {
            Some(ix) => (ix, false, g.value_at(ix)?.clone(), 0),
            None => {
                let b = builtins.data.borrow();
                let ix = b.find_str(name, hash)?;
                (ix, true, b.value_at(ix)?.clone(), b.layout())
            }
        };
        let slot = Slot {
            globals: globals.clone(),
            builtins: builtins.clone(),
            globals_layout: g.layout(),
            builtins_layout,
            index: index as u32,
            in_builtins,
        };
        drop(g);
        let mut slots = self.slots.borrow_mut();
        if slots.len() <= name_index {
            slots.resize_with(name_index + 1, || None);
        }
        slots[name_index] = Some(slot);
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{dict_del_str, dict_set_str};

    fn dicts() -> (Rc<PyDict>, Rc<PyDict>) {
        let g = Rc::new(PyDict::new());
        let b = Rc::new(PyDict::new());
        dict_set_str(&g, "x", Value::Int(1));
        dict_set_str(&b, "len", Value::Int(2));
        (g, b)
    }

    fn hash(s: &str) -> u64 {
        crate::objects::str_hash(s)
    }

    #[test]
    fn follows_rebinding_and_shadowing() {
        let (g, b) = dicts();
        let cache = GlobalCache::default();
        assert!(cache.get(0, &g, &b).is_none());
        assert!(matches!(cache.fill(0, "x", hash("x"), &g, &b), Some(Value::Int(1))));
        assert!(matches!(cache.fill(1, "len", hash("len"), &g, &b), Some(Value::Int(2))));
        // Rebinding keeps the layout: the hit sees the new value.
        dict_set_str(&g, "x", Value::Int(10));
        assert!(matches!(cache.get(0, &g, &b), Some(Value::Int(10))));
        // A module global shadowing a built-in changes the layout: miss.
        dict_set_str(&g, "len", Value::Int(3));
        assert!(cache.get(1, &g, &b).is_none());
        assert!(matches!(cache.fill(1, "len", hash("len"), &g, &b), Some(Value::Int(3))));
        // Deleting it again: miss, then the built-in.
        dict_del_str(&g, "len");
        assert!(cache.get(1, &g, &b).is_none());
        assert!(matches!(cache.fill(1, "len", hash("len"), &g, &b), Some(Value::Int(2))));
        // Another globals dict never hits.
        let (g2, _) = dicts();
        assert!(cache.get(0, &g2, &b).is_none());
        // A missing name is not cached.
        assert!(cache.fill(2, "nope", hash("nope"), &g, &b).is_none());
        assert!(cache.get(2, &g, &b).is_none());
    }

    #[test]
    fn builtins_changes_are_seen() {
        let (g, b) = dicts();
        let cache = GlobalCache::default();
        cache.fill(0, "len", hash("len"), &g, &b);
        dict_set_str(&b, "len", Value::Int(5));
        assert!(matches!(cache.get(0, &g, &b), Some(Value::Int(5))));
        dict_del_str(&b, "len");
        assert!(cache.get(0, &g, &b).is_none());
    }
}
