//! The operations of `range` objects whose bounds or length go beyond an
//! i64 (`range(10**20)`), done on big ints. Ranges with inline bounds take
//! the fast paths in containers.rs and iterate.rs; these are the rest.

use super::{PyResult, Vm};
use crate::objects::{RangeObj, SliceObj};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

impl Vm {
    /// The exact integer behind an `__index__`-able value; `None` if not one.
    pub fn big_index(&mut self, v: &Value) -> PyResult<Option<BigInt>> {
        Ok(match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            Value::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__index__") {
                    let r = self.call1(&f, v.clone())?;
                    return self.big_index(&r);
                }
                match self.payload_of(v) {
                    Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => self.big_index(&p)?,
                    _ => None,
                }
            }
            _ => None,
        })
    }

    /// `len(r)`: OverflowError beyond sys.maxsize, as CPython.
    pub fn range_len(&mut self, r: &RangeObj) -> PyResult<usize> {
        if r.big.is_none() {
            return Ok(r.len() as usize);
        }
        match r.big_len().to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.new_exception("OverflowError", "Python int too large to convert to C ssize_t")),
        }
    }

    /// `r[key]` for an int or a slice, on big ints.
    pub fn range_getitem_big(&mut self, r: &RangeObj, key: &Value) -> PyResult<Value> {
        let len = r.big_len();
        if let Value::Slice(s) = key {
            let (start, stop, step) = self.big_slice_indices(s, &len)?;
            return Ok(Value::Range(Rc::new(r.slice(&start, &stop, &step))));
        }
        let Some(mut i) = self.big_index(key)? else {
            let tn = self.type_name(key);
            return Err(self.new_exception("TypeError", &format!("range indices must be integers or slices, not {}", tn)));
        };
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(self.new_exception("IndexError", "range object index out of range"));
        }
        Ok(Value::from_bigint(r.big_get(&i)))
    }

    /// PySlice_GetIndicesEx on big ints: (start, stop, step).
    fn big_slice_indices(&mut self, s: &SliceObj, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        const MSG: &str = "slice indices must be integers or None or have an __index__ method";
        let step = match &s.step {
            Value::None => BigInt::one(),
            v => match self.big_index(v)? {
                Some(x) if x.is_zero() => return Err(self.new_exception("ValueError", "slice step cannot be zero")),
                Some(x) => x,
                None => return Err(self.new_exception("TypeError", MSG)),
            },
        };
        let neg = step.is_negative();
        let (lo_default, hi_default) = if neg { (len - 1, BigInt::from(-1)) } else { (BigInt::zero(), len.clone()) };
        let bound = |vm: &mut Vm, v: &Value, default: BigInt| -> PyResult<BigInt> {
            let mut x = match v {
                Value::None => return Ok(default),
                v => match vm.big_index(v)? {
                    Some(x) => x,
                    None => return Err(vm.new_exception("TypeError", MSG)),
                },
            };
            if x.is_negative() {
                x += len;
                if x.is_negative() {
                    x = if neg { BigInt::from(-1) } else { BigInt::zero() };
                }
            } else if &x >= len {
                x = if neg { len - 1 } else { len.clone() };
            }
            Ok(x)
        };
        let start = bound(self, &s.start, lo_default)?;
        let stop = bound(self, &s.stop, hi_default)?;
        Ok((start, stop, step))
    }

    /// `item in r` when item is an int: arithmetic, not a scan.
    pub fn range_contains_int(&mut self, r: &RangeObj, item: &Value) -> PyResult<Option<bool>> {
        if !matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Ok(None);
        }
        let v = self.big_index(item)?.unwrap_or_default();
        Ok(Some(r.position(&v).is_some()))
    }

    /// `range.start`, `.stop`, `.step`.
    pub fn range_attr(&self, r: &RangeObj, name: &str) -> Option<Value> {
        let (start, stop, step) = r.parts();
        Some(Value::from_bigint(match name {
            "start" => start,
            "stop" => stop,
            "step" => step,
            _ => return None,
        }))
    }
}
