//! `int(str, base)`, `float(str)` and `round(float, n)` with CPython's rules.
//! Other Unicode decimal digits count as their ASCII digit, as in CPython;
//! the 4300-digit int/str conversion limit is not enforced.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use super::convert::ratio_to_f64;

/// Whitespace int() and float() strip: ASCII `Py_ISSPACE` plus non-ASCII
/// Unicode spaces (U+001C..U+001F, which `str.isspace()` accepts, are not).
fn is_py_space(c: char) -> bool {
    c.is_whitespace()
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: a non-ASCII
/// decimal digit becomes its ASCII digit, a non-ASCII space a space, any
/// other non-ASCII character `?` (which no parse accepts).
fn decimal_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = crate::builtins::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

/// True if `s` is digits (per `is_digit`) with single underscores between
/// them (Python's `digitpart`).
fn valid_digit_part(s: &str, is_digit: impl Fn(char) -> bool) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.chars().all(|c| c == '_' || is_digit(c))
}

/// `int(s, base)`; `None` means ValueError `invalid literal for int() with
/// base 10: 'x'` (the caller builds it with the repr of the input).
/// `base` must be 0 or 2..=36 (the caller checks: `int() base must be >= 2
/// and <= 36, or 0`).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let ascii = decimal_to_ascii(s);
    let s = ascii.trim_matches(is_py_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let base0_decimal = base == 0 && prefix_base == 0;
    let (base, digits, after_prefix) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &s[2..], true)
    } else if base == 0 {
        (10, s, false)
    } else {
        (base, s, false)
    };
    // An underscore may directly follow a prefix: int('0x_1f', 16).
    let digits = match digits.strip_prefix('_') {
        Some(rest) if after_prefix => rest,
        _ => digits,
    };
    if !valid_digit_part(digits, |c| c.to_digit(36).is_some_and(|d| d < base)) {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    // Base 0 forbids leading zeros in a non-zero decimal ("010", not "000").
    if base0_decimal && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return None;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if negative { -n } else { n })
}

/// `float(s)`; `None` means ValueError `could not convert string to float:
/// 'x'` (built by the caller with the repr of the input).
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = decimal_to_ascii(s);
    let s = ascii.trim_matches(is_py_space);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digit = |c: char| c.is_ascii_digit();
    let int_ok = int_part.is_empty() || valid_digit_part(int_part, digit);
    let frac_ok = match frac_part {
        None => !int_part.is_empty(),
        Some("") => !int_part.is_empty(),
        Some(f) => valid_digit_part(f, digit),
    };
    let exp_ok = match exponent {
        None => true,
        Some(e) => valid_digit_part(e.strip_prefix(['+', '-']).unwrap_or(e), digit),
    };
    if !(int_ok && frac_ok && exp_ok) {
        return None;
    }
    // Rust's parser is correctly rounded; it only lacks underscores.
    let clean: String = s.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok()
}

/// `round(x)` for a float result: half-even to an integer value.
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)`: correctly rounded, half-even on the exact binary
/// value (so `round(2.675, 2) == 2.67`). OverflowError `rounded value too
/// large to represent` when rounding up overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    // Same cut-offs as CPython's float___round___impl.
    const NDIGITS_MAX: i64 = 323; // (53 - (-1021)) * log10(2)
    const NDIGITS_MIN: i64 = -308; // -(1024 + 1) * log10(2)
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // x = mant * 2^exp exactly.
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    };
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let ten_pow: BigUint = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    // q = round_half_even(|x| * 10^ndigits), then back to |x|'s scale.
    if ndigits >= 0 {
        num *= &ten_pow;
    } else {
        den *= &ten_pow;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let v = if q.is_zero() {
        0.0
    } else if ndigits >= 0 {
        ratio_to_f64(&q, &ten_pow)
    } else {
        ratio_to_f64(&(q * ten_pow), &BigUint::one())
    };
    if v.is_infinite() {
        return Err("rounded value too large to represent".into());
    }
    Ok(v.copysign(x))
}

#[cfg(test)]
#[path = "numbers_tests.rs"]
mod tests;
