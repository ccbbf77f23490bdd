//! Subscripting (`x[k]`), membership (`in`) and the dict/set operations
//! whose key equality may need Python code.

use super::{PyErr, PyResult, Vm};
use crate::ast::{BinOp, CmpOp};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

/// Resolved slice bounds over a sequence of length `len`.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// `x[k]` for the common built-ins when it cannot fail (a list or tuple
/// and an index in range, a dict and a str key present); `None` sends it to
/// `Vm::getitem`. Needs no VM: the fast path uses it too.
#[inline]
pub fn fast_subscr(obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.items.borrow();
            let n = items.len() as i64;
            let i = if *i < 0 { i + n } else { *i };
            if i >= 0 && i < n {
                Some(items[i as usize].clone())
            } else {
                None
            }
        }
        (Value::Tuple(t), Value::Int(i)) => {
            let n = t.len() as i64;
            let i = if *i < 0 { i + n } else { *i };
            if i >= 0 && i < n {
                Some(t[i as usize].clone())
            } else {
                None
            }
        }
        (Value::Dict(d), Value::Str(s)) => d.data.borrow().get_str(s.as_str(), s.hash()).cloned(),
        (Value::Dict(d), Value::Int(i)) => {
            let data = d.data.borrow();
            match data.probe(super::ops::hash_i64(*i), key) {
                Probe::Found(ix) => data.entry(ix).map(|e| e.value.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `obj[key] = value` for a list and an index in range, or a dict and a
/// str or int key, when that needs no Python code (no key compares equal
/// only through `__eq__`). `Err` hands key and value back, untouched, for
/// `Vm::setitem`. Needs no VM: the fast path uses it too.
#[inline]
pub fn fast_store_subscr(obj: &Value, key: Value, value: Value) -> Result<(), (Value, Value)> {
    match (obj, &key) {
        (Value::List(l), Value::Int(i)) => {
            let Ok(mut items) = l.items.try_borrow_mut() else { return Err((key, value)) };
            let n = items.len() as i64;
            let i = if *i < 0 { i + n } else { *i };
            if i < 0 || i >= n {
                return Err((key, value));
            }
            let old = std::mem::replace(&mut items[i as usize], value);
            drop(items);
            old.fast_drop();
            Ok(())
        }
        (Value::Dict(d), Value::Str(_) | Value::Int(_)) => {
            let hash = match &key {
                Value::Str(s) => s.hash(),
                Value::Int(i) => super::ops::hash_i64(*i),
                _ => unreachable!("matched above"),
            };
            let Ok(mut data) = d.data.try_borrow_mut() else { return Err((key, value)) };
            match data.probe(hash, &key) {
                Probe::Found(ix) => {
                    let old = data.replace_value_at(ix, value);
                    drop(data);
                    old.fast_drop();
                }
                Probe::Missing => data.insert_new(hash, key, value),
                Probe::Candidates(_) => return Err((key, value)),
            }
            Ok(())
        }
        _ => Err((key, value)),
    }
}

impl Vm {
    /// Normalise a slice against a length (CPython's PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => match self.index_value(v)? {
                Some(0) => return Err(self.new_exception("ValueError", "slice step cannot be zero")),
                Some(x) => x,
                None => return Err(self.new_exception("TypeError", "slice indices must be integers or None or have an __index__ method")),
            },
        };
        let get = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => match vm.index_value(v)? {
                    Some(x) => Ok(x),
                    None => Err(vm.new_exception("TypeError", "slice indices must be integers or None or have an __index__ method")),
                },
            }
        };
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let mut start = get(self, &s.start, lo_default)?;
        let mut stop = get(self, &s.stop, hi_default)?;
        let adjust = |x: &mut i64, explicit: bool| {
            if !explicit {
                return;
            }
            if *x < 0 {
                *x += len;
                if *x < 0 {
                    *x = if step < 0 { -1 } else { 0 };
                }
            } else if *x >= len {
                *x = if step < 0 { len - 1 } else { len };
            }
        };
        adjust(&mut start, !s.start.is_none());
        adjust(&mut stop, !s.stop.is_none());
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n as usize })
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.index_value(key)? {
            Some(i) => i,
            None => {
                let tn = self.type_name(key);
                let msg = if what == "string" {
                    format!("string indices must be integers, not '{}'", tn)
                } else {
                    format!("{} indices must be integers or slices, not {}", what, tn)
                };
                return Err(self.new_exception("TypeError", &msg));
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.new_exception("IndexError", &format!("{} index out of range", what)));
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.items.borrow().clone();
                    let si = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(si.indices().map(|i| items[i].clone()).collect()));
                }
                let n = l.items.borrow().len();
                let i = self.seq_index(key, n, "list")?;
                Ok(l.items.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let si = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(si.indices().map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        let si = self.slice_indices(sl, b.len())?;
                        if si.step == 1 {
                            let st = si.start.max(0) as usize;
                            return Ok(Value::str(&s.as_str()[st..st + si.len]));
                        }
                        let out: String = si.indices().map(|i| b[i] as char).collect();
                        return Ok(Value::string(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let si = self.slice_indices(sl, chars.len())?;
                    return Ok(Value::string(si.indices().map(|i| chars[i]).collect()));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or(' ');
                Ok(Value::string(c.to_string()))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let si = self.slice_indices(sl, b.len())?;
                    return Ok(Value::Bytes(Rc::new(si.indices().map(|i| b[i]).collect())));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Range(r) => {
                if r.big.is_some() || matches!(key, Value::BigInt(_)) {
                    return self.range_getitem_big(r, key);
                }
                if let Value::Slice(sl) = key {
                    let si = self.slice_indices(sl, r.len() as usize)?;
                    let (start, step) = (r.start as i128 + si.start as i128 * r.step as i128, r.step as i128 * si.step as i128);
                    let stop = start + si.len as i128 * step;
                    let big = |x: i128| num_bigint::BigInt::from(x);
                    return Ok(Value::Range(Rc::new(RangeObj::from_big(big(start), big(stop), big(step)))));
                }
                let i = self.seq_index(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(obj, "__getitem__") {
                    if matches!(f, Value::Function(_)) {
                        return self.call(&f, vec![obj.clone(), key.clone()], Vec::new());
                    }
                }
                if let Some(p) = self.payload_of(obj) {
                    if let Value::Dict(d) = &p {
                        return match self.dict_get(d, key)? {
                            Some(v) => Ok(v),
                            None => {
                                if let Some(m) = self.lookup_special(obj, "__missing__") {
                                    return self.call(&m, vec![obj.clone(), key.clone()], Vec::new());
                                }
                                Err(self.key_error(key.clone()))
                            }
                        };
                    }
                    return self.getitem(&p, key);
                }
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object is not subscriptable", tn)))
            }
            Value::Class(c) => {
                // `list[int]` and friends in annotations: generic aliases.
                if let Some(f) = c.lookup("__class_getitem__", self.intern("__class_getitem__").hash()) {
                    let f = match f {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::ClassMethod(f) => f.clone(),
                            _ => Value::None,
                        },
                        f => f,
                    };
                    return self.call(&f, vec![obj.clone(), key.clone()], Vec::new());
                }
                if c.builtin {
                    if ["list", "dict", "tuple", "set", "frozenset", "type"].contains(&c.name().as_str()) {
                        // `list[int]`: a types.GenericAlias, as in CPython.
                        let types = self.import_module("types")?;
                        if let Some(ga) = self.get_attr_opt(&types, "GenericAlias")? {
                            return self.call(&ga, vec![obj.clone(), key.clone()], Vec::new());
                        }
                    }
                    return Ok(obj.clone());
                }
                Err(self.new_exception("TypeError", &format!("type '{}' is not subscriptable", c.name())))
            }
            _ => {
                if let Some(f) = self.lookup_special(obj, "__getitem__") {
                    return self.call(&f, vec![obj.clone(), key.clone()], Vec::new());
                }
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object is not subscriptable", tn)))
            }
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new_items = self.collect(&value)?;
                    let len = l.items.borrow().len();
                    let si = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if si.step == 1 {
                        let start = si.start.max(0) as usize;
                        let stop = (start + si.len).min(items.len());
                        items.splice(start..stop, new_items);
                    } else {
                        if new_items.len() != si.len {
                            drop(items);
                            return Err(self.new_exception(
                                "ValueError",
                                &format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), si.len),
                            ));
                        }
                        let idx: Vec<usize> = si.indices().collect();
                        for (i, v) in idx.into_iter().zip(new_items) {
                            items[i] = v;
                        }
                    }
                    return Ok(());
                }
                let n = l.items.borrow().len();
                let i = match self.seq_index(&key, n, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if let Some(exc) = e.exception() {
                            if self.is_instance_of(exc, "IndexError") {
                                return Err(self.new_exception("IndexError", "list assignment index out of range"));
                            }
                        }
                        return Err(e);
                    }
                };
                l.items.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(obj, "__setitem__") {
                    if matches!(f, Value::Function(_)) {
                        self.call(&f, vec![obj.clone(), key, value], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(p) = self.payload_of(obj) {
                    return self.setitem(&p, key, value);
                }
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object does not support item assignment", tn)))
            }
            _ => {
                if let Some(f) = self.lookup_special(obj, "__setitem__") {
                    self.call(&f, vec![obj.clone(), key, value], Vec::new())?;
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object does not support item assignment", tn)))
            }
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.items.borrow().len();
                    let si = self.slice_indices(s, len)?;
                    let mut idx: Vec<usize> = si.indices().collect();
                    idx.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let n = l.items.borrow().len();
                let i = match self.seq_index(key, n, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if let Some(exc) = e.exception() {
                            if self.is_instance_of(exc, "IndexError") {
                                return Err(self.new_exception("IndexError", "list assignment index out of range"));
                            }
                        }
                        return Err(e);
                    }
                };
                l.items.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(obj, "__delitem__") {
                    if matches!(f, Value::Function(_)) {
                        self.call(&f, vec![obj.clone(), key.clone()], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(p) = self.payload_of(obj) {
                    return self.delitem(&p, key);
                }
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object doesn't support item deletion", tn)))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.new_exception("TypeError", &format!("'{}' object doesn't support item deletion", tn)))
            }
        }
    }

    /// `item in container`
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(l) => {
                let n = l.items.borrow().len();
                for i in 0..n {
                    let x = match l.items.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => {
                    let tn = self.type_name(other);
                    Err(self.new_exception("TypeError", &format!("'in <string>' requires string as left operand, not {}", tn)))
                }
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.iter().any(|&x| x as i64 == *i)),
                Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                _ => Err(self.new_exception("TypeError", "a bytes-like object is required")),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) if r.big.is_some() || matches!(item, Value::BigInt(_)) => match self.range_contains_int(r, item)? {
                Some(b) => Ok(b),
                None => {
                    let it = self.get_iter(container)?;
                    while let Some(x) = self.iter_next(&it)? {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let (lo, hi, st) = (r.start, r.stop, r.step);
                    if st > 0 {
                        *i >= lo && *i < hi && (i - lo) % st == 0
                    } else {
                        *i <= lo && *i > hi && (lo - i) % (-st) == 0
                    }
                }
                other => {
                    let it = self.get_iter(container)?;
                    let other = other.clone();
                    while let Some(x) = self.iter_next(&it)? {
                        if self.eq(&x, &other)? {
                            return Ok(true);
                        }
                    }
                    false
                }
            }),
            _ => {
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    let r = self.call(&f, vec![container.clone(), item.clone()], Vec::new())?;
                    return self.is_true(&r);
                }
                if let Some(f) = self.class_hook(container, "__class_contains__")? {
                    let r = self.call(&f, vec![item.clone()], Vec::new())?;
                    return self.is_true(&r);
                }
                if let Some(p) = self.payload_of(container) {
                    return self.contains(&p, item);
                }
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        let tn = self.type_name(container);
                        return Err(self.new_exception("TypeError", &format!("argument of type '{}' is not iterable", tn)));
                    }
                };
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ---- dict ----

    fn dict_find(&mut self, d: &Rc<PyDict>, hash: u64, key: &Value) -> PyResult<Option<usize>> {
        let probe = d.data.borrow().probe(hash, key);
        match probe {
            Probe::Found(ix) => Ok(Some(ix)),
            Probe::Missing => Ok(None),
            Probe::Candidates(c) => {
                for ix in c {
                    let k = match d.data.borrow().entry(ix) {
                        Some(e) => e.key.clone(),
                        None => continue,
                    };
                    if self.eq(&k, key)? {
                        return Ok(Some(ix));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(match self.dict_find(d, h, key)? {
            Some(ix) => d.data.borrow().entry(ix).map(|e| e.value.clone()),
            None => None,
        })
    }

    pub fn dict_set(&mut self, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.dict_find(d, h, &key)? {
            Some(ix) => d.data.borrow_mut().set_value_at(ix, value),
            None => d.data.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    pub fn dict_del(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(match self.dict_find(d, h, key)? {
            Some(ix) => d.data.borrow_mut().remove_at(ix).map(|e| e.value),
            None => None,
        })
    }

    /// The dict behind a dict or an instance of a dict subclass.
    pub fn dict_payload(&self, v: &Value) -> Option<Rc<PyDict>> {
        match v {
            Value::Dict(d) => Some(d.clone()),
            Value::Instance(_) => match self.payload_of(v) {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// `{**m}` takes dicts and objects with `keys()` only (not pairs, as
    /// `dict.update` does).
    pub(crate) fn is_mapping_operand(&mut self, m: &Value) -> bool {
        self.dict_payload(m).is_some() || self.has_attr(m, "keys").unwrap_or(false)
    }

    /// `d.update(m)`, `{**m}` and, with `merge`, `f(**m)` (which rejects
    /// repeated keys naming `func`).
    pub(crate) fn dict_update_from(&mut self, d: &Value, m: &Value, merge: bool, func: Option<&Value>) -> PyResult<()> {
        let d = match self.dict_payload(d) {
            Some(d) => d,
            None => return Ok(()),
        };
        if let Some(src) = self.dict_payload(m) {
            // Into an empty dict: the source's table as it is, no rehashing
            // (CPython copies the keys table the same way).
            if !Rc::ptr_eq(&d, &src) && d.data.borrow().is_empty() {
                d.data.borrow_mut().fill_from(&src.data.borrow());
                return Ok(());
            }
        }
        let items: Vec<(Value, Value)> = if let Some(src) = self.dict_payload(m) {
            src.data.borrow().items()
        } else if self.has_attr(m, "keys")? {
            let keys = self.call_method(m, "keys", Vec::new())?;
            let keys = self.collect(&keys)?;
            let mut v = Vec::new();
            for k in keys {
                let val = self.getitem(m, &k)?;
                v.push((k, val));
            }
            v
        } else {
            if merge {
                let tn = self.type_name(m);
                let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                return Err(self.new_exception("TypeError", &format!("{} argument after ** must be a mapping, not {}", fname, tn)));
            }
            let mut v = Vec::new();
            let it = self.get_iter(m)?;
            let mut i = 0;
            while let Some(pair) = self.iter_next(&it)? {
                let kv = match self.collect(&pair) {
                    Ok(kv) => kv,
                    Err(PyErr::Exception(e)) if self.is_instance_of(&e, "TypeError") => {
                        let msg = format!("cannot convert dictionary update sequence element #{} to a sequence", i);
                        return Err(self.new_exception("TypeError", &msg));
                    }
                    Err(e) => return Err(e),
                };
                if kv.len() != 2 {
                    return Err(self.new_exception(
                        "ValueError",
                        &format!("dictionary update sequence element #{} has length {}; 2 is required", i, kv.len()),
                    ));
                }
                v.push((kv[0].clone(), kv[1].clone()));
                i += 1;
            }
            v
        };
        for (k, v) in items {
            if merge {
                if self.dict_get(&d, &k)?.is_some() {
                    let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                    let ks = self.to_str(&k)?;
                    return Err(self.new_exception("TypeError", &format!("{} got multiple values for keyword argument '{}'", fname, ks)));
                }
            }
            self.dict_set(&d, k, v)?;
        }
        Ok(())
    }

    // ---- set ----

    fn set_find(&mut self, s: &Rc<PySet>, hash: u64, key: &Value) -> PyResult<Option<usize>> {
        let probe = s.data.borrow().probe(hash, key);
        match probe {
            SetProbe::Found(i) => Ok(Some(i)),
            SetProbe::Missing => Ok(None),
            SetProbe::Candidates(c) => {
                for i in c {
                    let k = match s.data.borrow().key_at(i) {
                        Some(k) => k.clone(),
                        None => continue,
                    };
                    if self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn set_contains(&mut self, s: &Rc<PySet>, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `[] in s` is a TypeError too (unhashable), as in CPython.
                return Err(e);
            }
        };
        Ok(self.set_find(s, h, key)?.is_some())
    }

    pub fn set_add(&mut self, s: &Rc<PySet>, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if self.set_find(s, h, &key)?.is_none() {
            s.data.borrow_mut().insert_new(h, key);
        }
        Ok(())
    }

    pub fn set_discard(&mut self, s: &Rc<PySet>, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, h, key)? {
            Some(i) => {
                s.data.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub(crate) fn set_add_value(&mut self, s: &Value, key: Value) -> PyResult<()> {
        match s {
            Value::Set(s) | Value::FrozenSet(s) => self.set_add(s, key),
            _ => Ok(()),
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(PySet::new());
        for x in items {
            self.set_add(&s, x)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => s.data.borrow().keys(),
            _ => Vec::new(),
        }
    }

    /// `| & - ^` on sets; the result has the type of the left operand.
    pub(crate) fn set_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (sa, sb) = match (a, b) {
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => (x.clone(), y.clone()),
            _ => return Ok(Value::NotImplemented),
        };
        let out = Rc::new(PySet::new());
        match op {
            BinOp::BitOr => {
                *out.data.borrow_mut() = sa.data.borrow().clone();
                for k in sb.data.borrow().keys() {
                    self.set_add(&out, k)?;
                }
            }
            BinOp::BitAnd => {
                // CPython iterates the smaller set.
                let (small, big) = if sa.data.borrow().len() > sb.data.borrow().len() { (sb, sa) } else { (sa, sb) };
                for k in small.data.borrow().keys() {
                    if self.set_contains(&big, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            BinOp::Sub => {
                for k in sa.data.borrow().keys() {
                    if !self.set_contains(&sb, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            BinOp::BitXor => {
                // CPython's set_symmetric_difference: a copy of the right
                // operand, then each key of the left one discarded or added
                // (a discarded key leaves a dummy slot a later add reuses).
                if Rc::ptr_eq(&sa, &sb) {
                    // a ^ a: empty
                } else {
                    *out.data.borrow_mut() = sb.data.borrow().clone();
                    for k in sa.data.borrow().keys() {
                        if !self.set_discard(&out, &k)? {
                            self.set_add(&out, k)?;
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(out),
            _ => Value::Set(out),
        })
    }

    pub(crate) fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let (sa, sb) = match (a, b) {
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => (x.clone(), y.clone()),
            _ => return Ok(false),
        };
        let (la, lb) = (sa.data.borrow().len(), sb.data.borrow().len());
        let subset = |vm: &mut Vm, x: &Rc<PySet>, y: &Rc<PySet>| -> PyResult<bool> {
            for k in x.data.borrow().keys() {
                if !vm.set_contains(y, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => la == lb && subset(self, &sa, &sb)?,
            CmpOp::NotEq => !(la == lb && subset(self, &sa, &sb)?),
            CmpOp::LtE => la <= lb && subset(self, &sa, &sb)?,
            CmpOp::Lt => la < lb && subset(self, &sa, &sb)?,
            CmpOp::GtE => lb <= la && subset(self, &sb, &sa)?,
            CmpOp::Gt => lb < la && subset(self, &sb, &sa)?,
            _ => false,
        })
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_exception_args("KeyError", vec![key])
    }
}
