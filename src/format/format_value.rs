//! `format(value, spec)` for int, float and str (CPython's
//! `format_long_internal`, `format_float_internal`, `format_string_internal`).
//! Errors are ValueError unless noted.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::convert::bigint_to_f64;
use super::float_repr::{double_to_string, FloatFlags};
use super::layout::{layout_number, pad_str, Layout, NumberParts};
use super::spec::FormatSpec;

/// OverflowError message for `format(n, 'c')` / `'%c' % n` out of range.
pub const C_ARG_NOT_IN_RANGE: &str = "%c arg not in range(0x110000)";
/// OverflowError of `format(2**70, 'c')`: the value does not fit a C long.
pub const INT_TOO_LARGE_FOR_C_LONG: &str = "Python int too large to convert to C long";

/// Fill and alignment for numbers: the `0` flag means fill `0`, align `=`
/// unless given explicitly.
fn number_layout(spec: &FormatSpec, grouping: Option<(char, usize)>) -> Layout {
    Layout {
        fill: spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' }),
        align: spec.align.unwrap_or(if spec.zero { '=' } else { '>' }),
        sign: spec.sign,
        width: spec.width,
        grouping,
    }
}

/// `format(n, spec)` for an int (`type_name` is `int`, `bool`, or a subclass
/// name, used in messages). Errors are ValueError except the two
/// OverflowErrors [`C_ARG_NOT_IN_RANGE`], [`INT_TOO_LARGE_FOR_C_LONG`] and
/// [`super::INT_TOO_LARGE_FOR_FLOAT`] (float presentation types): see
/// [`is_overflow`].
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let group = spec.check_grouping(Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(bigint_to_f64(n)?, spec, type_name);
        }
        _ => return Err(FormatSpec::unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let lay = number_layout(spec, spec.grouping.map(|sep| (sep, group)));
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        if n.to_i64().is_none() {
            return Err(INT_TOO_LARGE_FOR_C_LONG.into());
        }
        let code = n
            .to_u32()
            .filter(|c| *c <= 0x10ffff)
            .ok_or(C_ARG_NOT_IN_RANGE)?;
        // Lone surrogates cannot live in a Rust string.
        let c = char::from_u32(code).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &c,
        };
        return Ok(layout_number(&parts, &lay));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(n, radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    // 'n' uses the C locale: no thousands separator.
    Ok(layout_number(&parts, &lay))
}

/// [`format_int`] of a machine int: decimal output without grouping skips
/// the big-number conversion.
pub fn format_i64(n: i64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    if matches!(spec.ty, None | Some('d')) && spec.precision.is_none() && !spec.no_neg_0 && spec.grouping.is_none() {
        let mut digits = String::with_capacity(20);
        super::push_u64(&mut digits, n.unsigned_abs());
        let parts = NumberParts { negative: n < 0, prefix: "", digits: &digits, has_decimal: false, remainder: "" };
        return Ok(layout_number(&parts, &number_layout(spec, None)));
    }
    format_int(&BigInt::from(n), spec, type_name)
}

/// Is this error of `format_int`/`format_float` an OverflowError (the
/// others are ValueErrors)?
pub fn is_overflow(message: &str) -> bool {
    [C_ARG_NOT_IN_RANGE, INT_TOO_LARGE_FOR_C_LONG, super::INT_TOO_LARGE_FOR_FLOAT].contains(&message)
}

/// The digits of `|n|` in `radix` (2, 8, 10 or 16, lowercase); machine
/// sized values skip the big-number conversion.
pub(crate) fn magnitude_digits(n: &BigInt, radix: u32) -> String {
    match n.magnitude().to_u64() {
        Some(m) => match radix {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        },
        None => n.magnitude().to_str_radix(radix),
    }
}

/// `format(x, spec)` for a float. All errors are ValueError.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let group = spec.check_grouping(None)?;
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatFlags::default()
    };
    let mut default_precision = 6;
    let mut val = x;
    let mut add_pct = false;
    let mut code = match spec.ty {
        None => {
            // Like repr without a precision, else like 'g' but keeping a
            // digit after the point.
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            val *= 100.0;
            add_pct = true;
            'f'
        }
        Some(c @ ('e' | 'f' | 'g')) => c,
        Some(c @ ('E' | 'F' | 'G')) => {
            flags.upper = true;
            c.to_ascii_lowercase()
        }
        Some(c) => return Err(FormatSpec::unknown_code(c, type_name)),
    };
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err("precision too big".into()),
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let s = double_to_string(val, code, precision, flags);
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    // Split like CPython's parse_number: leading digits, '.', the rest.
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, rest) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let remainder = if add_pct {
        format!("{rest}%")
    } else {
        rest.to_string()
    };
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|sep| (sep, group))
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder: &remainder,
    };
    Ok(layout_number(&parts, &number_layout(spec, grouping)))
}

/// `format(s, spec)` for a str. All errors are ValueError.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    spec.check_grouping(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(FormatSpec::unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let (s, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    Ok(pad_str(s, len, fill, spec.align.unwrap_or('<'), spec.width))
}

#[cfg(test)]
#[path = "format_value_tests.rs"]
mod tests;
