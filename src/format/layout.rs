//! Padding, alignment and digit grouping of a formatted number, a port of
//! CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`.
//!
//! Output shape: `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.

/// The pieces of a number before padding.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper-case) for `#`.
    pub prefix: &'a str,
    /// The integer digits, which grouping and zero padding apply to.
    pub digits: &'a str,
    pub has_decimal: bool,
    /// Everything after the decimal point: fraction, exponent, `%`, or the
    /// `inf`/`nan` text (which has no digits at all).
    pub remainder: &'a str,
}

/// Resolved layout options.
pub(crate) struct Layout {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub width: Option<usize>,
    /// Thousands separator and group size; `None` means no grouping.
    pub grouping: Option<(char, usize)>,
}

/// Groups `digits` from the right, padding with zeros on the left up to
/// `min_width` (zero padding is grouped too: `format(1234, '09,')` is
/// `0,001,234`). Follows CPython's algorithm exactly, including its quirk of
/// never starting with a separator.
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(char, usize)>) -> String {
    if grouping.is_none() && !digits.is_empty() {
        // No separators: zero padding, then the digits.
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(std::str::from_utf8(digits).unwrap_or_default());
        return out;
    }
    let mut rev: Vec<char> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let emit = |rev: &mut Vec<char>, l: i64, remaining: i64, use_sep: bool| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            if let Some((sep, _)) = grouping {
                rev.push(sep);
            }
        }
        let end = remaining as usize;
        for &d in digits[end - n_chars as usize..end].iter().rev() {
            rev.push(d as char);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars
    };
    let mut broken = false;
    if let Some((_, group)) = grouping {
        let group = group as i64;
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_chars = emit(&mut rev, l, remaining, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        emit(&mut rev, l, remaining, use_sep);
    }
    rev.iter().rev().collect()
}

/// Lays out a number per `calc_number_widths` + `fill_number`.
pub(crate) fn layout_number(parts: &NumberParts, lay: &Layout) -> String {
    let sign = match (parts.negative, lay.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + parts.has_decimal as i64 + n_remainder;
    let width = lay.width.map_or(-1, |w| w as i64);
    let min_width = if lay.fill == '0' && lay.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped: std::borrow::Cow<str> = if parts.digits.is_empty() {
        // Only for 'c' and inf/nan: nothing to group.
        "".into()
    } else if lay.grouping.is_none() && min_width <= parts.digits.len() as i64 {
        // Nothing to insert: the digits as they are.
        parts.digits.into()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, lay.grouping).into()
    };
    let n_padding = (width - n_non_digit - grouped.chars().count() as i64).max(0) as usize;
    let (lpad, spad, rpad) = match lay.align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out = String::with_capacity(grouped.len() + n_padding + parts.remainder.len() + 4);
    let fill = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(lay.fill, n));
    fill(&mut out, lpad);
    out.extend(sign);
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    out
}

/// Pads a string (no sign, no grouping) to the width.
pub(crate) fn pad_str(
    s: &str,
    len: usize,
    fill: char,
    align: char,
    width: Option<usize>,
) -> String {
    let n_padding = width.unwrap_or(0).saturating_sub(len);
    let (lpad, rpad) = match align {
        '>' => (n_padding, 0),
        '^' => (n_padding / 2, n_padding - n_padding / 2),
        _ => (0, n_padding),
    };
    let mut out = String::with_capacity(s.len() + n_padding);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11 `format(1234, '0{w},')` etc.
    #[test]
    fn zero_padding_is_grouped() {
        let g = Some((',', 3));
        assert_eq!(group_digits(b"1234", 8, g), "0,001,234");
        assert_eq!(group_digits(b"1234", 9, g), "0,001,234");
        assert_eq!(group_digits(b"1234", 10, g), "00,001,234");
        assert_eq!(group_digits(b"1234", 0, None), "1234");
        assert_eq!(group_digits(b"1234", 6, None), "001234");
        assert_eq!(group_digits(b"abcdef", 0, Some(('_', 4))), "ab_cdef");
    }
}
