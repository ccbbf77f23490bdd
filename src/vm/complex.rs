//! `complex` numbers: arithmetic as CPython's complexobject.c does it (the
//! same formulas, so results agree to the last bit), repr, hash, parsing.

use super::{PyResult, Vm};
use crate::ast::BinOp;
use crate::format::{self, FormatSpec};
use crate::objects::Complex;
use crate::value::Value;

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

fn c(re: f64, im: f64) -> Complex {
    Complex { re, im }
}

fn prod(a: Complex, b: Complex) -> Complex {
    c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `_Py_c_quot`: `None` on division by zero.
pub(crate) fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        Some(c(f64::NAN, f64::NAN))
    }
}

/// `c_powu`: binary exponentiation by a non-negative integer.
fn powu(x: Complex, n: u64) -> Complex {
    let (mut r, mut p, mut mask) = (ONE, x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `_Py_c_pow`; `None` for zero to a negative or complex power.
fn pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(c(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(c(len * phase.cos(), len * phase.sin()))
}

/// `complex_pow`: small integral exponents by repeated multiplication.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, (&'static str, &'static str)> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            Some(powu(a, n as u64))
        } else {
            quot(ONE, powu(a, n.unsigned_abs()))
        }
    } else {
        pow_general(a, b)
    };
    match r {
        None => Err(("ZeroDivisionError", "0.0 to a negative or complex power")),
        Some(r) if r.re.is_infinite() || r.im.is_infinite() => Err(("OverflowError", "complex exponentiation")),
        Some(r) => Ok(r),
    }
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(z: Complex) -> String {
    let im = format::float_repr_short(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", im);
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", format::float_repr_short(z.re), sign, im)
}

/// `format(z, spec)` with a presentation type (`.2f`): both parts in that
/// format, the imaginary one signed, no parentheses; without one, the repr.
pub fn format_spec(z: Complex, spec: &FormatSpec) -> Result<String, String> {
    let body = match spec.ty {
        None if spec.precision.is_none() => repr(z),
        _ => {
            if spec.ty == Some('=') || spec.zero {
                return Err("Zero padding is not allowed in complex format specifier".into());
            }
            let part = FormatSpec { fill: None, align: None, width: None, zero: false, ..spec.clone() };
            let re = format::format_float(z.re, &part, "complex")?;
            let im = format::format_float(z.im, &FormatSpec { sign: Some('+'), ..part.clone() }, "complex")?;
            if spec.ty.is_none() {
                format!("({}{}j)", re, im)
            } else {
                format!("{}{}j", re, im)
            }
        }
    };
    let pad = FormatSpec { align: Some(spec.align.unwrap_or('>')), ..FormatSpec { fill: spec.fill, width: spec.width, ..FormatSpec::default() } };
    format::format_str(&body, &pad, "str")
}

/// CPython's hash of a complex: the part hashes combined with 1000003.
pub fn hash(z: Complex) -> u64 {
    let hr = super::ops::hash_f64(z.re) as i64;
    let hi = super::ops::hash_f64(z.im) as i64;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003));
    (if h == -1 { -2 } else { h }) as u64
}

/// `complex(s)`: `None` means "complex() arg is a malformed string".
pub fn parse(s: &str) -> Option<Complex> {
    let mut t = s.trim_matches(|ch: char| ch.is_whitespace());
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim_matches(|ch: char| ch.is_whitespace());
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some(c(parse_real(t)?, 0.0));
    };
    // Split "re+imj" at the last sign that does not follow an exponent 'e'.
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re, im) = match split {
        Some(i) => (parse_real(&body[..i])?, &body[i..]),
        None => (0.0, body),
    };
    let im = match im {
        "" | "+" => 1.0,
        "-" => -1.0,
        x => parse_real(x)?,
    };
    Some(c(re, im))
}

fn parse_real(s: &str) -> Option<f64> {
    if s.is_empty() || s.trim() != s {
        return None;
    }
    format::parse_float(s)
}

impl Vm {
    /// A number as a complex operand: int, bool, float, complex (or a
    /// subclass instance of one); `Ok(None)` for other types.
    pub fn complex_operand(&mut self, v: &Value) -> PyResult<Option<Complex>> {
        Ok(Some(match v {
            Value::Complex(z) => **z,
            Value::Float(f) => c(*f, 0.0),
            Value::Int(i) => c(*i as f64, 0.0),
            Value::Bool(b) => c(*b as i64 as f64, 0.0),
            Value::BigInt(_) => c(self.float_arg(v)?, 0.0),
            Value::Instance(_) => match self.payload_of(v) {
                Some(p) if !matches!(p, Value::Instance(_)) => return self.complex_operand(&p),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// `a op b` where one side is complex; `None` for operators complex
    /// does not have (`//`, `%`, bit operations).
    pub fn complex_binop(&mut self, op: BinOp, a: Complex, b: Complex) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => c(a.re + b.re, a.im + b.im),
            BinOp::Sub => c(a.re - b.re, a.im - b.im),
            BinOp::Mult => prod(a, b),
            BinOp::Div => match quot(a, b) {
                Some(r) => r,
                None => return Err(self.new_exception("ZeroDivisionError", "complex division by zero")),
            },
            BinOp::Pow => match pow(a, b) {
                Ok(r) => r,
                Err((exc, msg)) => return Err(self.new_exception(exc, msg)),
            },
            _ => return Ok(None),
        };
        Ok(Some(Value::complex(r.re, r.im)))
    }

    /// `abs(z)`
    pub fn complex_abs(&mut self, z: Complex) -> PyResult<Value> {
        let r = z.re.hypot(z.im);
        if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
            return Err(self.new_exception("OverflowError", "absolute value too large"));
        }
        Ok(Value::Float(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.11.
    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(c(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(c(0.0, 1.0)), "1j");
        assert_eq!(repr(c(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr(c(0.0, -0.0)), "-0j");
        assert_eq!(repr(c(-0.0, 0.0)), "(-0+0j)");
        assert_eq!(repr(c(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(c(1e16, 1e-7)), "(1e+16+1e-07j)");
    }

    #[test]
    fn arithmetic_matches_cpython() {
        assert_eq!(repr(quot(c(1.0, 2.0), c(3.0, -1.0)).unwrap()), "(0.1+0.7000000000000001j)");
        assert_eq!(repr(pow(c(1.0, 2.0), c(0.5, 0.0)).unwrap()), "(1.272019649514069+0.7861513777574233j)");
        assert_eq!(repr(pow(c(2.0, 0.0), c(1.0, 1.0)).unwrap()), "(1.5384778027279442+1.2779225526272695j)");
        assert_eq!(repr(pow(c(1.0, 1.0), c(-1.0, 0.0)).unwrap()), "(0.5-0.5j)");
        assert!(pow(c(0.0, 0.0), c(-1.0, 0.0)).is_err());
        assert_eq!(hash(c(1.0, 2.0)), 2000007);
        assert_eq!(hash(c(0.0, 1.0)), 1000003);
    }

    #[test]
    fn parse_accepts_python_spellings() {
        assert_eq!(parse(" (3-4j) "), Some(c(3.0, -4.0)));
        assert_eq!(parse("j"), Some(c(0.0, 1.0)));
        assert_eq!(parse("-1.5e3J"), Some(c(0.0, -1500.0)));
        assert_eq!(parse("1e-3+2e+1j"), Some(c(0.001, 20.0)));
        assert_eq!(parse("7"), Some(c(7.0, 0.0)));
        for bad in ["x", "1+", "1+2", "1 + 2j", "", "()", "1jj"] {
            assert_eq!(parse(bad), None, "{}", bad);
        }
    }
}
