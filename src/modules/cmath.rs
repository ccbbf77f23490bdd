//! `cmath`: the complex math functions with CPython's algorithms (Kahan's
//! branch cuts and signed zeros: `sqrt(-1-0j)` is `-1j`), its overflow
//! guards for large arguments, and its errors (`math domain error` for
//! `log(0)`, `math range error` when a finite argument overflows).
//!
//! Infinite and NaN arguments follow C99 Annex G, with CPython's domain
//! errors (`cosh(1+infj)`); checked against CPython on a grid of signed
//! zeros, infinities and NaNs, except `acosh`, whose specials come from
//! its formula.

use crate::builtins::{add_fn, take_kw};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::f64::consts::{LN_10, LN_2, PI};
use std::rc::Rc;

/// Beyond this, squaring or hypot of the argument overflows: the functions
/// switch to forms that scale first.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// log(DBL_MAX) - 1: exp of more than this overflows; cosh/sinh/exp split
/// the factor e off so that the result is finite when it can be.
const LOG_LARGE_DOUBLE: f64 = 708.396418532264;

/// libm's asinh, as CPython uses (Rust's differs in the last bit).
trait AsinhC {
    fn asinh_c(self) -> f64;
}
impl AsinhC for f64 {
    fn asinh_c(self) -> f64 {
        super::math::libm::asinh(self)
    }
}

fn c(re: f64, im: f64) -> Complex {
    Complex { re, im }
}

/// Why a function failed (CPython's errno).
enum MathError {
    Domain,
    Range,
}

type CResult = Result<Complex, MathError>;

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("cmath"));
    dict_set_str(&d, "pi", Value::Float(PI));
    dict_set_str(&d, "e", Value::Float(std::f64::consts::E));
    dict_set_str(&d, "tau", Value::Float(std::f64::consts::TAU));
    dict_set_str(&d, "inf", Value::Float(f64::INFINITY));
    dict_set_str(&d, "infj", Value::complex(0.0, f64::INFINITY));
    dict_set_str(&d, "nan", Value::Float(f64::NAN));
    dict_set_str(&d, "nanj", Value::complex(0.0, f64::NAN));
    let fns: &[(&str, BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
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
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
    ];
    for (name, f) in fns {
        add_fn(&d, "cmath", name, *f);
    }
    Ok(Value::Module(Rc::new(Module { name: "cmath".into(), dict: d })))
}

// ----- arguments and errors -----

/// A complex argument: complex, int, float, or an object with
/// `__complex__`, `__float__` or `__index__`.
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    match crate::builtins::complex_methods::complex_part(vm, v)? {
        Some((z, _)) => Ok(z),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("must be real number, not {}", tn)))
        }
    }
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Complex> {
    if args.len() != 1 {
        let msg = format!("cmath.{}() takes exactly one argument ({} given)", name, args.len());
        return Err(vm.new_exception("TypeError", &msg));
    }
    complex_arg(vm, &args[0])
}

fn math_error(vm: &mut Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => vm.new_exception("ValueError", "math domain error"),
        MathError::Range => vm.new_exception("OverflowError", "math range error"),
    }
}

fn finish(vm: &mut Vm, r: CResult) -> PyResult<Value> {
    match r {
        Ok(z) => Ok(Value::complex(z.re, z.im)),
        Err(e) => Err(math_error(vm, e)),
    }
}

/// A finite argument giving an infinite result overflowed.
fn overflow_check(z: Complex, r: Complex) -> CResult {
    let finite_in = z.re.is_finite() && z.im.is_finite();
    if finite_in && (r.re.is_infinite() || r.im.is_infinite()) {
        return Err(MathError::Range);
    }
    Ok(r)
}

macro_rules! cmath_fns {
    ($($name:ident => $f:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
            let z = one_arg(vm, stringify!($name), &args)?;
            finish(vm, $f(z))
        })*
    };
}

cmath_fns! {
    sqrt => c_sqrt; exp => c_exp; log10 => c_log10;
    sin => c_sin; cos => c_cos; tan => c_tan;
    asin => c_asin; acos => c_acos; atan => c_atan;
    sinh => c_sinh; cosh => c_cosh; tanh => c_tanh;
    asinh => c_asinh; acosh => c_acosh; atanh => c_atanh;
}

// ----- the functions -----

fn c_sqrt(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        return Ok(if z.im.is_infinite() {
            c(f64::INFINITY, z.im)
        } else if z.re == f64::NEG_INFINITY {
            c(if z.im.is_nan() { f64::NAN } else { 0.0 }, f64::INFINITY.copysign(z.im))
        } else if z.re == f64::INFINITY {
            c(f64::INFINITY, if z.im.is_nan() { f64::NAN } else { 0.0f64.copysign(z.im) })
        } else {
            c(f64::NAN, f64::NAN)
        });
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Ok(c(0.0, z.im));
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal: scale up by 2**53 so that hypot keeps its precision.
        ax = libm_ldexp(ax, 53);
        libm_ldexp((ax + ax.hypot(libm_ldexp(ay, 53))).sqrt(), -27)
    } else {
        // Divide by 8 first so that ax + hypot cannot overflow.
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) })
}

fn libm_ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

fn c_exp(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() && z.im.is_finite() {
            let l = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            if z.im == 0.0 {
                return Ok(c(l, z.im));
            }
            return Ok(c(l.copysign(z.im.cos()), l.copysign(z.im.sin())));
        }
        if z.re == f64::NEG_INFINITY {
            return Ok(c(0.0, 0.0));
        }
        if z.re.is_nan() && z.im == 0.0 {
            return Ok(c(f64::NAN, z.im));
        }
        if z.re.is_finite() && z.im.is_infinite() {
            return Err(MathError::Domain);
        }
        if z.re == f64::INFINITY {
            return Ok(c(f64::INFINITY, f64::NAN));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    let r = if z.re > LOG_LARGE_DOUBLE {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * std::f64::consts::E, l * z.im.sin() * std::f64::consts::E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(z, r)
}

fn c_log(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            let im = if z.re.is_nan() || z.im.is_nan() { f64::NAN } else { z.im.atan2(z.re) };
            return Ok(c(f64::INFINITY, im));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm_ldexp(ax, 53).hypot(libm_ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return Err(MathError::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log1p keeps the precision log(h) loses.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

fn c_log10(z: Complex) -> CResult {
    let r = c_log(z)?;
    Ok(c(r.re / LN_10, r.im / LN_10))
}

/// The log of a huge |z|, by halves so that hypot does not overflow.
fn log_of_large(z: Complex) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0
}

fn c_acos(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        // C99 Annex G's cacos.
        return Ok(if x.is_nan() {
            c(f64::NAN, if y.is_infinite() { -y } else { f64::NAN })
        } else if y.is_nan() {
            if x.is_infinite() { c(f64::NAN, f64::INFINITY) } else if x == 0.0 { c(PI / 2.0, f64::NAN) } else { c(f64::NAN, f64::NAN) }
        } else if x.is_infinite() {
            let re = if y.is_infinite() {
                if x < 0.0 { 0.75 * PI } else { PI / 4.0 }
            } else if x < 0.0 {
                PI
            } else {
                0.0
            };
            c(re, -f64::INFINITY.copysign(y))
        } else {
            c(PI / 2.0, -y)
        });
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re = z.im.abs().atan2(z.re);
        let im = if z.re < 0.0 { -log_of_large(z).copysign(z.im) } else { log_of_large(z).copysign(-z.im) };
        return Ok(c(re, im));
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im))?;
    let s2 = c_sqrt(c(1.0 + z.re, z.im))?;
    Ok(c(2.0 * s1.re.atan2(s2.re), (s2.re * s1.im - s2.im * s1.re).asinh_c()))
}

fn c_acosh(z: Complex) -> CResult {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        return Ok(c(log_of_large(z), z.im.atan2(z.re)));
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im))?;
    let s2 = c_sqrt(c(z.re + 1.0, z.im))?;
    Ok(c((s1.re * s2.re + s1.im * s2.im).asinh_c(), 2.0 * s1.im.atan2(s2.re)))
}

fn c_asinh(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        // C99 Annex G's casinh.
        return Ok(if x.is_nan() {
            if y == 0.0 { c(f64::NAN, y) } else if y.is_infinite() { c(f64::INFINITY, f64::NAN) } else { c(f64::NAN, f64::NAN) }
        } else if x.is_infinite() {
            let im = if y.is_nan() {
                f64::NAN
            } else if y.is_infinite() {
                (PI / 4.0).copysign(y)
            } else {
                0.0f64.copysign(y)
            };
            c(x, im)
        } else if y.is_infinite() {
            c(f64::INFINITY.copysign(x), (PI / 2.0).copysign(y))
        } else {
            c(f64::NAN, f64::NAN)
        });
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re = if z.im >= 0.0 { log_of_large(z).copysign(z.re) } else { -log_of_large(z).copysign(-z.re) };
        return Ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re))?;
    let s2 = c_sqrt(c(1.0 - z.im, z.re))?;
    Ok(c((s1.re * s2.im - s2.re * s1.im).asinh_c(), z.im.atan2(s1.re * s2.re - s1.im * s2.im)))
}

/// asin(z) = -i asinh(iz)
fn c_asin(z: Complex) -> CResult {
    let s = c_asinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn c_atanh(z: Complex) -> CResult {
    if z.re < 0.0 {
        // Odd: computing it for re >= 0 keeps the branch cut's signs.
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        // C99 Annex G's catanh (the argument's real part is >= 0 here).
        return Ok(if x.is_infinite() || y.is_infinite() {
            let im = if y.is_nan() { f64::NAN } else { (PI / 2.0).copysign(y) };
            c(if x.is_nan() { 0.0 } else { 0.0f64.copysign(x) }, im)
        } else if x == 0.0 {
            c(x, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        });
    }
    let ay = z.im.abs();
    let sqrt_large = LARGE_DOUBLE.sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(MathError::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return Ok(c(re, (2.0f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(c(re, im))
}

/// atan(z) = -i atanh(iz)
fn c_atan(z: Complex) -> CResult {
    let s = c_atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// Infinite or NaN arguments of cosh and sinh (C99 Annex G; CPython
/// raises a domain error where the imaginary part is infinite).
fn cosh_sinh_special(z: Complex, sinh: bool) -> CResult {
    let (x, y) = (z.re, z.im);
    if y.is_infinite() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if x.is_infinite() {
        if y == 0.0 {
            return Ok(c(if sinh { x } else { f64::INFINITY }, y * x.signum()));
        }
        if y.is_nan() {
            return Ok(c(if sinh { x } else { f64::INFINITY }, f64::NAN));
        }
        let (re, im) = (f64::INFINITY.copysign(y.cos()), f64::INFINITY.copysign(y.sin()));
        return Ok(if sinh { c(re * x.signum(), im) } else { c(re, im * x.signum()) });
    }
    if y == 0.0 {
        return Ok(c(f64::NAN, y));
    }
    if x == 0.0 && y.is_nan() {
        return Ok(if sinh { c(0.0, f64::NAN) } else { c(f64::NAN, 0.0) });
    }
    Ok(c(f64::NAN, f64::NAN))
}

fn c_cosh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        return cosh_sinh_special(z, false);
    }
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        // cosh(x) = e * cosh(x - 1) roughly, without overflowing early.
        let x1 = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x1.cosh() * std::f64::consts::E, z.im.sin() * x1.sinh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(z, r)
}

fn c_sinh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        return cosh_sinh_special(z, true);
    }
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        let x1 = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x1.sinh() * std::f64::consts::E, z.im.sin() * x1.cosh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(z, r)
}

fn c_tanh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        let (x, y) = (z.re, z.im);
        if x.is_infinite() {
            let im = if y.is_finite() { 0.0f64.copysign((2.0 * y).sin()) } else { 0.0 };
            return Ok(c(1.0f64.copysign(x), im));
        }
        if y.is_infinite() {
            return if x.is_nan() { Ok(c(f64::NAN, f64::NAN)) } else { Err(MathError::Domain) };
        }
        if y == 0.0 {
            return Ok(c(f64::NAN, y));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    if z.re.abs() > LOG_LARGE_DOUBLE {
        return Ok(c(1.0f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp()));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// cos(z) = cosh(iz)
fn c_cos(z: Complex) -> CResult {
    c_cosh(c(-z.im, z.re))
}

/// sin(z) = -i sinh(iz)
fn c_sin(z: Complex) -> CResult {
    let s = c_sinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// tan(z) = -i tanh(iz)
fn c_tan(z: Complex) -> CResult {
    let s = c_tanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

// ----- the other module functions -----

fn log(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "log expected at least 1 argument, got 0".to_string()
        } else {
            format!("log expected at most 2 arguments, got {}", args.len())
        };
        return Err(vm.new_exception("TypeError", &msg));
    }
    let z = complex_arg(vm, &args[0])?;
    let r = c_log(z).map_err(|e| math_error(vm, e))?;
    let r = match args.get(1) {
        None => r,
        Some(b) => {
            let b = complex_arg(vm, b)?;
            let lb = c_log(b).map_err(|e| math_error(vm, e))?;
            match crate::vm::complex::quot(r, lb) {
                Some(q) => q,
                // CPython's complex division sets EDOM here.
                None => return Err(math_error(vm, MathError::Domain)),
            }
        }
    };
    Ok(Value::complex(r.re, r.im))
}

fn phase(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, "phase", &args)?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, "polar", &args)?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(z.im.atan2(z.re))]))
}

fn rect(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_exception("TypeError", &format!("rect expected 2 arguments, got {}", args.len())));
    }
    let r = vm.float_arg(&args[0])?;
    let phi = vm.float_arg(&args[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(math_error(vm, MathError::Domain));
    }
    let z = if phi == 0.0 {
        // Keeps the sign of a zero phi in the imaginary part.
        c(r, r * phi)
    } else {
        c(r * phi.cos(), r * phi.sin())
    };
    Ok(Value::complex(z.re, z.im))
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
    let a = complex_arg(vm, &args[0])?;
    let b = complex_arg(vm, &args[1])?;
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
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.re - b.re).hypot(a.im - b.im);
    let (la, lb) = (a.re.hypot(a.im), b.re.hypot(b.im));
    Ok(Value::Bool(diff <= rel * lb || diff <= rel * la || diff <= abs))
}

fn isfinite(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, "isfinite", &args)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, "isinf", &args)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = one_arg(vm, "isnan", &args)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(r: CResult) -> (f64, f64) {
        match r {
            Ok(z) => (z.re, z.im),
            Err(_) => panic!("math error"),
        }
    }

    // Expected values printed by CPython 3.11.
    #[test]
    fn branch_cuts_keep_signed_zeros() {
        assert_eq!(ok(c_sqrt(c(-1.0, 0.0))), (0.0, 1.0));
        let (re, im) = ok(c_sqrt(c(-1.0, -0.0)));
        assert_eq!((re, im), (0.0, -1.0));
        assert!(ok(c_sqrt(c(4.0, -0.0))).1.is_sign_negative());
        assert_eq!(ok(c_log(c(-1.0, -0.0))), (0.0, -PI));
        assert_eq!(ok(c_sqrt(c(3.0, 4.0))), (2.0, 1.0));
    }

    #[test]
    fn log_of_zero_is_a_domain_error() {
        assert!(matches!(c_log(c(0.0, 0.0)), Err(MathError::Domain)));
        assert!(matches!(c_atanh(c(1.0, 0.0)), Err(MathError::Domain)));
        assert!(matches!(c_exp(c(1000.0, 0.0)), Err(MathError::Range)));
    }
}
