// Generated from CPython 3.11: format(value, spec) for each case.
use super::*;
use crate::format::spec::parse_format_spec;
use num_bigint::BigInt;
use std::str::FromStr;

#[rustfmt::skip]
const INT_CASES: &[(&str, &str, &str, Result<&str, &str>)] = &[
    ("1", "z", "int", Err("Negative zero coercion (z) not allowed in integer format specifier")),
    ("1", "zd", "int", Err("Negative zero coercion (z) not allowed in integer format specifier")),
    ("1", ".2", "int", Err("Precision not allowed in integer format specifier")),
    ("1", ".2d", "int", Err("Precision not allowed in integer format specifier")),
    ("1", ",_", "int", Err("Cannot specify both ',' and '_'.")),
    ("1", "_,", "int", Err("Cannot specify both ',' and '_'.")),
    ("1", ",x", "int", Err("Cannot specify ',' with 'x'.")),
    ("1", "_x", "int", Ok("1")),
    ("1", ",b", "int", Err("Cannot specify ',' with 'b'.")),
    ("1", "_n", "int", Err("Cannot specify '_' with 'n'.")),
    ("1", ",n", "int", Err("Cannot specify ',' with 'n'.")),
    ("1", "+c", "int", Err("Sign not allowed with integer format specifier 'c'")),
    ("1", "#c", "int", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
    ("1", ",c", "int", Err("Cannot specify ',' with 'c'.")),
    ("1", "10.2fx", "int", Err("Invalid format specifier '10.2fx' for object of type 'int'")),
    ("1", "s", "int", Err("Unknown format code 's' for object of type 'int'")),
    ("1", ".", "int", Err("Format specifier missing precision")),
    ("1", "\u{1}", "int", Err("Unknown format code '\\x1' for object of type 'int'")),
    ("1", "\u{e9}", "int", Err("Unknown format code '\\xe9' for object of type 'int'")),
    ("1", ",\u{e9}", "int", Err("Cannot specify ',' with '\\xe9'.")),
    ("-1", "c", "int", Err("%c arg not in range(0x110000)")),
    ("1114112", "c", "int", Err("%c arg not in range(0x110000)")),
    ("1", "999999999999999999999999999999", "int", Err("Too many decimal digits in format string")),
    ("1", ".999999999999999999999999999999", "int", Err("Too many decimal digits in format string")),
    ("1", "=,", "int", Ok("1")),
    ("12", "<05", "int", Ok("12000")),
    ("12", "x<05", "int", Ok("12xxx")),
    ("1234", "010,", "int", Ok("00,001,234")),
    ("1234", "09,", "int", Ok("0,001,234")),
    ("1234", "08,", "int", Ok("0,001,234")),
    ("1234", "_x", "int", Ok("4d2")),
    ("11259375", "_x", "int", Ok("ab_cdef")),
    ("11259375", "#012_x", "int", Ok("0x0_00ab_cdef")),
    ("65", "05c", "int", Ok("0000A")),
    ("12", "%", "int", Ok("1200.000000%")),
    ("12", "e", "int", Ok("1.200000e+01")),
    ("1000000000000000000000000000000", "e", "int", Ok("1.000000e+30")),
    ("1000000000000000000000000000000", ".3f", "int", Ok("1000000000000000019884624838656.000")),
    ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f", "int", Err("int too large to convert to float")),
    ("123", "#o", "int", Ok("0o173")),
    ("123", "#b", "int", Ok("0b1111011")),
    ("-123", "#X", "int", Ok("-0X7B")),
    ("1", " ", "int", Ok(" 1")),
    ("1", "d", "bool", Ok("1")),
    ("12", ".3%", "int", Ok("1200.000%")),
    ("-5", "=10", "int", Ok("-        5")),
    ("-5", "^10", "int", Ok("    -5    ")),
    ("-5", "010", "int", Ok("-000000005")),
    ("5", "+", "int", Ok("+5")),
    ("5", "#", "int", Ok("5")),
    ("5", "#10x", "int", Ok("       0x5")),
    ("5", "#010x", "int", Ok("0x00000005")),
    ("1", "zx", "int", Err("Negative zero coercion (z) not allowed in integer format specifier")),
    ("18446744073709551616", "_", "int", Ok("18_446_744_073_709_551_616")),
    ("18446744073709551616", "_b", "int", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
    ("3", "c", "int", Ok("\u{3}")),
    ("1267650600228229401496703205376", ",", "int", Ok("1,267,650,600,228,229,401,496,703,205,376")),
    ("-1267650600228229401496703205376", "_x", "int", Ok("-10_0000_0000_0000_0000_0000_0000")),
    ("0", "#b", "int", Ok("0b0")),
    ("-12", "_", "int", Ok("-12")),
    ("12345678", "_o", "int", Ok("5706_0516")),
    ("255", "#_b", "int", Ok("0b1111_1111")),
    ("1234", "n", "int", Ok("1234")),
    ("5", "\u{1}<5", "int", Ok("5\u{1}\u{1}\u{1}\u{1}")),
    ("100", "\u{1}", "int", Err("Unknown format code '\\x1' for object of type 'int'")),
    ("1", "x", "bool", Ok("1")),
];

#[rustfmt::skip]
const FLOAT_CASES: &[(&str, &str, &str, Result<&str, &str>)] = &[
    ("1.0", "z", "float", Ok("1.0")),
    ("1.0", "d", "float", Err("Unknown format code 'd' for object of type 'float'")),
    ("1.0", "#", "float", Ok("1.0")),
    ("1.0", "c", "float", Err("Unknown format code 'c' for object of type 'float'")),
    ("inf", "010", "float", Ok("0000000inf")),
    ("nan", "=+010", "float", Ok("+000000nan")),
    ("-inf", "010f", "float", Ok("-000000inf")),
    ("1.0", "", "float", Ok("1.0")),
    ("1e+20", ".3", "float", Ok("1e+20")),
    ("0.1", ".3", "float", Ok("0.1")),
    ("1.0", ".3", "float", Ok("1.0")),
    ("123.0", ".3", "float", Ok("1.23e+02")),
    ("100.0", ".3", "float", Ok("1e+02")),
    ("1e+16", "", "float", Ok("1e+16")),
    ("1.0", "#.0f", "float", Ok("1.")),
    ("10000000000.0", "#.0e", "float", Ok("1.e+10")),
    ("-0.0001", "z.2f", "float", Ok("0.00")),
    ("-0.0", "z", "float", Ok("0.0")),
    ("-0.0", "", "float", Ok("-0.0")),
    ("1.0", "n", "float", Ok("1")),
    ("1234567.0", ",", "float", Ok("1,234,567.0")),
    ("1234567.0", "n", "float", Ok("1.23457e+06")),
    ("1e+300", ",f", "float", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000")),
    ("0.5", "%", "float", Ok("50.000000%")),
    ("1.0", ".0%", "float", Ok("100%")),
    ("1.5", "#g", "float", Ok("1.50000")),
    ("1.0", "g", "float", Ok("1")),
    ("1e-05", "g", "float", Ok("1e-05")),
    ("1e-05", "", "float", Ok("1e-05")),
    ("1e-05", ".3", "float", Ok("1e-05")),
    ("123456789.0", ".3", "float", Ok("1.23e+08")),
    ("1e+16", ".20", "float", Ok("10000000000000000.0")),
    ("1000000000000000.0", ".17", "float", Ok("1000000000000000.0")),
    ("0.0", "e", "float", Ok("0.000000e+00")),
    ("1.0", "E", "float", Ok("1.000000E+00")),
    ("inf", "E", "float", Ok("INF")),
    ("nan", "G", "float", Ok("NAN")),
    ("-1.0", " ", "float", Ok("-1.0")),
    ("1.25", ".1f", "float", Ok("1.2")),
    ("1.0", "#", "float", Ok("1.0")),
    ("1.0", "#.3", "float", Ok("1.00")),
    ("12.0", "#g", "float", Ok("12.0000")),
    ("1.0", "=+10", "float", Ok("+      1.0")),
    ("1.0", "010.3", "float", Ok("00000001.0")),
    ("1.0", ".1n", "float", Ok("1")),
    ("12345.678", "n", "float", Ok("12345.7")),
    ("1.0", ".3g", "float", Ok("1")),
    ("0.0001", ".3", "float", Ok("0.0001")),
    ("1e-05", ".3g", "float", Ok("1e-05")),
    ("1.0", ".0", "float", Ok("1e+00")),
    ("1.0", ".0e", "float", Ok("1e+00")),
    ("1.0", "#.0", "float", Ok("1.e+00")),
    ("123.456", ".0", "float", Ok("1e+02")),
    ("0.0", ".3", "float", Ok("0.0")),
    ("-0.0", ".3", "float", Ok("-0.0")),
    ("-0.0", "z.3", "float", Ok("0.0")),
    ("1.0", "%%", "float", Err("Invalid format specifier '%%' for object of type 'float'")),
    ("1.0", "ff", "float", Err("Invalid format specifier 'ff' for object of type 'float'")),
    ("1.0", "_", "float", Ok("1.0")),
    ("1.0", "_x", "float", Err("Unknown format code 'x' for object of type 'float'")),
    ("1.0", ",%", "float", Ok("100.000000%")),
    ("inf", "_f", "float", Ok("inf")),
    ("1.0", ".2%", "float", Ok("100.00%")),
    ("1e-07", "%", "float", Ok("0.000010%")),
    ("0.001", ".3n", "float", Ok("0.001")),
    ("-0.0", "", "float", Ok("-0.0")),
    ("2.5", ".0f", "float", Ok("2")),
    ("1e+300", ".3", "float", Ok("1e+300")),
    ("123.456", "*^+15,.2f", "float", Ok("****+123.46****")),
    ("-1234.5", "=+12,", "float", Ok("-    1,234.5")),
    ("1e-07", "", "float", Ok("1e-07")),
    ("1.5", "^9", "float", Ok("   1.5   ")),
    ("1.0", ".17g", "float", Ok("1")),
    ("0.1", ".17", "float", Ok("0.10000000000000001")),
    ("1e+16", ".16", "float", Ok("1e+16")),
    ("1e+16", ".17", "float", Ok("1e+16")),
    ("9.5", ".0f", "float", Ok("10")),
    ("1234.5678", "n", "float", Ok("1234.57")),
    ("-1.0", "z", "float", Ok("-1.0")),
    ("1.5", "x<+8", "float", Ok("+1.5xxxx")),
    ("1.0", "q", "float", Err("Unknown format code 'q' for object of type 'float'")),
];

#[rustfmt::skip]
const STR_CASES: &[(&str, &str, &str, Result<&str, &str>)] = &[
    ("a", "z", "str", Err("Negative zero coercion (z) not allowed in string format specifier")),
    ("a", "+", "str", Err("Sign not allowed in string format specifier")),
    ("a", "=", "str", Err("'=' alignment not allowed in string format specifier")),
    ("a", "=5", "str", Err("'=' alignment not allowed in string format specifier")),
    ("a", ",", "str", Err("Cannot specify ',' with 's'.")),
    ("a", "_", "str", Err("Cannot specify '_' with 's'.")),
    ("a", "d", "str", Err("Unknown format code 'd' for object of type 'str'")),
    ("a", "#", "str", Err("Alternate form (#) not allowed in string format specifier")),
    ("ab", "05", "str", Ok("ab000")),
    ("ab", "<05", "str", Ok("ab000")),
    ("abc", ".2", "str", Ok("ab")),
    ("abc", "^7.2", "str", Ok("  ab   ")),
    ("abc", "*^8", "str", Ok("**abc***")),
    ("a", "zs", "str", Err("Negative zero coercion (z) not allowed in string format specifier")),
    ("a", "#s", "str", Err("Alternate form (#) not allowed in string format specifier")),
    ("a", ",s", "str", Err("Cannot specify ',' with 's'.")),
    ("\u{e9}\u{20ac}", "^5", "str", Ok(" \u{e9}\u{20ac}  ")),
    ("abc", "0>6", "str", Ok("000abc")),
    ("x", "", "str", Ok("x")),
    ("s", "q", "str", Err("Unknown format code 'q' for object of type 'str'")),
];

fn run(
    cases: &[(&str, &str, &str, Result<&str, &str>)],
    f: impl Fn(&str, &FormatSpec, &str) -> Result<String, String>,
) {
    for (val, spec, ty, want) in cases {
        let got = parse_format_spec(spec, ty).and_then(|s| f(val, &s, ty));
        assert_eq!(
            got.as_deref().map_err(|e| e.as_str()),
            *want,
            "format({val}, {spec:?})"
        );
    }
}

#[test]
fn ints() {
    run(INT_CASES, |v, s, t| {
        format_int(&BigInt::from_str(v).unwrap(), s, t)
    });
}

#[test]
fn floats() {
    run(FLOAT_CASES, |v, s, t| {
        format_float(v.parse().unwrap(), s, t)
    });
}

#[test]
fn strs() {
    run(STR_CASES, format_str);
}
