//! Float → text, a port of CPython's `PyOS_double_to_string` /
//! `format_float_short`. Rust's own formatter supplies the decimal digits
//! (it is correctly rounded, half-even on the exact binary value, exactly like
//! David Gay's dtoa that CPython uses); this module only lays them out.

/// Options of `PyOS_double_to_string` (the `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct FloatFlags {
    /// `#`: keep the decimal point and (for `g`) trailing zeros.
    pub alt: bool,
    /// Fixed notation output always has a digit after the point (`repr`, `format(x, '.3')`).
    pub add_dot_0: bool,
    /// `E`, `F`, `G`: upper-case exponent, `INF`, `NAN`.
    pub upper: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

/// How many digits dtoa should produce.
enum Mode {
    /// Shortest string that round-trips (dtoa mode 0).
    Shortest,
    /// This many significant digits (mode 2).
    Significant(usize),
    /// This many digits after the decimal point (mode 3).
    Fixed(usize),
}

/// Decimal digits of finite `ax >= 0`, as dtoa returns them: no leading or
/// trailing zeros (zero is `"0"`), value = 0.DIGITS × 10^decpt.
fn decimal_digits(ax: f64, mode: Mode) -> (Vec<u8>, i64) {
    let (mut digits, mut decpt): (Vec<u8>, i64) = match mode {
        Mode::Shortest | Mode::Significant(_) => {
            let s = match mode {
                Mode::Significant(n) => format!("{:.*e}", n.max(1) - 1, ax),
                _ => {
                    // Rust's shortest digits may end on either side of a
                    // tie (1e15 + 0.3 is ...0.25: "…0.3"); dtoa mode 0 gives
                    // the correctly rounded string of that length ("…0.2")
                    // whenever it still reads back as the same float.
                    let s = format!("{:e}", ax);
                    let n = s.split_once('e').map_or(0, |(m, _)| m.bytes().filter(|b| b.is_ascii_digit()).count());
                    let near = format!("{:.*e}", n.max(1) - 1, ax);
                    if near != s && near.parse::<f64>() == Ok(ax) {
                        near
                    } else {
                        s
                    }
                }
            };
            let (mant, exp) = s.split_once('e').expect("{:e} has an exponent");
            let exp: i64 = exp.parse().expect("exponent is an integer");
            (mant.bytes().filter(|b| *b != b'.').collect(), exp + 1)
        }
        Mode::Fixed(n) => {
            let s = format!("{:.*}", n, ax);
            let int_len = s.find('.').unwrap_or(s.len()) as i64;
            (s.bytes().filter(|b| *b != b'.').collect(), int_len)
        }
    };
    let lead = digits.iter().take_while(|b| **b == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Zero, or a value that rounds to zero in fixed mode.
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e f g r` (upper case is selected by `flags.upper`). A negative number
/// starts with `-`; no other sign is added.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    if x.is_nan() {
        // CPython ignores the sign of a NaN.
        return if flags.upper { "NAN" } else { "nan" }.to_string();
    }
    let mut out = String::new();
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        }
        out.push_str(if flags.upper { "INF" } else { "inf" });
        return out;
    }
    let ax = x.abs();
    // Mirrors the precision adjustments PyOS_double_to_string makes before
    // calling format_float_short.
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision as i64 + 1),
        'f' => (Mode::Fixed(precision), precision as i64),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p as i64)
        }
        _ => (Mode::Shortest, 0),
    };
    let (digits, mut decpt) = decimal_digits(ax, mode);
    let digits_len = digits.len() as i64;

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let all_zero = digits == b"0";
    if negative && !(flags.no_neg_0 && all_zero) {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let digit_str = std::str::from_utf8(&digits).expect("ASCII digits");
    // Leading zeros, the digits with the point inside them, trailing zeros.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_str[..decpt as usize]);
        out.push('.');
        out.push_str(&digit_str[decpt as usize..]);
    } else {
        out.push_str(digit_str);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` and `str(x)` of a Python float: shortest round-trip digits,
/// exponent notation below 1e-4 and from 1e16 on.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// A part of a complex number's repr: like `repr(x)` without the `.0`
/// of an integral value (`(1+2j)`, not `(1.0+2.0j)`).
pub fn float_repr_short(x: f64) -> String {
    double_to_string(x, 'r', 0, FloatFlags::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11 `repr(x)`.
    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (1e100, "1e+100"),
            (123456789012345.6, "123456789012345.6"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-2.5, "-2.5"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123.456, "123.456"),
            (1e22, "1e+22"),
            (-1.5e-10, "-1.5e-10"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({x:?})");
        }
    }

    // Expected values from CPython 3.11 `'%.{p}{code}' % x`.
    #[test]
    fn double_to_string_modes() {
        let f = FloatFlags::default();
        let alt = FloatFlags { alt: true, ..f };
        let cases: &[(f64, char, usize, FloatFlags, &str)] = &[
            (0.125, 'f', 2, f, "0.12"),
            (0.375, 'f', 2, f, "0.38"),
            (2.675, 'f', 2, f, "2.67"),
            (0.5, 'f', 0, f, "0"),
            (1.0, 'f', 0, alt, "1."),
            (5e-324, 'f', 3, f, "0.000"),
            (1e22, 'f', 0, f, "10000000000000000000000"),
            (12345.0, 'e', 0, f, "1e+04"),
            (1.0, 'e', 6, f, "1.000000e+00"),
            (1e20, 'g', 6, f, "1e+20"),
            (1.0, 'g', 6, alt, "1.00000"),
            (0.0001, 'g', 6, f, "0.0001"),
            (1234.5, 'g', 3, f, "1.23e+03"),
            (3.14159, 'g', 4, f, "3.142"),
            (1e-10, 'g', 6, FloatFlags { upper: true, ..f }, "1E-10"),
            (-0.0, 'f', 2, f, "-0.00"),
            (
                -0.0001,
                'f',
                2,
                FloatFlags {
                    no_neg_0: true,
                    ..f
                },
                "0.00",
            ),
        ];
        for (x, code, p, flags, want) in cases {
            assert_eq!(
                double_to_string(*x, *code, *p, *flags),
                *want,
                "{x} {code} {p}"
            );
        }
    }
}
