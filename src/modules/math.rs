//! `math`: the C math library functions with CPython's error messages
//! (`math domain error`, `math range error`) and exact integer functions
//! (gcd, factorial, comb, isqrt...) on big ints.

use crate::ast::BinOp;
use crate::builtins::{add_fn, check_nargs, take_kw};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("math"));
    dict_set_str(&d, "pi", Value::Float(std::f64::consts::PI));
    dict_set_str(&d, "e", Value::Float(std::f64::consts::E));
    dict_set_str(&d, "tau", Value::Float(std::f64::consts::TAU));
    dict_set_str(&d, "inf", Value::Float(f64::INFINITY));
    dict_set_str(&d, "nan", Value::Float(f64::NAN));
    let fns: &[(&str, BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("pow", pow),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("atan2", atan2),
        ("hypot", hypot),
        ("degrees", degrees),
        ("radians", radians),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp_fn),
        ("ldexp", ldexp),
        ("fsum", fsum),
        ("prod", prod),
        ("isqrt", isqrt),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("cbrt", cbrt),
        ("exp2", exp2),
    ];
    for (name, f) in fns {
        add_fn(&d, "math", name, *f);
    }
    Ok(Value::Module(Rc::new(Module { name: "math".into(), dict: d })))
}

/// The C library's inverse hyperbolic functions, which CPython calls: Rust's
/// `f64::asinh` and friends are computed by other formulas and can differ in
/// the last bit (`acosh(2.5)`).
pub(crate) mod libm {
    mod c {
        extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
        }
    }
    pub fn asinh(x: f64) -> f64 {
        // SAFETY: pure C functions of a double, no pointers.
        unsafe { c::asinh(x) }
    }
    pub fn acosh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::acosh(x) }
    }
    pub fn atanh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::atanh(x) }
    }
}

fn domain(vm: &mut Vm) -> PyErr {
    vm.new_exception("ValueError", "math domain error")
}
fn range(vm: &mut Vm) -> PyErr {
    vm.new_exception("OverflowError", "math range error")
}

fn nargs(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    let msg = if n == 1 {
        format!("math.{}() takes exactly one argument ({} given)", name, args.len())
    } else {
        format!("{} expected {} arguments, got {}", name, n, args.len())
    };
    Err(vm.new_exception("TypeError", &msg))
}

/// A one-argument libm function: NaN out of a non-NaN input is a domain
/// error, an infinity out of a finite input a range error.
fn unary(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    nargs(vm, name, args, 1)?;
    let x = vm.float_arg(&args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

/// Like `unary`, but an infinity out of a finite input is a domain error
/// (poles: log(0), atanh(1)).
fn unary_pole(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    nargs(vm, name, args, 1)?;
    let x = vm.float_arg(&args[0])?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr, $kind:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
            $kind(vm, stringify!($name), &args, $f)
        })*
    };
}

unary_fns! {
    exp => f64::exp, unary;
    expm1 => f64::exp_m1, unary;
    exp2 => f64::exp2, unary;
    sin => f64::sin, unary;
    cos => f64::cos, unary;
    tan => f64::tan, unary;
    asin => f64::asin, unary;
    acos => f64::acos, unary;
    atan => f64::atan, unary;
    sinh => f64::sinh, unary;
    cosh => f64::cosh, unary;
    tanh => f64::tanh, unary;
    asinh => libm::asinh, unary;
    acosh => libm::acosh, unary;
    atanh => libm::atanh, unary_pole;
    log1p => f64::ln_1p, unary_pole;
    cbrt => f64::cbrt, unary;
    degrees => f64::to_degrees, unary;
    radians => f64::to_radians, unary;
    erf => erf_f, unary;
    erfc => |x| 1.0 - erf_f(x), unary;
    lgamma => lgamma_f, unary_pole;
}

fn sqrt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, "sqrt", &args, f64::sqrt)
}

fn fabs(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    unary(vm, "fabs", &args, f64::abs)
}

/// An int argument as a big int (`__index__`), for the exact functions.
pub fn big_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        _ => {
            if let Some(Value::BigInt(b)) = vm.payload_of(v) {
                return Ok((*b).clone());
            }
            Ok(BigInt::from(vm.int_arg(v, "")?))
        }
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// floor/ceil/trunc of a float as an int (a big int when it does not fit).
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.new_exception("ValueError", "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_exception("OverflowError", "cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    use num_traits::FromPrimitive;
    Ok(Value::from_bigint(BigInt::from_f64(x).unwrap_or_default()))
}

fn rounding(vm: &mut Vm, name: &str, dunder: &'static str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    nargs(vm, name, args, 1)?;
    let v = &args[0];
    if is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        });
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if let Some(m) = vm.lookup_special(v, dunder) {
        return vm.call1(&m, v.clone());
    }
    if dunder == "__trunc__" {
        let tn = vm.type_name(v);
        return Err(vm.new_exception("TypeError", &format!("type {} doesn't define __trunc__ method", tn)));
    }
    let x = vm.float_arg(v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    rounding(vm, "floor", "__floor__", &args, f64::floor)
}
fn ceil(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    rounding(vm, "ceil", "__ceil__", &args, f64::ceil)
}
fn trunc(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    rounding(vm, "trunc", "__trunc__", &args, f64::trunc)
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    nargs(vm, name, args, 2)?;
    let a = vm.float_arg(&args[0])?;
    let b = vm.float_arg(&args[1])?;
    Ok((a, b))
}

fn pow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", &args)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            // 0 ** negative is a domain error, overflow a range error.
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", &args)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", &args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", &args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let n = (x / y).round();
    // Round half to even.
    let q = x / y;
    let n = if (q - q.trunc()).abs() == 0.5 { 2.0 * (q / 2.0).round() } else { n };
    Ok(Value::Float(x - n * y))
}

fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    // Big ints beyond the float range: log(m * 2**e) = log(m) + e*log(2).
    if let Value::BigInt(b) = v {
        if b.sign() != Sign::Plus {
            return Err(domain(vm));
        }
        if b.to_f64().map(|x| x.is_infinite()).unwrap_or(true) {
            let bits = b.bits();
            let shift = bits - 60;
            let m = (&**b >> shift).to_f64().unwrap_or(1.0);
            return Ok(f(m) + shift as f64 * f(2.0));
        }
    }
    let x = vm.float_arg(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "log", args.len(), 1, 2)?;
    let num = log_of(vm, &args[0], f64::ln)?;
    if args.len() == 2 {
        let den = log_of(vm, &args[1], f64::ln)?;
        if den == 0.0 {
            return Err(vm.new_exception("ZeroDivisionError", "float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn log2(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "log2", &args, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "log10", &args, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log10)?))
}

/// Euclidean norm with scaling (avoids overflow of the squares).
fn norm(v: &[f64]) -> f64 {
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    if v.len() == 2 {
        return v[0].hypot(v[1]);
    }
    let s = msum(v.iter().map(|x| (x / max) * (x / max)));
    max * s.sqrt()
}

fn hypot(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let mut v = Vec::with_capacity(args.len());
    for a in &args {
        v.push(vm.float_arg(a)?);
    }
    Ok(Value::Float(norm(&v)))
}

fn dist(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "dist", &args, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.new_exception("ValueError", "both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        let a = vm.float_arg(a)?;
        let b = vm.float_arg(b)?;
        v.push(a - b);
    }
    Ok(Value::Float(norm(&v)))
}

fn gcd(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in &args {
        let b = big_arg(vm, a)?;
        g = g.gcd(&b);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in &args {
        let b = big_arg(vm, a)?;
        if b.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&b);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "factorial", &args, 1)?;
    if let Value::Float(_) = &args[0] {
        return Err(vm.new_exception("TypeError", "'float' object cannot be interpreted as an integer"));
    }
    let n = big_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.new_exception("ValueError", "factorial() not defined for negative values"));
    }
    let n = match n.to_u64() {
        Some(n) if n <= 1_000_000 => n,
        _ => return Err(vm.new_exception("OverflowError", "factorial() argument should not exceed 9223372036854775807")),
    };
    Ok(Value::from_bigint(product_range(1, n)))
}

/// lo * (lo+1) * ... * hi by binary splitting.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for i in lo..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn comb_perm_args(vm: &mut Vm, name: &str, args: &[Value], k_optional: bool) -> PyResult<(BigInt, Option<BigInt>)> {
    let max = 2;
    let min = if k_optional { 1 } else { 2 };
    if args.len() < min || args.len() > max {
        let msg = if k_optional {
            format!("{} expected at most 2 arguments, got {}", name, args.len())
        } else {
            format!("{} expected 2 arguments, got {}", name, args.len())
        };
        return Err(vm.new_exception("TypeError", &msg));
    }
    let n = big_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(big_arg(vm, v)?),
    };
    if n.is_negative() {
        return Err(vm.new_exception("ValueError", "n must be a non-negative integer"));
    }
    if let Some(k) = &k {
        if k.is_negative() {
            return Err(vm.new_exception("ValueError", "k must be a non-negative integer"));
        }
    }
    Ok((n, k))
}

fn perm_big(n: &BigInt, k: &BigInt) -> BigInt {
    if k > n {
        return BigInt::zero();
    }
    let mut p = BigInt::one();
    let mut i = n - k + 1u32;
    while &i <= n {
        p *= &i;
        i += 1u32;
    }
    p
}

fn comb(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (n, k) = comb_perm_args(vm, "comb", &args, false)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut r = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        r = r * (&n - &i) / (&i + 1u32);
        i += 1u32;
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (n, k) = comb_perm_args(vm, "perm", &args, true)?;
    let k = k.unwrap_or_else(|| n.clone());
    Ok(Value::from_bigint(perm_big(&n, &k)))
}

fn isqrt(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "isqrt", &args, 1)?;
    let n = big_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.new_exception("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn isclose(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let rel = take_kw(&mut kw, "rel_tol");
    let abs = take_kw(&mut kw, "abs_tol");
    crate::builtins::no_more_kwargs(vm, "isclose", &kw)?;
    if args.len() != 2 {
        let msg = if args.len() < 2 {
            format!("isclose() missing required argument '{}' (pos {})", if args.is_empty() { "a" } else { "b" }, args.len() + 1)
        } else {
            format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())
        };
        return Err(vm.new_exception("TypeError", &msg));
    }
    let a = vm.float_arg(&args[0])?;
    let b = vm.float_arg(&args[1])?;
    let rel = match rel {
        Some(v) => vm.float_arg(&v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => vm.float_arg(&v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_exception("ValueError", "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn float1(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<f64> {
    nargs(vm, name, args, 1)?;
    vm.float_arg(&args[0])
}

fn isfinite(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(float1(vm, "isfinite", &args)?.is_finite()))
}
fn isinf(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(float1(vm, "isinf", &args)?.is_infinite()))
}
fn isnan(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(float1(vm, "isnan", &args)?.is_nan()))
}

fn modf(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = float1(vm, "modf", &args)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![Value::Float((x - i).copysign(x)), Value::Float(i)]))
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn frexp_fn(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = float1(vm, "frexp", &args)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "ldexp", &args, 2)?;
    let x = vm.float_arg(&args[0])?;
    if let Value::Float(_) = &args[1] {
        return Err(vm.new_exception("TypeError", "Expected an int as second argument to ldexp."));
    }
    let e = big_arg(vm, &args[1])?.to_i64().unwrap_or(0).clamp(-10000, 10000);
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut r = x;
    let mut e = e;
    // Scale in steps that stay exact until the final one.
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    if e < -1022 {
        r *= 2f64.powi(-1022);
        r *= 2f64.powi((e + 1022) as i32);
    } else {
        r *= 2f64.powi(e as i32);
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

/// Shewchuk's exactly rounded sum of finite floats (CPython's msum).
fn msum(it: impl Iterator<Item = f64>) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    for mut x in it {
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    hi
}

fn fsum(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    nargs(vm, "fsum", &args, 1)?;
    let items = vm.collect(&args[0])?;
    let mut xs = Vec::with_capacity(items.len());
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut has_special = false;
    for v in &items {
        let x = vm.float_arg(v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            has_special = true;
        } else {
            xs.push(x);
        }
    }
    if has_special {
        if inf_sum.is_nan() {
            return Err(vm.new_exception("ValueError", "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let r = msum(xs.into_iter());
    if r.is_infinite() {
        return Err(vm.new_exception("OverflowError", "intermediate overflow in fsum"));
    }
    Ok(Value::Float(r))
}

fn prod(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let start = take_kw(&mut kw, "start");
    crate::builtins::no_more_kwargs(vm, "prod", &kw)?;
    nargs(vm, "prod", &args, 1)?;
    let items = vm.collect(&args[0])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    for v in items {
        acc = vm.binary_op(BinOp::Mult, &acc, &v)?;
    }
    Ok(acc)
}

fn gamma(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let x = float1(vm, "gamma", &args)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    if x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    if x == x.floor() && x <= 171.0 {
        let mut r = 1.0f64;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return Ok(Value::Float(r));
    }
    let r = gamma_f(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

/// Lanczos approximation (g = 7, n = 9).
fn gamma_f(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_f(1.0 - x));
    }
    let x = x - 1.0;
    let mut a = G[0];
    let t = x + 7.5;
    for (i, g) in G.iter().enumerate().skip(1) {
        a += g / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn lgamma_f(x: f64) -> f64 {
    if x <= 0.0 && x == x.floor() {
        return f64::INFINITY;
    }
    if x < 0.5 {
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin().abs()).ln() - lgamma_f(1.0 - x);
    }
    if x < 100.0 {
        return gamma_f(x).abs().ln();
    }
    // Stirling series.
    (x - 0.5) * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI).ln() + 1.0 / (12.0 * x) - 1.0 / (360.0 * x * x * x)
}

/// erf by its series near 0 and continued fraction further out.
fn erf_f(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax > 6.0 {
        return 1.0f64.copysign(x);
    }
    if ax < 1.5 {
        let mut sum = 0.0;
        let mut term = ax;
        let mut n = 0.0;
        let x2 = ax * ax;
        loop {
            let t = term / (2.0 * n + 1.0);
            sum += t;
            if t.abs() < 1e-17 * sum.abs() {
                break;
            }
            n += 1.0;
            term *= -x2 / n;
        }
        return (2.0 / std::f64::consts::PI.sqrt() * sum).copysign(x);
    }
    // erfc via continued fraction (Lentz).
    let x2 = ax * ax;
    let mut f = ax;
    let mut c = ax;
    let mut d = 0.0;
    for i in 1..200 {
        let a = i as f64 / 2.0;
        d = ax + a * d;
        d = 1.0 / d;
        c = ax + a / c;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    let erfc = (-x2).exp() / f / std::f64::consts::PI.sqrt();
    (1.0 - erfc).copysign(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_cpython() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(1.0), (0.5, 1));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }

    #[test]
    fn msum_is_exact() {
        assert_eq!(msum(std::iter::repeat(0.1).take(10)), 1.0);
        assert_eq!(msum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50].into_iter()), 1e-100);
    }

    #[test]
    fn product_range_is_factorial() {
        assert_eq!(product_range(1, 25).to_string(), "15511210043330985984000000");
    }
}
