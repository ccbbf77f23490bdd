//! Attribute-site caches: `self.x` and `self.x = v` on instances whose
//! class has nothing called `x`, and `obj.m()` of a Python method (CPython
//! 3.11's `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_METHOD_WITH_VALUES` specialisations).
//!
//! The general path asks the class first (a data descriptor would win over
//! the instance dict, `__setattr__` would take the store), then probes the
//! instance dict. Per code object and name, a site remembers the class for
//! which the class-side answer was "nothing in the way", and the entry
//! index of the name in the last instance dict. Instances built by the same
//! `__init__` insert their attributes in the same order, so the index hint
//! usually holds and the access is one pointer comparison.
//!
//! Validity: the class-side answer depends on the class namespaces of the
//! MRO, so it is tied to the epoch of `attr_cache` (bumped by any change to
//! a class namespace and by the creation of a class, so a freed class's
//! address reused by a new class is never mistaken for the old one). The
//! index is a hint: it is checked against the entry's key every time.
//!
//! A method site also holds the function found on the class, as a raw
//! pointer: while the epoch holds, the class namespace that owns the
//! function has not changed, and the instance keeps its class alive.

use super::attr_cache;
use crate::objects::{BuiltinFunction, Class, DictData, Function, Instance, PyStr};
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy)]
struct Site {
    /// Null for a built-in method site.
    class: *const Class,
    epoch: u64,
    /// The entry index hint; for a built-in method site, the receiver's
    /// `ReceiverKind`.
    index: u32,
    /// Null: the name lives in instance dicts. Otherwise a method site:
    /// the class's function of that name.
    method: *const Function,
    /// A built-in method site: the method of the receiver's type.
    builtin: *const BuiltinFunction,
}

const EMPTY: Site = Site { class: std::ptr::null(), epoch: 0, index: 0, method: std::ptr::null(), builtin: std::ptr::null() };

/// The values whose variant alone fixes their type (no subclass instance
/// is one of them), so a built-in method site can key on the variant.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
enum ReceiverKind {
    Other,
    Str,
    List,
    Dict,
    Tuple,
    Set,
    Bytes,
    Int,
    Float,
}

fn receiver_kind(v: &Value) -> ReceiverKind {
    match v {
        Value::Str(_) => ReceiverKind::Str,
        Value::List(_) => ReceiverKind::List,
        Value::Dict(_) => ReceiverKind::Dict,
        Value::Tuple(_) => ReceiverKind::Tuple,
        Value::Set(_) => ReceiverKind::Set,
        Value::Bytes(_) => ReceiverKind::Bytes,
        Value::Int(_) => ReceiverKind::Int,
        Value::Float(_) => ReceiverKind::Float,
        _ => ReceiverKind::Other,
    }
}

/// One site per name of a code object (`co_names`).
pub struct AttrSites {
    sites: Box<[Cell<Site>]>,
}

impl Default for AttrSites {
    fn default() -> Self {
        AttrSites { sites: Box::new([]) }
    }
}

impl AttrSites {
    pub fn new(names: usize) -> AttrSites {
        AttrSites { sites: (0..names).map(|_| Cell::new(EMPTY)).collect() }
    }

    /// The site of `name_index` if it vouches for `cls` now, as a plain
    /// instance attribute (`method` false) or as a method.
    #[inline(always)]
    fn valid(&self, name_index: usize, cls: *const Class, method: bool) -> Option<&Cell<Site>> {
        let cell = self.sites.get(name_index)?;
        let site = cell.get();
        (site.class == cls && site.method.is_null() != method && site.epoch == attr_cache::epoch()).then_some(cell)
    }

    /// Vouch for `cls` at `name_index` from now on.
    #[inline]
    fn remember(&self, name_index: usize, cls: *const Class, epoch: u64, method: *const Function) -> Option<&Cell<Site>> {
        let cell = self.sites.get(name_index)?;
        cell.set(Site { class: cls, epoch, index: u32::MAX, method, builtin: std::ptr::null() });
        Some(cell)
    }

    /// `obj.name()` at `name_index` found the built-in `method` of `obj`'s
    /// type (under `epoch`): remember it for receivers of `obj`'s variant.
    pub fn remember_builtin_method(&self, name_index: usize, obj: &Value, epoch: u64, method: &Rc<BuiltinFunction>) {
        let kind = receiver_kind(obj);
        if let (Some(cell), true) = (self.sites.get(name_index), kind != ReceiverKind::Other) {
            cell.set(Site { class: std::ptr::null(), epoch, index: kind as u32, method: std::ptr::null(), builtin: Rc::as_ptr(method) });
        }
    }
}

/// The built-in method for `obj.name()` at `name_index` when the site
/// holds one for `obj`'s variant.
#[inline(always)]
pub fn builtin_method_hit(sites: &AttrSites, name_index: usize, obj: &Value) -> Option<Rc<BuiltinFunction>> {
    let site = sites.sites.get(name_index)?.get();
    let kind = receiver_kind(obj);
    if site.builtin.is_null() || site.index != kind as u32 || kind == ReceiverKind::Other || site.epoch != attr_cache::epoch() {
        return None;
    }
    // SAFETY: while the epoch holds, the type's namespace that owns the
    // method has not changed; built-in types live as long as the VM.
    unsafe {
        Rc::increment_strong_count(site.builtin);
        Some(Rc::from_raw(site.builtin))
    }
}

/// Does `name` on `inst` (of class `cls`) live in the instance dict alone?
/// No class attribute of that name (no descriptor, no class data), no
/// `__getattribute__` or `__setattr__`, a dict, not an exception (whose
/// `args` and `__cause__` live elsewhere) and not a dunder name.
fn plain_instance_name(cls: &Class, inst: &Instance, class_attr: &Option<Value>, name: &str) -> bool {
    use crate::objects::{HAS_GETATTRIBUTE, HAS_SETATTR, NO_DICT};
    class_attr.is_none()
        && cls.flags.get() & (HAS_GETATTRIBUTE | HAS_SETATTR | NO_DICT) == 0
        && !cls.builtin
        && inst.exc().is_none()
        && !name.starts_with("__")
}

/// Where `name` is in `d`: the hinted entry when its key is `name`, else a
/// probe (updating the hint).
#[inline(always)]
fn locate(site: &Cell<Site>, d: &DictData, name: &Rc<PyStr>) -> Option<usize> {
    let ix = site.get().index as usize;
    match d.entry(ix) {
        Some(e) if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, name)) => Some(ix),
        _ => probe(site, d, name),
    }
}

/// `locate` when the hint missed: out of line, so that the hit path of
/// its callers stays small.
#[cold]
#[inline(never)]
fn probe(site: &Cell<Site>, d: &DictData, name: &Rc<PyStr>) -> Option<usize> {
    let ix = d.find_str(name.as_str(), name.hash())?;
    site.set(Site { index: ix as u32, ..site.get() });
    Some(ix)
}

/// The class of `inst`, read without touching the borrow flag.
#[inline(always)]
fn class_ptr(inst: &Instance) -> Option<*const Class> {
    // SAFETY: only read for the pointer; no `borrow_mut` of an instance's
    // class cell is held while bytecode runs (`__class__` assignment
    // holds it only for the swap).
    unsafe { inst.class.try_borrow_unguarded() }.ok().map(Rc::as_ptr)
}

/// Hand `inst.name` to `take` when the site at `name_index` vouches for
/// the instance's class and the instance has the attribute; false leaves
/// the access to the general path (which may fill the site). Needs no VM:
/// the fast path uses it.
#[inline(always)]
pub fn load_attr_hit(sites: &AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>, take: impl FnOnce(&Value)) -> bool {
    let Some(site) = class_ptr(inst).and_then(|cls| sites.valid(name_index, cls, false)) else { return false };
    // SAFETY: `take` only reads the value; no mutable borrow of an
    // instance dict is held while bytecode runs.
    let Ok(d) = (unsafe { inst.dict.data.try_borrow_unguarded() }) else { return false };
    let Some(e) = locate(site, d, name).and_then(|ix| d.entry(ix)) else { return false };
    take(&e.value);
    true
}

/// `inst.name = value` when the site vouches for the instance's class: the
/// value goes in the instance dict. Otherwise `value` is handed back.
#[inline(always)]
pub fn store_attr_hit(sites: &AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>, value: Value) -> Result<(), Value> {
    match class_ptr(inst).and_then(|cls| sites.valid(name_index, cls, false)) {
        Some(site) => {
            store_in_dict(site, inst, name, value);
            Ok(())
        }
        None => Err(value),
    }
}

#[inline(always)]
fn store_in_dict(site: &Cell<Site>, inst: &Instance, name: &Rc<PyStr>, value: Value) {
    let mut d = inst.dict.data.borrow_mut();
    match locate(site, &d, name) {
        Some(ix) => {
            let old = d.replace_value_at(ix, value);
            drop(d);
            old.fast_drop();
        }
        None => add_to_dict(site, d, name, value),
    }
}

/// `store_in_dict` of a name the instance does not have yet.
#[cold]
#[inline(never)]
fn add_to_dict(site: &Cell<Site>, mut d: std::cell::RefMut<DictData>, name: &Rc<PyStr>, value: Value) {
    d.insert_new(name.hash(), Value::Str(name.clone()), value);
    let ix = d.slot_count() - 1;
    site.set(Site { index: ix as u32, ..site.get() });
}

/// The class's function `name` for `inst.name()` when the method site
/// vouches for the instance's class and the instance dict does not shadow
/// it; `None` leaves the lookup to the general path.
#[inline(always)]
pub fn method_hit(sites: &AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>) -> Option<Rc<Function>> {
    let method = sites.valid(name_index, class_ptr(inst)?, true)?.get().method;
    if inst.dict.data.borrow().find_str(name.as_str(), name.hash()).is_some() {
        return None;
    }
    // SAFETY: see `held_method`.
    Some(unsafe { held_method(method) })
}

/// A counted reference to the function a valid method site holds.
///
/// # Safety
/// The site must be valid for the class of a live instance: the class
/// namespace then still holds the function (any change to it would have
/// moved the epoch on), and the instance keeps the class alive.
unsafe fn held_method(method: *const Function) -> Rc<Function> {
    Rc::increment_strong_count(method);
    Rc::from_raw(method)
}

impl super::Vm {
    /// The site for `inst.name` at `name_index` of `sites`, validated or
    /// (re)filled. When the class has a say in the access: `Err` with what
    /// the class lookup found, for the caller's slower path.
    #[inline]
    fn attr_site<'a>(&mut self, sites: &'a AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>) -> Result<&'a Cell<Site>, Option<Value>> {
        let cls = inst.class.borrow();
        let ptr = Rc::as_ptr(&cls);
        if let Some(site) = sites.valid(name_index, ptr, false) {
            return Ok(site);
        }
        let epoch = attr_cache::epoch();
        let class_attr = self.attr_cache.lookup(&cls, name);
        if !plain_instance_name(&cls, inst, &class_attr, name.as_str()) {
            return Err(class_attr);
        }
        sites.remember(name_index, ptr, epoch, std::ptr::null()).ok_or(None)
    }

    /// `LOAD_METHOD` through a site: `obj.name` is a Python function of the
    /// class not shadowed by the instance dict. Pushes the function and
    /// `obj` (moved), or hands `obj` back for the general path.
    #[inline]
    pub(crate) fn load_method_site(&mut self, sites: &AttrSites, name_index: usize, obj: Value, name: &Rc<PyStr>, stack: &mut Vec<Value>) -> Result<(), Value> {
        let Value::Instance(inst) = &obj else { return Err(obj) };
        let f = match method_hit(sites, name_index, inst, name) {
            Some(f) => f,
            None => {
                use crate::objects::HAS_GETATTRIBUTE;
                if inst.dict.data.borrow().find_str(name.as_str(), name.hash()).is_some() {
                    return Err(obj);
                }
                let cls = inst.class.borrow();
                let epoch = attr_cache::epoch();
                let Some(Value::Function(f)) = self.attr_cache.lookup(&cls, name) else { drop(cls); return Err(obj) };
                if cls.flags.get() & HAS_GETATTRIBUTE != 0 {
                    drop(cls);
                    return Err(obj);
                }
                sites.remember(name_index, Rc::as_ptr(&cls), epoch, Rc::as_ptr(&f));
                f
            }
        };
        stack.push(Value::Function(f));
        stack.push(obj);
        Ok(())
    }

    /// `LOAD_ATTR` on an instance: pushes `inst.name` and returns true when
    /// the site applies and the instance has the attribute, or when it is
    /// plain data (`push_instance_attr`). False: the general path decides.
    #[inline]
    pub(crate) fn load_attr_site(&mut self, sites: &AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>, stack: &mut Vec<Value>) -> bool {
        let site = match self.attr_site(sites, name_index, inst, name) {
            Ok(site) => site,
            Err(class_attr) => return self.push_instance_attr(inst, name, class_attr, stack),
        };
        let d = inst.dict.data.borrow();
        match locate(site, &d, name) {
            Some(ix) => {
                stack.push(d.entry(ix).map_or(Value::None, |e| e.value.fast_clone()));
                true
            }
            None => false,
        }
    }

    /// `STORE_ATTR` through a site: stores `value` in the instance dict when
    /// the site applies; hands `value` back otherwise.
    #[inline]
    pub(crate) fn store_attr_site(&mut self, sites: &AttrSites, name_index: usize, inst: &Instance, name: &Rc<PyStr>, value: Value) -> Result<(), Value> {
        let Ok(site) = self.attr_site(sites, name_index, inst, name) else { return Err(value) };
        store_in_dict(site, inst, name, value);
        Ok(())
    }
}
