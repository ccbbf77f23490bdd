//! Methods of `int`, `bool` and `float`. The arithmetic dunders exist for
//! explicit calls (`int.__add__(1, 2)`) and subclasses; they defer to the
//! VM's operators and return NotImplemented for foreign operand types, as
//! CPython's slot wrappers do.

use super::*;
use crate::ast::{BinOp, CmpOp};
use crate::vm::PyResult;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
}

pub fn install(vm: &mut Vm) {
    install_int(vm);
    install_bool(vm);
    install_float(vm);
}

// ---- operand extraction ----

/// The int behind `v` (int, bool, or int-subclass instance) as Int/BigInt.
fn int_val(vm: &Vm, v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(p @ (Value::Int(_) | Value::BigInt(_))) => Some(p),
            Some(Value::Bool(b)) => Some(Value::Int(b as i64)),
            _ => None,
        },
        _ => None,
    }
}

fn float_val(vm: &Vm, v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::Float(f)) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

fn to_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

fn type_name_of(k: Kind) -> &'static str {
    match k {
        Kind::Int => "int",
        Kind::Float => "float",
    }
}

/// `self` of a numeric method, unwrapped to Int/BigInt or Float.
fn this_num(vm: &mut Vm, args: &[Value], k: Kind, meth: &str) -> PyResult<Value> {
    let tn = type_name_of(k);
    let v = match args.first() {
        Some(v) => v,
        None => return Err(vm.new_exception("TypeError", &format!("descriptor '{}' of '{}' object needs an argument", meth, tn))),
    };
    let r = match k {
        Kind::Int => int_val(vm, v),
        Kind::Float => float_val(vm, v).map(Value::Float),
    };
    match r {
        Some(x) => Ok(x),
        None => {
            let got = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("descriptor '{}' requires a '{}' object but received a '{}'", meth, tn, got)))
        }
    }
}

/// The other operand of a `k` method, or None (NotImplemented).
fn other_num(vm: &Vm, v: &Value, k: Kind) -> Option<Value> {
    if let Some(i) = int_val(vm, v) {
        return Some(i);
    }
    if k == Kind::Float {
        return float_val(vm, v).map(Value::Float);
    }
    None
}

fn nargs(vm: &mut Vm, args: &[Value], meth: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!("expected {} argument{}, got {}", min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} arguments, got {}", meth, max, n)
    };
    Err(vm.new_exception("TypeError", &msg))
}

// ---- binary dunders ----

fn num_binop(vm: &mut Vm, args: &[Value], k: Kind, op: BinOp, reflected: bool, meth: &str) -> PyResult<Value> {
    let s = this_num(vm, args, k, meth)?;
    nargs(vm, args, meth, 1, 1)?;
    let o = match other_num(vm, &args[1], k) {
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    if reflected {
        vm.binary_op(op, &o, &s)
    } else {
        vm.binary_op(op, &s, &o)
    }
}

fn num_divmod(vm: &mut Vm, args: &[Value], k: Kind, reflected: bool, meth: &str) -> PyResult<Value> {
    let s = this_num(vm, args, k, meth)?;
    nargs(vm, args, meth, 1, 1)?;
    let o = match other_num(vm, &args[1], k) {
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    let (a, b) = if reflected { (o, s) } else { (s, o) };
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&a, &b) {
        let x = vm.float_arg(&a)?;
        let y = vm.float_arg(&b)?;
        if y == 0.0 {
            return Err(vm.new_exception("ZeroDivisionError", "float divmod()"));
        }
        let (q, r) = crate::vm::ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = vm.binary_op(BinOp::FloorDiv, &a, &b)?;
    let r = vm.binary_op(BinOp::Mod, &a, &b)?;
    Ok(Value::tuple(vec![q, r]))
}

/// Modular inverse of `a` mod `m` (m > 0), if any.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

/// `pow(base, exp, mod)` on ints, with Python's semantics (negative
/// exponents invert; the result has the sign of the modulus).
pub(crate) fn int_pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.new_exception("ValueError", "pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let (b, e) = if exp.is_negative() {
        match mod_inverse(base, &am) {
            Some(inv) => (inv, -exp),
            None => return Err(vm.new_exception("ValueError", "base is not invertible for the given modulus")),
        }
    } else {
        (base.mod_floor(&am), exp.clone())
    };
    let mut r = b.modpow(&e, &am);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(Value::from_bigint(r))
}

fn num_pow(vm: &mut Vm, args: &[Value], k: Kind, reflected: bool, meth: &str) -> PyResult<Value> {
    let s = this_num(vm, args, k, meth)?;
    nargs(vm, args, meth, 1, 2)?;
    let o = match other_num(vm, &args[1], k) {
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    let (a, b) = if reflected { (o, s) } else { (s, o) };
    match args.get(2) {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, &a, &b),
        Some(m) => {
            let m = match (k, int_val(vm, m)) {
                (Kind::Int, Some(m)) => m,
                (Kind::Int, None) => return Ok(Value::NotImplemented),
                (Kind::Float, _) => {
                    return Err(vm.new_exception("TypeError", "pow() 3rd argument not allowed unless all arguments are integers"));
                }
            };
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                return Err(vm.new_exception("TypeError", "pow() 3rd argument not allowed unless all arguments are integers"));
            }
            int_pow_mod(vm, &to_big(&a), &to_big(&b), &to_big(&m))
        }
    }
}

fn num_cmp(vm: &mut Vm, args: &[Value], k: Kind, op: CmpOp, meth: &str) -> PyResult<Value> {
    let s = this_num(vm, args, k, meth)?;
    nargs(vm, args, meth, 1, 1)?;
    match other_num(vm, &args[1], k) {
        Some(o) => vm.compare(op, &s, &o),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! binops {
    ($($fname:ident = $kind:ident, $op:ident, $refl:expr, $name:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
            num_binop(vm, &args, Kind::$kind, BinOp::$op, $refl, $name)
        })*
    };
}

binops! {
    int_add = Int, Add, false, "__add__";
    int_radd = Int, Add, true, "__radd__";
    int_sub = Int, Sub, false, "__sub__";
    int_rsub = Int, Sub, true, "__rsub__";
    int_mul = Int, Mult, false, "__mul__";
    int_rmul = Int, Mult, true, "__rmul__";
    int_truediv = Int, Div, false, "__truediv__";
    int_rtruediv = Int, Div, true, "__rtruediv__";
    int_floordiv = Int, FloorDiv, false, "__floordiv__";
    int_rfloordiv = Int, FloorDiv, true, "__rfloordiv__";
    int_mod = Int, Mod, false, "__mod__";
    int_rmod = Int, Mod, true, "__rmod__";
    int_lshift = Int, LShift, false, "__lshift__";
    int_rlshift = Int, LShift, true, "__rlshift__";
    int_rshift = Int, RShift, false, "__rshift__";
    int_rrshift = Int, RShift, true, "__rrshift__";
    int_and = Int, BitAnd, false, "__and__";
    int_rand = Int, BitAnd, true, "__rand__";
    int_or = Int, BitOr, false, "__or__";
    int_ror = Int, BitOr, true, "__ror__";
    int_xor = Int, BitXor, false, "__xor__";
    int_rxor = Int, BitXor, true, "__rxor__";
    float_add = Float, Add, false, "__add__";
    float_radd = Float, Add, true, "__radd__";
    float_sub = Float, Sub, false, "__sub__";
    float_rsub = Float, Sub, true, "__rsub__";
    float_mul = Float, Mult, false, "__mul__";
    float_rmul = Float, Mult, true, "__rmul__";
    float_truediv = Float, Div, false, "__truediv__";
    float_rtruediv = Float, Div, true, "__rtruediv__";
    float_floordiv = Float, FloorDiv, false, "__floordiv__";
    float_rfloordiv = Float, FloorDiv, true, "__rfloordiv__";
    float_mod = Float, Mod, false, "__mod__";
    float_rmod = Float, Mod, true, "__rmod__";
}

macro_rules! cmps {
    ($($fname:ident = $kind:ident, $op:ident, $name:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
            num_cmp(vm, &args, Kind::$kind, CmpOp::$op, $name)
        })*
    };
}

cmps! {
    int_eq = Int, Eq, "__eq__";
    int_ne = Int, NotEq, "__ne__";
    int_lt = Int, Lt, "__lt__";
    int_le = Int, LtE, "__le__";
    int_gt = Int, Gt, "__gt__";
    int_ge = Int, GtE, "__ge__";
    float_eq = Float, Eq, "__eq__";
    float_ne = Float, NotEq, "__ne__";
    float_lt = Float, Lt, "__lt__";
    float_le = Float, LtE, "__le__";
    float_gt = Float, Gt, "__gt__";
    float_ge = Float, GtE, "__ge__";
}

fn int_divmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_divmod(vm, &args, Kind::Int, false, "__divmod__")
}
fn int_rdivmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_divmod(vm, &args, Kind::Int, true, "__rdivmod__")
}
fn float_divmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_divmod(vm, &args, Kind::Float, false, "__divmod__")
}
fn float_rdivmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_divmod(vm, &args, Kind::Float, true, "__rdivmod__")
}
fn int_pow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_pow(vm, &args, Kind::Int, false, "__pow__")
}
fn int_rpow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_pow(vm, &args, Kind::Int, true, "__rpow__")
}
fn float_pow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_pow(vm, &args, Kind::Float, false, "__pow__")
}
fn float_rpow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    num_pow(vm, &args, Kind::Float, true, "__rpow__")
}

// ---- unary and conversions shared by int and float ----

fn unary(vm: &mut Vm, args: &[Value], k: Kind, meth: &str) -> PyResult<Value> {
    let s = this_num(vm, args, k, meth)?;
    nargs(vm, args, meth, 0, 0)?;
    Ok(s)
}

fn int_neg(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__neg__")?;
    vm.unary_neg(&s)
}
fn int_pos(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, &args, Kind::Int, "__pos__")
}
fn int_abs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__abs__")?;
    Ok(Value::from_bigint(to_big(&s).abs()))
}
fn int_invert(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__invert__")?;
    Ok(Value::from_bigint(-to_big(&s) - 1))
}
fn int_bool(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__bool__")?;
    Ok(Value::Bool(!to_big(&s).is_zero()))
}
/// `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`,
/// `conjugate` and the `real`/`numerator` getters of int.
fn int_self(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, &args, Kind::Int, "__int__")
}
fn int_float(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__float__")?;
    Ok(Value::Float(vm.float_arg(&s)?))
}
fn int_zero(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, &args, Kind::Int, "imag")?;
    Ok(Value::Int(0))
}
fn int_one(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, &args, Kind::Int, "denominator")?;
    Ok(Value::Int(1))
}
fn int_hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__hash__")?;
    Ok(Value::Int(vm.hash(&s)? as i64))
}
fn int_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__repr__")?;
    Ok(Value::string(vm.repr(&s)?))
}
fn int_format(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_num(vm, &args, Kind::Int, "__format__")?;
    nargs(vm, &args, "__format__", 1, 1)?;
    let spec = vm.str_arg(&args[1], "__format__")?;
    // bool keeps its own formatting for the empty spec.
    let v = if matches!(args[0], Value::Bool(_)) { args[0].clone() } else { s };
    Ok(Value::string(vm.format(&v, &spec)?))
}
fn int_getnewargs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "__getnewargs__")?;
    Ok(Value::tuple(vec![s]))
}

fn int_round(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = this_num(vm, &args, Kind::Int, "__round__")?;
    nargs(vm, &args, "__round__", 0, 1)?;
    let n = match args.get(1) {
        None => return Ok(s),
        Some(n) => vm.int_arg(n, "__round__")?,
    };
    if n >= 0 {
        return Ok(s);
    }
    let v = to_big(&s);
    let m = num_traits::pow(BigInt::from(10), n.unsigned_abs().min(100_000) as usize);
    let (q, r) = v.div_mod_floor(&m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && q.is_odd()) { q + 1 } else { q };
    Ok(Value::from_bigint(q * m))
}

fn int_bit_length(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "bit_length")?;
    Ok(Value::Int(to_big(&s).bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "bit_count")?;
    let n: u64 = to_big(&s).magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(n as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = unary(vm, &args, Kind::Int, "as_integer_ratio")?;
    Ok(Value::tuple(vec![s, Value::Int(1)]))
}

fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => {
            let s = match &v {
                Value::Str(s) => s.as_str().to_string(),
                _ => {
                    let tn = vm.type_name(&v);
                    return Err(vm.new_exception("TypeError", &format!("to_bytes() argument 'byteorder' must be str, not {}", tn)));
                }
            };
            match s.as_str() {
                "little" => Ok(true),
                "big" => Ok(false),
                _ => Err(vm.new_exception("ValueError", "byteorder must be either 'little' or 'big'")),
            }
        }
    }
}

fn int_to_bytes(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let s = this_num(vm, &args, Kind::Int, "to_bytes")?;
    let a = &args[1..];
    if a.len() > 2 {
        return Err(vm.new_exception("TypeError", &format!("to_bytes() takes at most 2 positional arguments ({} given)", a.len())));
    }
    let length = match arg_or_kw(a, 0, &mut kw, "length") {
        Some(v) => vm.int_arg(&v, "to_bytes")?,
        None => 1,
    };
    let little = byteorder_arg(vm, arg_or_kw(a, 1, &mut kw, "byteorder"))?;
    let signed = match take_kw(&mut kw, "signed") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    no_more_kwargs(vm, "to_bytes", &kw)?;
    if length < 0 {
        return Err(vm.new_exception("ValueError", "length argument must be non-negative"));
    }
    let v = to_big(&s);
    if v.is_negative() && !signed {
        return Err(vm.new_exception("OverflowError", "can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.new_exception("OverflowError", "int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn int_from_bytes(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let cls = args[0].clone();
    let a = &args[1..];
    if a.len() > 2 {
        return Err(vm.new_exception("TypeError", &format!("from_bytes() takes at most 2 positional arguments ({} given)", a.len())));
    }
    let src = match arg_or_kw(a, 0, &mut kw, "bytes") {
        Some(v) => v,
        None => return Err(vm.new_exception("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let little = byteorder_arg(vm, arg_or_kw(a, 1, &mut kw, "byteorder"))?;
    let signed = match take_kw(&mut kw, "signed") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    no_more_kwargs(vm, "from_bytes", &kw)?;
    let mut bytes: Vec<u8> = match &src {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_) => return Err(vm.new_exception("TypeError", "cannot convert 'str' object to bytes")),
        other => {
            let items = vm.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                match vm.index_value(&x)? {
                    Some(i) if (0..256).contains(&i) => out.push(i as u8),
                    Some(_) => return Err(vm.new_exception("ValueError", "bytes must be in range(0, 256)")),
                    None => {
                        let tn = vm.type_name(&x);
                        return Err(vm.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)));
                    }
                }
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let r = Value::from_bigint(v);
    let is_int = matches!(&cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types.int) || Rc::ptr_eq(c, &vm.types.bool_));
    if is_int || !matches!(cls, Value::Class(_)) {
        return Ok(r);
    }
    vm.call(&cls, vec![r], Vec::new())
}

fn install_int(vm: &mut Vm) {
    let c = vm.types.int.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__int__", int_self),
        ("__index__", int_self),
        ("__trunc__", int_self),
        ("__floor__", int_self),
        ("__ceil__", int_self),
        ("__float__", int_float),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("conjugate", int_self),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    add_getter(&c, "real", int_self);
    add_getter(&c, "numerator", int_self);
    add_getter(&c, "imag", int_zero);
    add_getter(&c, "denominator", int_one);
    add_classmethod(&c, "from_bytes", int_from_bytes);
}

fn add_classmethod(cls: &Rc<Class>, name: &str, f: BuiltinFn) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = cls.name();
    dict_set_str(&cls.dict, name, Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(Rc::new(b))))));
}

// ---- bool ----

fn bool_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Bool(b)) => Ok(Value::str(if *b { "True" } else { "False" })),
        other => {
            let o = other.cloned();
            let msg = match &o {
                None => "descriptor '__repr__' of 'bool' object needs an argument".to_string(),
                Some(v) => format!("descriptor '__repr__' requires a 'bool' object but received a '{}'", vm.type_name(v)),
            };
            Err(vm.new_exception("TypeError", &msg))
        }
    }
}

/// `&`, `|`, `^` stay bool when both operands are bools.
fn bool_logic(vm: &mut Vm, args: Vec<Value>, op: BinOp, refl: bool, meth: &str) -> PyResult<Value> {
    if let (Some(Value::Bool(a)), Some(Value::Bool(b))) = (args.first(), args.get(1)) {
        let r = match op {
            BinOp::BitAnd => *a & *b,
            BinOp::BitOr => *a | *b,
            _ => *a ^ *b,
        };
        return Ok(Value::Bool(r));
    }
    num_binop(vm, &args, Kind::Int, op, refl, meth)
}

fn bool_and(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitAnd, false, "__and__")
}
fn bool_rand(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitAnd, true, "__rand__")
}
fn bool_or(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitOr, false, "__or__")
}
fn bool_ror(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitOr, true, "__ror__")
}
fn bool_xor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitXor, false, "__xor__")
}
fn bool_rxor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, args, BinOp::BitXor, true, "__rxor__")
}

fn install_bool(vm: &mut Vm) {
    let c = vm.types.bool_.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("__repr__", bool_repr),
        ("__and__", bool_and),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
}

// ---- float ----

fn f_self(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<f64> {
    match unary(vm, args, Kind::Float, meth)? {
        Value::Float(f) => Ok(f),
        _ => Ok(0.0),
    }
}

fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    match crate::format::f64_to_bigint(x) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(m) => Err(vm.new_exception(if x.is_nan() { "ValueError" } else { "OverflowError" }, &m)),
    }
}

fn float_neg(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-f_self(vm, &args, "__neg__")?))
}
fn float_pos(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(f_self(vm, &args, "__pos__")?))
}
fn float_abs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(f_self(vm, &args, "__abs__")?.abs()))
}
fn float_bool(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f_self(vm, &args, "__bool__")? != 0.0))
}
fn float_self(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(f_self(vm, &args, "__float__")?))
}
fn float_zero(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    f_self(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}
fn float_trunc(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__trunc__")?;
    float_to_int(vm, x)
}
fn float_floor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__floor__")?;
    float_to_int(vm, x.floor())
}
fn float_ceil(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__ceil__")?;
    float_to_int(vm, x.ceil())
}
fn float_hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Float(x))? as i64))
}
fn float_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__repr__")?;
    Ok(Value::string(crate::format::float_repr(x)))
}
fn float_format(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = match this_num(vm, &args, Kind::Float, "__format__")? {
        Value::Float(f) => f,
        _ => 0.0,
    };
    nargs(vm, &args, "__format__", 1, 1)?;
    let spec = vm.str_arg(&args[1], "__format__")?;
    Ok(Value::string(vm.format(&Value::Float(x), &spec)?))
}
fn float_getnewargs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(x)]))
}
fn float_is_integer(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_round(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = match this_num(vm, &args, Kind::Float, "__round__")? {
        Value::Float(f) => f,
        _ => 0.0,
    };
    nargs(vm, &args, "__round__", 0, 1)?;
    match args.get(1) {
        None | Some(Value::None) => {
            let r = crate::format::round_half_even(x);
            float_to_int(vm, r)
        }
        Some(n) => {
            let n = vm.int_arg(n, "__round__")?;
            match crate::format::round_float(x, n) {
                Ok(r) => Ok(Value::Float(r)),
                Err(m) => Err(vm.new_exception("OverflowError", &m)),
            }
        }
    }
}

/// x = mant * 2**exp exactly, with mant an integer (53 bits at most).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.new_exception("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.new_exception("ValueError", "cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let (mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros() as i64;
    if e < 0 {
        let k = tz.min(-e);
        m >>= k;
        e += k;
    }
    let mut num = BigInt::from(m);
    if x < 0.0 {
        num = -num;
    }
    let (num, den) = if e >= 0 { (num << e as usize, BigInt::one()) } else { (num, BigInt::one() << (-e) as usize) };
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// `float.hex()`, as CPython's float_hex.
pub(crate) fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, frac, esign, e.abs())
}

fn float_hex(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = f_self(vm, &args, "hex")?;
    Ok(Value::string(float_to_hex(x)))
}

pub(crate) enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(s)`: correctly rounded (half to even).
pub(crate) fn float_from_hex(s: &str) -> Result<f64, HexError> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let is_hex = |p: &str| p.chars().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !is_hex(int_part) || !is_hex(frac_part) {
        return Err(HexError::Invalid);
    }
    let pexp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            let mag: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -mag
            } else {
                mag
            }
        }
    };
    let digits: String = format!("{}{}", int_part, frac_part);
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let exp2 = pexp.saturating_sub(4 * frac_part.len() as i64);
    let nbits = m.bits() as i64;
    let top = exp2.saturating_add(nbits - 1);
    if top > 1024 {
        return Err(HexError::Overflow);
    }
    if top < -1075 {
        return Ok(sign * 0.0);
    }
    let lsb = if top >= -1022 { top - 52 } else { -1074 };
    let shift = lsb - exp2;
    let q: BigInt = if shift > 0 {
        let sh = shift as usize;
        let q = &m >> sh;
        let rem = &m - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        if rem > half || (rem == half && q.is_odd()) {
            q + 1
        } else {
            q
        }
    } else {
        m << (-shift) as usize
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let v = if lsb < -1000 { qf * 2f64.powi(-1000) * 2f64.powi((lsb + 1000) as i32) } else { qf * 2f64.powi(lsb as i32) };
    if v.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(sign * v)
}

fn float_fromhex(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "float.fromhex", args.len().saturating_sub(1), 1, 1)?;
    let s = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("fromhex() argument must be str, not {}", tn)));
        }
    };
    let x = match float_from_hex(&s) {
        Ok(x) => x,
        Err(HexError::Invalid) => return Err(vm.new_exception("ValueError", "invalid hexadecimal floating-point string")),
        Err(HexError::Overflow) => return Err(vm.new_exception("OverflowError", "hexadecimal value too large to represent as a float")),
    };
    let cls = args[0].clone();
    let is_float = matches!(&cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types.float));
    if is_float || !matches!(cls, Value::Class(_)) {
        return Ok(Value::Float(x));
    }
    vm.call(&cls, vec![Value::Float(x)], Vec::new())
}

fn install_float(vm: &mut Vm) {
    let c = vm.types.float.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_trunc),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__float__", float_self),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("conjugate", float_self),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    add_getter(&c, "real", float_self);
    add_getter(&c, "imag", float_zero);
    add_classmethod(&c, "fromhex", float_fromhex);
}
