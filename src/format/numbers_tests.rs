// Generated from CPython 3.11: int(s, base), float(s), round(x, n).
use super::*;
use std::str::FromStr;

#[rustfmt::skip]
const INT_CASES: &[(&str, u32, Option<&str>)] = &[
    ("0", 10, Some("0")),
    (" 12 ", 10, Some("12")),
    ("-12", 10, Some("-12")),
    ("+12", 10, Some("12")),
    ("1_000", 10, Some("1000")),
    ("1__0", 10, None),
    ("_1", 10, None),
    ("1_", 10, None),
    ("0x1f", 16, Some("31")),
    ("0x_1f", 16, Some("31")),
    ("0X1F", 0, Some("31")),
    ("0o17", 0, Some("15")),
    ("0b101", 0, Some("5")),
    ("0b101", 2, Some("5")),
    ("0b1", 16, Some("177")),
    ("0x1f", 10, None),
    ("010", 0, None),
    ("000", 0, Some("0")),
    ("0_0", 0, Some("0")),
    ("0_7", 0, None),
    ("010", 10, Some("10")),
    ("z", 36, Some("35")),
    ("Z", 36, Some("35")),
    ("10", 2, Some("2")),
    ("2", 2, None),
    ("", 10, None),
    ("-", 10, None),
    ("0x", 16, None),
    ("- 1", 10, None),
    ("\u{9}\u{a} 42\u{1c}", 10, None),
    ("\u{3000} 7", 10, Some("7")),
    ("42\u{a0}", 10, Some("42")),
    ("\u{1c}42", 10, None),
    ("99999999999999999999999999", 10, Some("99999999999999999999999999")),
    ("-0b_1_0", 0, Some("-2")),
    ("0x_", 0, None),
    ("1 2", 10, None),
    ("0o8", 0, None),
    ("12", 8, Some("10")),
    ("ff", 16, Some("255")),
    ("0_x1", 0, None),
    ("00", 10, Some("0")),
    ("-0", 0, Some("0")),
];

#[rustfmt::skip]
const FLOAT_CASES: &[(&str, Option<&str>)] = &[
    ("1.5", Some("1.5")),
    (" -1.5 ", Some("-1.5")),
    ("1_000.5", Some("1000.5")),
    ("1__0", None),
    ("1_", None),
    ("_1", None),
    ("1e5", Some("100000.0")),
    ("1E-5", Some("1e-05")),
    ("1.e5", Some("100000.0")),
    (".5", Some("0.5")),
    ("5.", Some("5.0")),
    (".", None),
    ("e5", None),
    (".e5", None),
    ("1e", None),
    ("1e_5", None),
    ("1e1_0", Some("10000000000.0")),
    ("inf", Some("inf")),
    ("-Infinity", Some("-inf")),
    ("+iNf", Some("inf")),
    ("nan", Some("nan")),
    ("-NaN", Some("nan")),
    ("infinit", None),
    ("0x10", None),
    ("1.5_5", Some("1.55")),
    ("1._5", None),
    ("1_.5", None),
    ("2.5e-324", Some("5e-324")),
    ("1e400", Some("inf")),
    ("-1e400", Some("-inf")),
    ("0.1", Some("0.1")),
    ("  \u{a}3.14\u{9}", Some("3.14")),
    ("", None),
    ("+", None),
    ("1e+5", Some("100000.0")),
    ("1e-5_0", Some("1e-50")),
    ("42\u{1c}", None),
    ("\u{b}42\u{c}", Some("42.0")),
    ("42\u{85}", Some("42.0")),
    ("in f", None),
    ("1.7976931348623157e308", Some("1.7976931348623157e+308")),
    ("4.9e-324", Some("5e-324")),
    ("0.30000000000000004", Some("0.30000000000000004")),
];

#[rustfmt::skip]
const ROUND_CASES: &[(f64, i64, Result<&str, &str>)] = &[
    (2.675, 2, Ok("2.67")),
    (0.5, 0, Ok("0.0")),
    (1.5, 0, Ok("2.0")),
    (2.5, 0, Ok("2.0")),
    (-0.5, 0, Ok("-0.0")),
    (-0.4, 0, Ok("-0.0")),
    (-0.001, 2, Ok("-0.0")),
    (1250.0, -2, Ok("1200.0")),
    (1350.0, -2, Ok("1400.0")),
    (0.125, 2, Ok("0.12")),
    (0.375, 2, Ok("0.38")),
    (1.7976931348623157e+308, -308, Err("rounded value too large to represent")),
    (1e+300, -300, Ok("1e+300")),
    (5e-324, 323, Ok("0.0")),
    (5e-324, 324, Ok("5e-324")),
    (1.23456789, 5, Ok("1.23457")),
    (123456.789, -3, Ok("123000.0")),
    (1e-320, 322, Ok("1e-320")),
    (0.1, 400, Ok("0.1")),
    (12345.0, -400, Ok("0.0")),
    (-12345.0, -400, Ok("-0.0")),
    (0.285, 2, Ok("0.28")),
    (1.0000000000000002, 15, Ok("1.0")),
    (4.5, -1, Ok("0.0")),
    (5.0, -1, Ok("0.0")),
    (15.0, -1, Ok("20.0")),
    (25.0, -1, Ok("20.0")),
    (1e+22, -22, Ok("1e+22")),
    (5e+22, -23, Ok("0.0")),
    (f64::INFINITY, 2, Ok("inf")),
    (123.456, 1, Ok("123.5")),
    (2.5e-07, 7, Ok("2e-07")),
    (3.5e-07, 7, Ok("3e-07")),
];

#[test]
fn ints() {
    for (s, base, want) in INT_CASES {
        assert_eq!(
            parse_int(s, *base),
            want.map(|w| BigInt::from_str(w).unwrap()),
            "int({s:?}, {base})"
        );
    }
}

#[test]
fn floats() {
    for (s, want) in FLOAT_CASES {
        let got = parse_float(s).map(crate::format::float_repr);
        assert_eq!(got.as_deref(), *want, "float({s:?})");
    }
}

#[test]
fn rounding() {
    for (x, n, want) in ROUND_CASES {
        let got = round_float(*x, *n).map(crate::format::float_repr);
        assert_eq!(
            got.as_deref().map_err(|e| e.as_str()),
            *want,
            "round({x:?}, {n})"
        );
    }
    // round(x) with ndigits None (then int() by the caller).
    for (x, want) in [
        (0.5, 0.0),
        (1.5, 2.0),
        (2.5, 2.0),
        (-0.5, -0.0),
        (-1.5, -2.0),
        (0.49999999999999994, 0.0),
    ] {
        assert_eq!(round_half_even(x), want, "round({x})");
    }
}
