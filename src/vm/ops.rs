//! Operators: arithmetic on the numeric tower, sequence operators,
//! comparisons, truthiness and hashing, with dunder dispatch for instances.

use super::{PyErr, PyResult, Vm};
use crate::ast::{BinOp, CmpOp};
use crate::objects::*;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// A number as the arithmetic sees it.
enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big((**b).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(b) => as_num(&b.borrow()),
            _ => None,
        },
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

/// Exact comparison of an int with a float, as CPython does it: `10**25 ==
/// 1e25` is False because 1e25 is not exactly 10**25. `None` for NaN.
fn cmp_int_float(n: &Num, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if let Num::Int(i) = n {
        // Below 2**53 an i64 converts to f64 exactly.
        if i.unsigned_abs() < (1u64 << 53) {
            return (*i as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = f.floor();
    let fb = BigInt::from_f64(floor)?;
    Some(match to_big(n).cmp(&fb) {
        Ordering::Equal if floor != f => Ordering::Less,
        o => o,
    })
}

pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// CPython's hash of an int (modulo the Mersenne prime 2**61 - 1).
pub fn hash_i64(i: i64) -> u64 {
    const P: i128 = (1 << 61) - 1;
    // Below the modulus an int is its own hash: no 128-bit division
    // (a library call) for the common keys.
    if i.unsigned_abs() < P as u64 {
        return if i == -1 { -2i64 as u64 } else { i as u64 };
    }
    let v = i as i128;
    let h = if v >= 0 { v % P } else { -((-v) % P) };
    let h = if h == -1 { -2 } else { h };
    h as i64 as u64
}

pub fn hash_bigint(b: &BigInt) -> u64 {
    let p = BigInt::from((1u64 << 61) - 1);
    let m = b.abs().mod_floor(&p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// CPython's `_Py_HashDouble`: integral floats hash like ints.
pub fn hash_f64(v: f64) -> u64 {
    const BITS: i32 = 61;
    const P: u64 = (1 << 61) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { (-314159i64) as u64 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & P) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    (if h == -1 { -2 } else { h }) as u64
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// CPython's tuple hash (xxHash-based, 3.8+).
pub fn hash_tuple(hashes: &[u64]) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in hashes {
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc
}

impl Vm {
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(v);
        }
        let (name, rname, _) = binop_dunders(op);
        if let Some(v) = self.dunder_binop(a, b, name, rname)? {
            return Ok(v);
        }
        if op == BinOp::BitOr && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_))) {
            // `int | None`: type.__or__ / __ror__ make a types.UnionType.
            let types = self.import_module("types")?;
            if let Some(f) = self.get_attr_opt(&types, "_union")? {
                let r = self.call(&f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mult {
            if let Some(v) = self.repeat_by_index(a, b)? {
                return Ok(v);
            }
        }
        Err(self.binop_type_error(op, a, b))
    }

    /// `seq * n` / `n * seq` where `n` is not an int but has `__index__`
    /// (CPython's sq_repeat, tried after both `__mul__`s).
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (seq, n) = match (self.repeatable_seq(a), self.repeatable_seq(b)) {
            (Some(s), _) if self.lookup_special(b, "__index__").is_some() => (s, b),
            (_, Some(s)) if self.lookup_special(a, "__index__").is_some() => (s, a),
            _ => return Ok(None),
        };
        match self.index_value(n)? {
            Some(n) => Ok(Some(self.repeat_seq(&seq, n)?)),
            None => Ok(None),
        }
    }

    /// The built-in sequence `v` is, or stands for (a subclass instance).
    fn repeatable_seq(&mut self, v: &Value) -> Option<Value> {
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_));
        match v {
            _ if is_seq(v) => Some(v.clone()),
            Value::Instance(_) => self.payload_of(v).filter(is_seq),
            _ => None,
        }
    }

    fn binop_type_error(&mut self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            if let Value::Str(_) = a {
                return self.new_exception("TypeError", &format!("can only concatenate str (not \"{}\") to str", tb));
            }
            if let Value::List(_) = a {
                return self.new_exception("TypeError", &format!("can only concatenate list (not \"{}\") to list", tb));
            }
            if let Value::Tuple(_) = a {
                return self.new_exception("TypeError", &format!("can only concatenate tuple (not \"{}\") to tuple", tb));
            }
        }
        if op == BinOp::Mult {
            if self.repeatable_seq(a).is_some() {
                return self.new_exception("TypeError", &format!("can't multiply sequence by non-int of type '{}'", tb));
            }
            if self.repeatable_seq(b).is_some() {
                return self.new_exception("TypeError", &format!("can't multiply sequence by non-int of type '{}'", ta));
            }
        }
        let sym = if op == BinOp::Pow { "** or pow()" } else { binop_symbol(op) };
        self.new_exception("TypeError", &format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, ta, tb))
    }

    /// `a.__op__(b)`, then `b.__rop__(a)` (first when b's type is a
    /// subclass of a's that overrides it).
    fn dunder_binop(&mut self, a: &Value, b: &Value, name: &'static str, rname: &'static str) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let f = if matches!(a, Value::Instance(_)) { self.lookup_special(a, name) } else { None };
        let rf = if matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) { self.lookup_special(b, rname) } else { None };
        let b_first = rf.is_some() && tb.is_subclass(&ta);
        if b_first {
            let r = self.call(rf.as_ref().unwrap(), vec![b.clone(), a.clone()], Vec::new())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(f) = f {
            let r = self.call(&f, vec![a.clone(), b.clone()], Vec::new())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !b_first {
            if let Some(rf) = rf {
                let r = self.call(&rf, vec![b.clone(), a.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        // Instances of built-in subclasses operate on their payload.
        let pa = self.payload_of(a);
        let pb = self.payload_of(b);
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            if !matches!(a2, Value::Instance(_)) && !matches!(b2, Value::Instance(_)) {
                return self.builtin_binop(op_of(name), &a2, &b2);
            }
        }
        Ok(None)
    }

    /// The built-in value behind an instance of a subclass of a built-in.
    pub fn payload_of(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::Builtin(b) => Some(b.borrow().clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                if let Some(n) = self.index_value(b)? {
                    let mut items = l.items.borrow_mut();
                    let orig = items.clone();
                    items.clear();
                    for _ in 0..n.max(0) {
                        items.extend(orig.iter().cloned());
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) => {
                if let Value::Set(_) | Value::FrozenSet(_) = b {
                    let r = self.builtin_binop(op, a, b)?.unwrap_or(Value::None);
                    if let Value::Set(r) = r {
                        let d = r.data.borrow().clone();
                        *s.data.borrow_mut() = d;
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                self.dict_update_from(&Value::Dict(d.clone()), b, false, None)?;
                return Ok(a.clone());
            }
            (_, Value::Instance(_)) => {
                let (_, _, iname) = binop_dunders(op);
                if let Some(f) = self.lookup_special(a, iname) {
                    let r = self.call(&f, vec![a.clone(), b.clone()], Vec::new())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op(op, a, b).map_err(|e| e)
    }

    /// Operators on built-in values; `None` when the types do not apply.
    fn builtin_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // `s + t` first: the numeric and complex tests below never apply.
        if let (BinOp::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
            return Ok(Some(Value::Str(Rc::new(PyStr::concat(x, y)))));
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(*x & *y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(*x | *y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(*x ^ *y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            return self.numeric_op(op, x, y).map(Some);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            if let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) {
                return self.complex_binop(op, x, y);
            }
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = (**x).clone();
                v.extend(y.iter());
                Some(Value::Bytes(Rc::new(v)))
            }
            (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), Value::Int(_) | Value::Bool(_)) => {
                let n = self.index_value(b)?.unwrap_or(0);
                Some(self.repeat_seq(a, n)?)
            }
            (BinOp::Mult, Value::Int(_) | Value::Bool(_), Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
                let n = self.index_value(a)?.unwrap_or(0);
                Some(self.repeat_seq(b, n)?)
            }
            (BinOp::Mod, Value::Str(s), _) => Some(self.percent_format(s.as_str(), b)?),
            (BinOp::Mod, Value::Bytes(s), _) => Some(self.bytes_percent_format(s, b)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                Some(self.set_binop(op, a, b)?)
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = Rc::new(PyDict::with_data(x.data.borrow().clone()));
                self.dict_update_from(&Value::Dict(d.clone()), &Value::Dict(y.clone()), false, None)?;
                Some(Value::Dict(d))
            }
            _ => None,
        })
    }

    fn repeat_seq(&mut self, seq: &Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        Ok(match seq {
            Value::Str(s) => {
                if s.as_str().len().saturating_mul(n) > (1 << 34) {
                    return Err(self.new_exception("MemoryError", ""));
                }
                Value::string(s.as_str().repeat(n))
            }
            Value::List(l) => {
                let items = l.items.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(n))),
            _ => Value::None,
        })
    }

    fn numeric_op(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
        match (&x, &y) {
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                let a = self.num_to_f64(&x)?;
                let b = self.num_to_f64(&y)?;
                return self.float_binop(op, a, b);
            }
            _ => {}
        }
        if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
            if let Some(v) = crate::vm::eval::fast_binop(op, &Value::Int(*a), &Value::Int(*b)) {
                return Ok(v);
            }
        }
        let a = to_big(&x);
        let b = to_big(&y);
        self.bigint_binop(op, a, b)
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => match big_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(self.new_exception("OverflowError", "int too large to convert to float")),
            },
        }
    }

    fn bigint_binop(&mut self, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => Value::from_bigint(a + b),
            BinOp::Sub => Value::from_bigint(a - b),
            BinOp::Mult => Value::from_bigint(a * b),
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.new_exception("ZeroDivisionError", "integer division or modulo by zero"));
                }
                Value::from_bigint(a.div_floor(&b))
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.new_exception("ZeroDivisionError", "integer modulo by zero"));
                }
                Value::from_bigint(a.mod_floor(&b))
            }
            BinOp::Div => {
                if b.is_zero() {
                    return Err(self.new_exception("ZeroDivisionError", "division by zero"));
                }
                match (a.to_i64(), b.to_i64()) {
                    (Some(x), Some(y)) if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => Value::Float(x as f64 / y as f64),
                    _ => match crate::format::int_true_div(&a, &b) {
                        Ok(f) => Value::Float(f),
                        Err(m) => return Err(self.new_exception("OverflowError", &m)),
                    },
                }
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let fa = big_to_f64(&a).unwrap_or(f64::INFINITY);
                    let fb = big_to_f64(&b).unwrap_or(f64::NEG_INFINITY);
                    return self.float_binop(BinOp::Pow, fa, fb);
                }
                let e = match b.to_u32() {
                    Some(e) => e,
                    None => {
                        if a.is_zero() || a == BigInt::from(1) {
                            return Ok(Value::from_bigint(a));
                        }
                        return Err(self.new_exception("OverflowError", "exponent too large"));
                    }
                };
                Value::from_bigint(num_traits::pow::pow(a, e as usize))
            }
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.new_exception("ValueError", "negative shift count"));
                }
                let n = b.to_usize().unwrap_or(usize::MAX);
                if n > 1 << 32 {
                    return Err(self.new_exception("OverflowError", "too many digits in integer"));
                }
                Value::from_bigint(a << n)
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.new_exception("ValueError", "negative shift count"));
                }
                let n = b.to_usize().unwrap_or(usize::MAX);
                if n > 1 << 32 {
                    return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
                }
                // Python's >> floors (BigInt's >> does too for negatives).
                Value::from_bigint(a >> n)
            }
            BinOp::BitAnd => Value::from_bigint(a & b),
            BinOp::BitOr => Value::from_bigint(a | b),
            BinOp::BitXor => Value::from_bigint(a ^ b),
            BinOp::MatMult => return Err(self.new_exception("TypeError", "unsupported operand type(s) for @: 'int' and 'int'")),
        })
    }

    pub fn float_binop(&mut self, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => a * b,
            BinOp::Div => {
                if b == 0.0 {
                    return Err(self.new_exception("ZeroDivisionError", "float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.new_exception("ZeroDivisionError", "float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.new_exception("ZeroDivisionError", "float modulo"));
                }
                float_divmod(a, b).1
            }
            BinOp::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(self.new_exception("ZeroDivisionError", "0.0 cannot be raised to a negative power"));
                }
                if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
                    // CPython's float_pow hands this case to complex_pow.
                    let r = super::complex::pow(Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 });
                    return match r {
                        Ok(z) => Ok(Value::complex(z.re, z.im)),
                        Err((exc, msg)) => Err(self.new_exception(exc, msg)),
                    };
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return Err(self.new_exception("OverflowError", "(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let sym = binop_symbol(op);
                return Err(self.new_exception("TypeError", &format!("unsupported operand type(s) for {}: 'float' and 'float'", sym)));
            }
        }))
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::from_bigint(-BigInt::from(*i)))),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            Value::Complex(z) => Ok(Value::complex(-z.re, -z.im)),
            _ => self.unary_dunder(v, "__neg__", "-"),
        }
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_dunder(v, "__pos__", "+"),
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_dunder(v, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, v: &Value, name: &'static str, sym: &str) -> PyResult<Value> {
        if let Value::Instance(_) = v {
            if let Some(f) = self.lookup_special(v, name) {
                return self.call1(&f, v.clone());
            }
        }
        let tn = self.type_name(v);
        Err(self.new_exception("TypeError", &format!("bad operand type for unary {}: '{}'", sym, tn)))
    }

    // ---- comparison ----

    /// `a op b` for the six rich comparisons.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let (name, refl) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => ("", ""),
        };
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rf = if matches!(b, Value::Instance(_)) { self.user_special(b, refl) } else { None };
        let b_first = rf.is_some() && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_first {
            let r = self.call(rf.as_ref().unwrap(), vec![b.clone(), a.clone()], Vec::new())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if matches!(a, Value::Instance(_)) {
            if let Some(f) = self.user_special(a, name) {
                let r = self.call(&f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if !b_first {
            if let Some(rf) = rf {
                let r = self.call(&rf, vec![b.clone(), a.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // `!=` defaults to the inverse of a user `__eq__`.
        if op == CmpOp::NotEq {
            if let Some(f) = if matches!(a, Value::Instance(_)) { self.user_special(a, "__eq__") } else { None } {
                let r = self.call(&f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Value::Bool(!self.is_true(&r)?));
                }
            }
        }
        // Built-in subclasses compare by payload.
        let pa = self.payload_of(a);
        let pb = self.payload_of(b);
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            if let Some(r) = self.builtin_compare(op, &a2, &b2)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.new_exception("TypeError", &format!("'{}' not supported between instances of '{}' and '{}'", sym, ta, tb)))
            }
        }
    }

    /// A special method defined in Python on the value's class (not the
    /// built-in defaults of `object`).
    fn user_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        match self.lookup_special(v, name) {
            Some(f @ Value::Function(_)) => Some(f),
            Some(Value::Builtin(_)) | None => None,
            Some(other) => Some(other),
        }
    }

    /// Comparison of built-in values; `None` if not applicable.
    fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if let Some(r) = crate::vm::eval::fast_compare(op, a, b) {
            return Ok(Some(r));
        }
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Instance(_), _) | (_, Value::Instance(_)) => return Ok(None),
            _ if num_of(a).is_some() && num_of(b).is_some() => {
                let (x, y) = (num_of(a).unwrap(), num_of(b).unwrap());
                match (&x, &y) {
                    (Num::Float(l), Num::Float(r)) => l.partial_cmp(r),
                    (Num::Float(f), n) => cmp_int_float(n, *f).map(Ordering::reverse),
                    (n, Num::Float(f)) => cmp_int_float(n, *f),
                    _ => Some(to_big(&x).cmp(&to_big(&y))),
                }
            }
            (Value::Complex(z), other) | (other, Value::Complex(z)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(None);
                }
                let same = match (other, num_of(other)) {
                    (Value::Complex(w), _) => z.re == w.re && z.im == w.im,
                    (_, Some(Num::Float(f))) => z.im == 0.0 && z.re == f,
                    (_, Some(n)) => z.im == 0.0 && cmp_int_float(&n, z.re) == Some(Ordering::Equal),
                    (_, None) => return Ok(Some(op == CmpOp::NotEq)),
                };
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_compare(op, &x.clone(), &y.clone()).map(Some),
            (Value::List(x), Value::List(y)) => {
                let (xv, yv) = (x.items.borrow().clone(), y.items.borrow().clone());
                return self.seq_compare(op, &xv, &yv).map(Some);
            }
            (Value::None, Value::None) => Some(Ordering::Equal),
            // Bound methods are equal when bound to the same object (by
            // identity) with equal functions.
            (Value::BoundMethod(x), Value::BoundMethod(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let same = x.self_.is(&y.self_) && self.eq(&x.func, &y.func)?;
                return Ok(Some(same == matches!(op, CmpOp::Eq)));
            }
            (Value::Dict(x), Value::Dict(y)) => {
                return match op {
                    CmpOp::Eq => self.dict_eq(x, y).map(Some),
                    CmpOp::NotEq => self.dict_eq(x, y).map(|r| Some(!r)),
                    _ => Ok(None),
                };
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => return self.set_compare(op, a, b).map(Some),
            (Value::Range(x), Value::Range(y)) => {
                let same = x.same_values(y);
                return Ok(match op {
                    CmpOp::Eq => Some(same),
                    CmpOp::NotEq => Some(!same),
                    _ => None,
                });
            }
            _ => {
                return Ok(match op {
                    CmpOp::Eq => {
                        if std::mem::discriminant(a) == std::mem::discriminant(b) || !matches!(a, Value::Instance(_)) {
                            Some(a.is(b))
                        } else {
                            None
                        }
                    }
                    CmpOp::NotEq => Some(!a.is(b)),
                    _ => None,
                })
            }
        };
        Ok(match ord {
            None => Some(matches!(op, CmpOp::NotEq)), // NaN
            Some(o) => Some(match op {
                CmpOp::Eq => o == Ordering::Equal,
                CmpOp::NotEq => o != Ordering::Equal,
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                CmpOp::GtE => o != Ordering::Less,
                _ => false,
            }),
        })
    }

    /// Lexicographic comparison of sequences (lists, tuples).
    fn seq_compare(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if !self.eq(&x[i], &y[i])? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(op, &x[i], &y[i])?;
                        self.is_true(&r)
                    }
                };
            }
        }
        let (lx, ly) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Eq => lx == ly,
            CmpOp::NotEq => lx != ly,
            CmpOp::Lt => lx < ly,
            CmpOp::LtE => lx <= ly,
            CmpOp::Gt => lx > ly,
            CmpOp::GtE => lx >= ly,
            _ => false,
        })
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = fast_key_eq(a, b) {
            if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
                return Ok(r);
            }
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.is_true(&r)
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.data.borrow().len() != y.data.borrow().len() {
            return Ok(false);
        }
        let items = x.data.borrow().items();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Complex(z) => z.re != 0.0 || z.im != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.data.borrow().is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.data.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => {
                if let Some(f) = self.user_special(v, "__bool__") {
                    let r = self.call1(&f, v.clone())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self.new_exception("TypeError", &format!("__bool__ should return bool, returned {}", tn)))
                        }
                    };
                }
                if self.user_special(v, "__len__").is_some() {
                    // len()'s checks: an int >= 0 that fits an index.
                    return Ok(self.len(v)? != 0);
                }
                if let Some(p) = self.payload_of(v) {
                    return self.is_true(&p);
                }
                true
            }
            Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, "__bool__") {
                    let r = self.call1(&f, v.clone())?;
                    return self.is_true(&r);
                }
                if let Some(f) = self.lookup_special(v, "__len__") {
                    let r = self.call1(&f, v.clone())?;
                    return Ok(self.index_value(&r)?.unwrap_or(0) != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// An integer value for indexing (`__index__`): ints, bools, instances.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        Ok(match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            Value::Instance(_) => {
                if let Some(f) = self.user_special(v, "__index__") {
                    let r = self.call1(&f, v.clone())?;
                    return self.index_value(&r);
                }
                match self.payload_of(v) {
                    Some(p @ Value::Int(_)) => self.index_value(&p)?,
                    _ => None,
                }
            }
            _ => None,
        })
    }

    // ---- hashing ----

    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_f64(*f),
            Value::Complex(z) => super::complex::hash(**z),
            Value::None => 0xFCA86420,
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.len());
                for x in t.iter() {
                    hs.push(self.hash(x)?);
                }
                hash_tuple(&hs)
            }
            Value::Bytes(b) => crate::objects::str_siphash(b),
            Value::FrozenSet(s) => {
                let mut h: u64 = 0;
                for (eh, _) in s.data.borrow().iter() {
                    h ^= ((eh ^ 89869747) ^ (eh << 16)).wrapping_mul(3644798167);
                }
                h ^= ((s.data.borrow().len() as u64) + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h.wrapping_mul(69069).wrapping_add(907133923)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                let tn = self.type_name(v);
                return Err(self.new_exception("TypeError", &format!("unhashable type: '{}'", tn)));
            }
            Value::Instance(i) => {
                let cls = i.class();
                let hname = self.intern("__hash__");
                match cls.lookup("__hash__", hname.hash()) {
                    Some(Value::None) => {
                        return Err(self.new_exception("TypeError", &format!("unhashable type: '{}'", cls.name())));
                    }
                    Some(f @ Value::Function(_)) => {
                        let r = self.call1(&f, v.clone())?;
                        match r {
                            // Taken as it is when it fits (CPython's
                            // slot_tp_hash): `hash(self.name)` of a str
                            // must land where the str itself does.
                            Value::Int(-1) => -2i64 as u64,
                            Value::Int(i) => i as u64,
                            Value::BigInt(b) => hash_bigint(&b),
                            Value::Bool(b) => b as u64,
                            _ => return Err(self.new_exception("TypeError", "__hash__ method should return an integer")),
                        }
                    }
                    _ => match &i.payload {
                        Payload::Builtin(p) if !matches!(cls.base_kind, BaseKind::List | BaseKind::Dict | BaseKind::Set) => {
                            let p = p.borrow().clone();
                            self.hash(&p)?
                        }
                        Payload::Builtin(_) => {
                            return Err(self.new_exception("TypeError", &format!("unhashable type: '{}'", cls.name())));
                        }
                        _ => id_hash(v),
                    },
                }
            }
            other => id_hash(other),
        })
    }
}

pub fn id_hash(v: &Value) -> u64 {
    let p = v.heap_ptr().unwrap_or(0) as u64;
    p.rotate_right(4)
}

fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => as_num(v),
        _ => None,
    }
}

fn op_of(dunder: &str) -> BinOp {
    match dunder {
        "__add__" => BinOp::Add,
        "__sub__" => BinOp::Sub,
        "__mul__" => BinOp::Mult,
        "__truediv__" => BinOp::Div,
        "__floordiv__" => BinOp::FloorDiv,
        "__mod__" => BinOp::Mod,
        "__pow__" => BinOp::Pow,
        "__lshift__" => BinOp::LShift,
        "__rshift__" => BinOp::RShift,
        "__or__" => BinOp::BitOr,
        "__xor__" => BinOp::BitXor,
        "__and__" => BinOp::BitAnd,
        _ => BinOp::MatMult,
    }
}

/// Python's float floor division and modulo (sign of the divisor).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}
