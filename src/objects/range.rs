//! `range` objects. A range whose bounds and length fit in an i64 keeps
//! them inline (the fast path of every `for i in range(n)`); one beyond
//! that (`range(10**20)`) carries its bounds as big ints in `big`, and the
//! inline fields are then unused.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

fn len_of(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

impl RangeObj {
    /// A range from machine ints (step non-zero); promoted to big bounds
    /// when its length does not fit in an i64 (`range(-2**63, 2**63-1)`).
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        let r = RangeObj { start, stop, step, big: None };
        if r.len128() > i64::MAX as i128 {
            return RangeObj::from_big(BigInt::from(start), BigInt::from(stop), BigInt::from(step));
        }
        r
    }

    /// A range from any ints (step non-zero).
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            let r = RangeObj { start: a, stop: b, step: c, big: None };
            if r.len128() <= i64::MAX as i128 {
                return r;
            }
        }
        RangeObj { start: 0, stop: 0, step: 1, big: Some(Box::new(BigRange { start, stop, step })) }
    }

    fn len128(&self) -> i128 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    /// The length of a range with inline bounds (0 for a big one: check
    /// `big` or use `big_len`).
    pub fn len(&self) -> i64 {
        if self.big.is_some() {
            return 0;
        }
        self.len128() as i64
    }

    /// The item at `i` (0 <= i < len) of a range with inline bounds.
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }

    /// (start, stop, step) as big ints, whichever the representation.
    pub fn parts(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (BigInt::from(self.start), BigInt::from(self.stop), BigInt::from(self.step)),
        }
    }

    pub fn big_len(&self) -> BigInt {
        match &self.big {
            Some(b) => len_of(&b.start, &b.stop, &b.step),
            None => BigInt::from(self.len()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => len_of(&b.start, &b.stop, &b.step).is_zero(),
            None => self.len() == 0,
        }
    }

    /// The item at `i` (0 <= i < len).
    pub fn big_get(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.parts();
        start + i * step
    }

    /// The position of `v` among the range's values, if it is one.
    pub fn position(&self, v: &BigInt) -> Option<BigInt> {
        let (start, _, step) = self.parts();
        let (k, rem) = (v - &start).div_rem(&step);
        (rem.is_zero() && !k.is_negative() && k < self.big_len()).then_some(k)
    }

    /// `self[a:b:c]` given the slice already resolved against the length
    /// (start, stop, step) as `slice.indices` would.
    pub fn slice(&self, si_start: &BigInt, si_stop: &BigInt, si_step: &BigInt) -> RangeObj {
        let (start, _, step) = self.parts();
        RangeObj::from_big(&start + si_start * &step, &start + si_stop * &step, step * si_step)
    }

    /// Equality as CPython defines it: same sequence of values.
    pub fn same_values(&self, other: &RangeObj) -> bool {
        let (la, lb) = (self.big_len(), other.big_len());
        if la != lb {
            return false;
        }
        if la.is_zero() {
            return true;
        }
        let (sa, _, pa) = self.parts();
        let (sb, _, pb) = other.parts();
        sa == sb && (la.is_one() || pa == pb)
    }

    pub fn copy(&self) -> RangeObj {
        RangeObj {
            start: self.start,
            stop: self.stop,
            step: self.step,
            big: self.big.as_ref().map(|b| Box::new(BigRange { start: b.start.clone(), stop: b.stop.clone(), step: b.step.clone() })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_ranges_keep_exact_lengths() {
        let e20 = BigInt::from(10u64).pow(20);
        let r = RangeObj::from_big(BigInt::zero(), e20.clone(), BigInt::one());
        assert!(r.big.is_some());
        assert_eq!(r.big_len(), e20);
        assert_eq!(r.big_get(&(&e20 - 1)), &e20 - 1);
        assert_eq!(r.position(&BigInt::from(7)), Some(BigInt::from(7)));
        assert_eq!(r.position(&e20), None);
        // Small bounds whose length overflows an i64 are promoted too.
        assert!(RangeObj::new(i64::MIN, i64::MAX, 1).big.is_some());
        let small = RangeObj::from_big(BigInt::from(2), BigInt::from(20), BigInt::from(3));
        assert!(small.big.is_none());
        assert_eq!(small.len(), 6);
        let back = RangeObj::from_big(BigInt::from(5), BigInt::from(-1), BigInt::from(-2));
        assert_eq!(back.len(), 3);
        assert!(back.same_values(&RangeObj::new(5, 0, -2)));
    }
}
