//! The type attribute cache: `Class::lookup` (a walk of the MRO, one dict
//! probe per class) remembered per (class, name), as CPython's type method
//! cache does.
//!
//! Every `obj.attr` on an instance looks the name up on the class first
//! (data descriptors win over the instance dict), so without a cache
//! `self.x` costs a miss in every class of the MRO. A lookup's result
//! depends only on the namespaces of the classes in the MRO (an MRO never
//! changes once built), so the cache is valid until one of those
//! namespaces changes. Class namespaces are *watched* dicts
//! (`DictData::watch`): any change to one bumps a global epoch, which
//! empties every cache at once. Classes change rarely after their
//! creation, so a coarse epoch costs nothing in practice and needs no
//! per-class bookkeeping.
//!
//! The epoch is process-wide (an atomic), shared by every interpreter: a
//! class changing in one interpreter only costs the others a refill.

use crate::objects::{Class, PyStr};
use crate::value::Value;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped whenever a class namespace changes; entries of older epochs are
/// stale. Starts at 1 so that an empty slot (epoch 0) never matches.
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Forget every cached lookup (a class namespace changed).
#[inline]
pub fn invalidate_all() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// The current epoch: a cached answer from an older one is stale.
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

const SLOTS: usize = 1024;

#[derive(Default)]
struct Slot {
    epoch: u64,
    /// Held, so that its address cannot be reused by another class while
    /// the entry exists.
    class: Option<Rc<Class>>,
    name: Option<Rc<PyStr>>,
    value: Option<Value>,
}

/// A direct-mapped cache of `Class::lookup` results, one per interpreter.
pub struct AttrCache {
    slots: Box<[Slot]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { slots: (0..SLOTS).map(|_| Slot::default()).collect() }
    }
}

impl AttrCache {
    /// `cls.lookup(name)`, from the cache when the classes have not
    /// changed since it was filled.
    #[inline]
    pub fn lookup(&mut self, cls: &Rc<Class>, name: &Rc<PyStr>) -> Option<Value> {
        let epoch = EPOCH.load(Ordering::Relaxed);
        let hash = name.hash();
        let i = ((Rc::as_ptr(cls) as usize >> 4) ^ hash as usize) & (SLOTS - 1);
        let slot = &mut self.slots[i];
        if slot.epoch == epoch {
            if let (Some(c), Some(n)) = (&slot.class, &slot.name) {
                if Rc::ptr_eq(c, cls) && (Rc::ptr_eq(n, name) || n.as_str() == name.as_str()) {
                    return slot.value.clone();
                }
            }
        }
        let value = cls.lookup(name.as_str(), hash);
        // A lookup can run no Python code, so the epoch read above is
        // still the current one.
        *slot = Slot { epoch, class: Some(cls.clone()), name: Some(name.clone()), value: value.clone() };
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::BaseKind;
    use crate::vm::types::new_class;

    fn name(s: &str) -> Rc<PyStr> {
        Rc::new(PyStr::new(s.to_string()))
    }

    #[test]
    fn a_change_to_any_class_in_the_mro_is_seen() {
        let base = new_class("Base", vec![], BaseKind::Object, false, "m");
        let sub = new_class("Sub", vec![base.clone()], BaseKind::Object, false, "m");
        let mut cache = AttrCache::default();
        let x = name("x");
        assert!(cache.lookup(&sub, &x).is_none());
        crate::objects::dict_set_str(&base.dict, "x", Value::Int(1));
        assert!(matches!(cache.lookup(&sub, &x), Some(Value::Int(1))));
        // A different Rc of the same name hits the same entry.
        assert!(matches!(cache.lookup(&sub, &name("x")), Some(Value::Int(1))));
        crate::objects::dict_set_str(&sub.dict, "x", Value::Int(2));
        assert!(matches!(cache.lookup(&sub, &x), Some(Value::Int(2))));
        crate::objects::dict_del_str(&sub.dict, "x");
        assert!(matches!(cache.lookup(&sub, &x), Some(Value::Int(1))));
        base.dict.data.borrow_mut().clear();
        assert!(cache.lookup(&sub, &x).is_none());
    }
}
