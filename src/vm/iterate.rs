//! The iterator protocol: `iter()`, `next()`, unpacking, and collecting an
//! iterable into a vector for native code.

use super::{PyErr, PyResult, Vm};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    pub fn new_iter(&self, type_name: &'static str, kind: IterKind) -> Value {
        Value::Iterator(Rc::new(IterObj::new(type_name, kind)))
    }

    /// `iter(v)`
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => self.new_iter("list_iterator", IterKind::List { list: l.clone(), idx: 0 }),
            Value::Tuple(t) => self.new_iter("tuple_iterator", IterKind::Tuple { tuple: t.clone(), idx: 0 }),
            Value::Range(r) if r.big.is_some() => self.new_iter("longrange_iterator", IterKind::SeqIter { obj: v.clone(), idx: 0 }),
            Value::Range(r) => self.new_iter("range_iterator", IterKind::Range { cur: r.start, step: r.step, remaining: r.len() }),
            Value::Str(s) => self.new_iter("str_ascii_iterator", IterKind::Str { s: s.clone(), byte_pos: 0 }),
            Value::Bytes(b) => self.new_iter("bytes_iterator", IterKind::Bytes { b: b.clone(), idx: 0 }),
            Value::Dict(d) => {
                let len = d.data.borrow().len();
                self.new_iter("dict_keyiterator", IterKind::Dict { dict: d.clone(), slot: 0, what: 0, len })
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let len = s.data.borrow().len();
                self.new_iter("set_iterator", IterKind::Set { set: s.clone(), slot: 0, len })
            }
            Value::Iterator(_) | Value::Generator(_) => v.clone(),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, "__iter__") {
                    let it = self.call1(&f, v.clone())?;
                    if !self.is_iterator(&it) {
                        let tn = self.type_name(&it);
                        return Err(self.new_exception("TypeError", &format!("iter() returned non-iterator of type '{}'", tn)));
                    }
                    return Ok(it);
                }
                if let Some(p) = self.payload_of(v) {
                    return self.get_iter(&p);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    return Ok(self.new_iter("iterator", IterKind::SeqIter { obj: v.clone(), idx: 0 }));
                }
                return Err(self.not_iterable(v));
            }
            Value::Class(_) => {
                // A class iterates only through its metaclass; pygil's
                // enum (no EnumType metaclass) provides __class_iter__.
                if let Some(f) = self.class_hook(v, "__class_iter__")? {
                    let r = self.call(&f, Vec::new(), Vec::new())?;
                    return self.get_iter(&r);
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    /// `__class_iter__` / `__class_len__` / `__class_contains__`: what an
    /// enum class's metaclass would answer, bound to the class.
    pub(crate) fn class_hook(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        match v {
            Value::Class(c) if !c.builtin => self.get_attr_opt(v, name),
            _ => Ok(None),
        }
    }

    /// Whether `get_iter(v)` can find a way to iterate `v` (it may still
    /// fail inside `__iter__`): CPython's "tp_iter or sequence" check.
    fn can_iterate(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Str(_) | Value::Bytes(_) => true,
            Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Iterator(_) | Value::Generator(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                self.lookup_special(v, "__iter__").is_some() || self.payload_of(v).is_some() || self.lookup_special(v, "__getitem__").is_some()
            }
            Value::Class(_) => self.class_hook(v, "__class_iter__")?.is_some(),
            _ => false,
        })
    }

    /// The items of a `*` operand: `[*x]`, `f(*x)`. A value that cannot be
    /// iterated at all gets CPython's wording, "<what> after * must be an
    /// iterable, not <type>"; errors raised while iterating pass through.
    pub(crate) fn collect_star_operand(&mut self, v: &Value, what: &str) -> PyResult<Vec<Value>> {
        match self.collect(v) {
            Err(e) if !self.can_iterate(v)? => {
                drop(e);
                let tn = self.type_name(v);
                Err(self.new_exception("TypeError", &format!("{} after * must be an iterable, not {}", what, tn)))
            }
            r => r,
        }
    }

    pub fn not_iterable(&mut self, v: &Value) -> PyErr {
        let tn = self.type_name(v);
        self.new_exception("TypeError", &format!("'{}' object is not iterable", tn))
    }

    fn is_iterator(&mut self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) | Value::Generator(_) => true,
            Value::Instance(_) | Value::Native(_) => self.lookup_special(v, "__next__").is_some(),
            _ => false,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(obj) => self.builtin_iter_next(obj),
            Value::Generator(g) => self.gen_next_native(g, Value::None),
            Value::Instance(_) | Value::Native(_) => {
                let f = match self.lookup_special(it, "__next__") {
                    Some(f) => f,
                    None => {
                        let tn = self.type_name(it);
                        return Err(self.new_exception("TypeError", &format!("'{}' object is not an iterator", tn)));
                    }
                };
                match self.call1(&f, it.clone()) {
                    Ok(v) => Ok(Some(v)),
                    Err(PyErr::Exception(e)) if self.is_instance_of(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.new_exception("TypeError", &format!("'{}' object is not an iterator", tn)))
            }
        }
    }

    fn builtin_iter_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // Kinds that call Python code must not hold the RefCell borrow.
        let mut kind = obj.kind.borrow_mut();
        let r = match &mut *kind {
            IterKind::List { list, idx } => {
                let items = list.items.borrow();
                if *idx < items.len() {
                    *idx += 1;
                    Some(items[*idx - 1].clone())
                } else {
                    None
                }
            }
            IterKind::Tuple { tuple, idx } => {
                if *idx < tuple.len() {
                    *idx += 1;
                    Some(tuple[*idx - 1].clone())
                } else {
                    None
                }
            }
            IterKind::Range { cur, step, remaining } => {
                if *remaining > 0 {
                    let v = *cur;
                    *cur += *step;
                    *remaining -= 1;
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterKind::Str { s, byte_pos } => {
                let st = s.as_str();
                match st[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Some(Value::str(c.encode_utf8(&mut buf)))
                    }
                    None => None,
                }
            }
            IterKind::Bytes { b, idx } => {
                if *idx < b.len() {
                    *idx += 1;
                    Some(Value::Int(b[*idx - 1] as i64))
                } else {
                    None
                }
            }
            IterKind::Dict { dict, slot, what, len } => {
                let data = dict.data.borrow();
                if data.len() != *len {
                    drop(data);
                    *len = usize::MAX;
                    drop(kind);
                    return Err(self.new_exception("RuntimeError", "dictionary changed size during iteration"));
                }
                let mut out = None;
                while *slot < data.slot_count() {
                    let s = *slot;
                    *slot += 1;
                    if let Some(e) = data.slot(s) {
                        out = Some(match what {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        });
                        break;
                    }
                }
                out
            }
            IterKind::Set { set, slot, len } => {
                let data = set.data.borrow();
                if data.len() != *len {
                    drop(data);
                    drop(kind);
                    return Err(self.new_exception("RuntimeError", "Set changed size during iteration"));
                }
                let mut out = None;
                while *slot < data.slot_count() {
                    let s = *slot;
                    *slot += 1;
                    if let Some((_, k)) = data.slot(s) {
                        out = Some(k.clone());
                        break;
                    }
                }
                out
            }
            IterKind::Values { items, idx } => {
                if *idx < items.len() {
                    *idx += 1;
                    Some(items[*idx - 1].clone())
                } else {
                    None
                }
            }
            IterKind::Exhausted => None,
            _ => {
                drop(kind);
                return self.calling_iter_next(obj);
            }
        };
        Ok(r)
    }

    /// Iterators that call back into Python (map, filter, zip...).
    fn calling_iter_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let kind = std::mem::replace(&mut *obj.kind.borrow_mut(), IterKind::Exhausted);
        let (result, kind) = match kind {
            IterKind::Enumerate { inner, count } => match self.iter_next(&inner)? {
                Some(v) => {
                    let next = self.binary_op(crate::ast::BinOp::Add, &count, &Value::Int(1))?;
                    (Some(Value::tuple(vec![count, v])), IterKind::Enumerate { inner, count: next })
                }
                None => (None, IterKind::Exhausted),
            },
            IterKind::Zip { iters, strict } => {
                let mut vals = Vec::with_capacity(iters.len());
                let mut done = false;
                for (i, it) in iters.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => vals.push(v),
                        None => {
                            if strict && i > 0 {
                                let msg = format!("zip() argument {} is shorter than argument{}{}", i + 1, zip_plural(i), i);
                                return Err(self.new_exception("ValueError", &msg));
                            }
                            if strict {
                                // The first ran out: every other one must be exhausted too.
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        let msg = format!("zip() argument {} is longer than argument{}{}", j + 1, zip_plural(j), j);
                                        return Err(self.new_exception("ValueError", &msg));
                                    }
                                }
                            }
                            done = true;
                            break;
                        }
                    }
                }
                if done || iters.is_empty() {
                    (None, IterKind::Exhausted)
                } else {
                    (Some(Value::tuple(vals)), IterKind::Zip { iters, strict })
                }
            }
            IterKind::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                let mut done = false;
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    (None, IterKind::Exhausted)
                } else {
                    let r = self.call(&func, args, Vec::new());
                    let r = match r {
                        Ok(v) => v,
                        Err(e) => {
                            *obj.kind.borrow_mut() = IterKind::Map { func, iters };
                            return Err(e);
                        }
                    };
                    (Some(r), IterKind::Map { func, iters })
                }
            }
            IterKind::Filter { func, iter } => {
                let mut found = None;
                while let Some(v) = self.iter_next(&iter)? {
                    let keep = if func.is_none() {
                        self.is_true(&v)?
                    } else {
                        let r = self.call1(&func, v.clone())?;
                        self.is_true(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), IterKind::Filter { func, iter }),
                    None => (None, IterKind::Exhausted),
                }
            }
            IterKind::Reversed { seq, idx } => {
                if idx < 0 {
                    (None, IterKind::Exhausted)
                } else {
                    let len = self.len(&seq)? as i64;
                    if idx >= len {
                        (None, IterKind::Exhausted)
                    } else {
                        let v = self.getitem(&seq, &Value::Int(idx))?;
                        (Some(v), IterKind::Reversed { seq, idx: idx - 1 })
                    }
                }
            }
            IterKind::SeqIter { obj: o, idx } => match self.getitem(&o, &Value::Int(idx)) {
                Ok(v) => (Some(v), IterKind::SeqIter { obj: o, idx: idx + 1 }),
                Err(PyErr::Exception(e)) if self.is_instance_of(&e, "IndexError") || self.is_instance_of(&e, "StopIteration") => {
                    (None, IterKind::Exhausted)
                }
                Err(e) => return Err(e),
            },
            IterKind::CallIter { func, sentinel } => {
                let v = self.call0(&func)?;
                if self.eq(&v, &sentinel)? {
                    (None, IterKind::Exhausted)
                } else {
                    (Some(v), IterKind::CallIter { func, sentinel })
                }
            }
            other => (None, other),
        };
        *obj.kind.borrow_mut() = kind;
        Ok(result)
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b = seq`
    pub fn unpack_sequence(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(_) => {
                        let tn = self.type_name(seq);
                        return Err(self.new_exception("TypeError", &format!("cannot unpack non-iterable {} object", tn)));
                    }
                };
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(self.new_exception("ValueError", &format!("too many values to unpack (expected {})", n)));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.new_exception("ValueError", &format!("too many values to unpack (expected {})", n)));
        }
        if items.len() < n {
            return Err(self.new_exception(
                "ValueError",
                &format!("not enough values to unpack (expected {}, got {})", n, items.len()),
            ));
        }
        Ok(items)
    }

    /// `a, *b, c = seq`
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.collect(seq) {
            Ok(v) => v,
            Err(_) => {
                let tn = self.type_name(seq);
                return Err(self.new_exception("TypeError", &format!("cannot unpack non-iterable {} object", tn)));
            }
        };
        if items.len() < before + after {
            return Err(self.new_exception(
                "ValueError",
                &format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()),
            ));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    /// `len(v)`
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.data.borrow().len(),
            Value::Set(s) | Value::FrozenSet(s) => s.data.borrow().len(),
            Value::Bytes(b) => b.len(),
            Value::Range(r) => self.range_len(r)?,
            Value::Class(_) if self.class_hook(v, "__class_len__")?.is_some() => {
                let f = self.class_hook(v, "__class_len__")?.expect("checked");
                let r = self.call(&f, Vec::new(), Vec::new())?;
                return Ok(self.index_value(&r)?.unwrap_or(0).max(0) as usize);
            }
            _ => {
                if let Some(f) = self.lookup_special(v, "__len__") {
                    let r = self.call1(&f, v.clone())?;
                    return match self.index_value(&r)? {
                        Some(n) if n >= 0 => Ok(n as usize),
                        Some(_) => Err(self.new_exception("ValueError", "__len__() should return >= 0")),
                        None => {
                            let tn = self.type_name(&r);
                            Err(self.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)))
                        }
                    };
                }
                if let Some(p) = self.payload_of(v) {
                    return self.len(&p);
                }
                let tn = self.type_name(v);
                return Err(self.new_exception("TypeError", &format!("object of type '{}' has no len()", tn)));
            }
        })
    }
}

/// CPython names the arguments before the odd one: `argument 1` or `arguments 1-2`.
fn zip_plural(i: usize) -> &'static str {
    if i == 1 { " " } else { "s 1-" }
}
