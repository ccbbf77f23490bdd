//! `str % args` formatting, a port of CPython's `unicode_format_arg_parse`
//! and `unicode_format_arg_output` (Objects/unicodeobject.c).
//!
//! The caller drives the loop: for each [`PercentSpec`], fetch `*` width,
//! `*` precision and then the value (from the tuple, or by `key` from the
//! mapping), call [`PercentSpec::check_conversion`], convert, and format.
//! Caller-side errors (CPython 3.11 texts):
//! - TypeError `not enough arguments for format string` (args run out,
//!   including for `*`);
//! - TypeError `not all arguments converted during string formatting`
//!   (tuple args left over, or a non-tuple, non-mapping arg unused);
//! - TypeError `format requires a mapping` (`%(key)` without a mapping);
//! - TypeError `* wants int`;
//! - TypeError `%d format: a real number is required, not str` (d i u with a
//!   non-number; floats are truncated with int() first), `%x format: an
//!   integer is required, not float` (o x X), `must be real number, not str`
//!   (e f g), `%c requires int or char`;
//! - OverflowError `%c arg not in range(0x110000)` (see [`percent_char`]).

use std::borrow::Cow;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, FloatFlags};
use super::format_value::C_ARG_NOT_IN_RANGE;

/// A width or precision: a number or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Num(usize),
    Star,
}

/// One `%` conversion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: look the value up in the mapping.
    pub key: Option<String>,
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `0`
    pub zero: bool,
    /// `#`
    pub alt: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character, not yet validated.
    pub conversion: char,
    /// Its index (in chars) in the template, for the error message.
    pub index: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Literal text (`%%` already turned into `%`), borrowed from the
    /// template.
    Literal(Cow<'a, str>),
    Spec(PercentSpec),
}

impl Default for Count {
    fn default() -> Self {
        Count::Num(0)
    }
}

impl PercentSpec {
    /// ValueError `unsupported format character 'q' (0x71) at index 3` for
    /// an unknown conversion. CPython checks this after fetching the value.
    pub fn check_conversion(&self) -> Result<(), String> {
        if "sradiuoxXeEfFgGc".contains(self.conversion) {
            return Ok(());
        }
        let c = self.conversion;
        let shown = if (' '..='~').contains(&c) { c } else { '?' };
        Err(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.index
        ))
    }

    /// Fills in `*` values fetched by the caller: a negative width means
    /// left-justify, a negative precision means 0.
    pub fn resolve_stars(&mut self, width: Option<i64>, precision: Option<i64>) {
        if let (Some(Count::Star), Some(w)) = (self.width, width) {
            self.left |= w < 0;
            self.width = Some(Count::Num(w.unsigned_abs() as usize));
        }
        if let (Some(Count::Star), Some(p)) = (self.precision, precision) {
            self.precision = Some(Count::Num(p.max(0) as usize));
        }
    }

    fn width(&self) -> usize {
        match self.width {
            Some(Count::Num(w)) => w,
            _ => 0,
        }
    }

    fn precision(&self) -> Option<usize> {
        match self.precision {
            Some(Count::Num(p)) => Some(p),
            _ => None,
        }
    }
}

/// Lazy parser over a `%` template (CPython parses while formatting, so
/// errors late in the template come after earlier argument errors).
/// All its errors are ValueError. It scans bytes (every delimiter is
/// ASCII) and lends literals out of the template.
pub struct PercentIter<'a> {
    text: &'a str,
    /// Byte offsets are char offsets (for the error index).
    ascii: bool,
    pos: usize,
    failed: bool,
}

impl<'a> PercentIter<'a> {
    pub fn new(template: &'a str) -> Self {
        PercentIter { text: template, ascii: template.is_ascii(), pos: 0, failed: false }
    }

    fn peek_byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn read(&mut self) -> Result<char, String> {
        let b = self.peek_byte().ok_or("incomplete format")?;
        if b.is_ascii() {
            self.pos += 1;
            return Ok(b as char);
        }
        let c = self.text[self.pos..].chars().next().ok_or("incomplete format")?;
        self.pos += c.len_utf8();
        Ok(c)
    }

    fn read_number(
        &mut self,
        first: char,
        max: usize,
        too_big: &str,
    ) -> Result<(usize, char), String> {
        let mut n = first.to_digit(10).expect("digit") as usize;
        loop {
            let c = self.read()?;
            let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                return Ok((n, c));
            };
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|n| *n <= max)
                .ok_or(too_big)?;
        }
    }

    /// Parses after a `%`.
    fn parse_spec(&mut self) -> Result<PercentPiece<'a>, String> {
        if self.peek_byte() == Some(b'%') {
            self.pos += 1;
            return Ok(PercentPiece::Literal(Cow::Borrowed(&self.text[self.pos - 1..self.pos])));
        }
        let mut spec = PercentSpec::default();
        if self.peek_byte() == Some(b'(') {
            // Balanced parentheses: `%((a))s` has key `(a)`.
            let bytes = self.text.as_bytes();
            let start = self.pos + 1;
            let mut depth = 1;
            self.pos += 1;
            while depth > 0 && self.pos < bytes.len() {
                match bytes[self.pos] {
                    b')' => depth -= 1,
                    b'(' => depth += 1,
                    _ => {}
                }
                self.pos += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".into());
            }
            spec.key = Some(self.text[start..self.pos - 1].to_string());
        }
        let mut ch = self.read()?;
        loop {
            match ch {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            ch = self.read()?;
        }
        if ch == '*' {
            spec.width = Some(Count::Star);
            ch = self.read()?;
        } else if ch.is_ascii_digit() {
            let (w, next) = self.read_number(ch, isize::MAX as usize, "width too big")?;
            spec.width = Some(Count::Num(w));
            ch = next;
        }
        if ch == '.' {
            spec.precision = Some(Count::Num(0));
            ch = self.read()?;
            if ch == '*' {
                spec.precision = Some(Count::Star);
                ch = self.read()?;
            } else if ch.is_ascii_digit() {
                let (p, next) = self.read_number(ch, i32::MAX as usize, "precision too big")?;
                spec.precision = Some(Count::Num(p));
                ch = next;
            }
        }
        // C length modifiers are accepted and ignored.
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = self.read()?;
        }
        spec.conversion = ch;
        // The index CPython reports is in characters.
        let at = self.pos - ch.len_utf8();
        spec.index = if self.ascii { at } else { self.text[..at].chars().count() };
        Ok(PercentPiece::Spec(spec))
    }

    fn next_piece(&mut self) -> Result<PercentPiece<'a>, String> {
        let bytes = self.text.as_bytes();
        if bytes[self.pos] == b'%' {
            self.pos += 1;
            return self.parse_spec();
        }
        let start = self.pos;
        self.pos = bytes[start..].iter().position(|&b| b == b'%').map_or(bytes.len(), |k| start + k);
        Ok(PercentPiece::Literal(Cow::Borrowed(&self.text[start..self.pos])))
    }
}

impl<'a> Iterator for PercentIter<'a> {
    type Item = Result<PercentPiece<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let piece = self.next_piece();
        self.failed = piece.is_err();
        Some(piece)
    }
}

/// Parses a whole `%` template eagerly (adjacent literals merged). Errors
/// (ValueError): `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big`.
pub fn parse_percent_format(template: &str) -> Result<Vec<PercentPiece<'_>>, String> {
    let mut out: Vec<PercentPiece> = Vec::new();
    for piece in PercentIter::new(template) {
        match (piece?, out.last_mut()) {
            (PercentPiece::Literal(s), Some(PercentPiece::Literal(prev))) => prev.to_mut().push_str(&s),
            (p, _) => out.push(p),
        }
    }
    Ok(out)
}

/// Pads per `unicode_format_arg_output`. `numeric` turns on sign flags and
/// zero padding (the `0` flag is ignored for `s r a c`).
fn output(out: &mut String, negative: bool, prefix: &str, body: &str, spec: &PercentSpec, numeric: bool) {
    let sign = if !numeric {
        None
    } else if negative {
        Some('-')
    } else if spec.plus {
        Some('+')
    } else if spec.space {
        Some(' ')
    } else {
        None
    };
    let width = spec.width();
    let pad = if width == 0 {
        0
    } else {
        let len = sign.is_some() as usize + prefix.chars().count() + body.chars().count();
        width.saturating_sub(len)
    };
    out.reserve(body.len() + prefix.len() + 1 + pad);
    let zero_fill = numeric && spec.zero && !spec.left;
    if !spec.left && !zero_fill {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.extend(sign);
    out.push_str(prefix);
    if zero_fill {
        out.extend(std::iter::repeat_n('0', pad));
    }
    out.push_str(body);
    if spec.left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}

/// Runs an appending formatter into a new string.
fn to_string(f: impl FnOnce(&mut String)) -> String {
    let mut out = String::new();
    f(&mut out);
    out
}

impl PercentSpec {
    /// No flags, width or precision: the value's text is the output.
    pub fn is_plain(&self) -> bool {
        !(self.left || self.plus || self.space || self.zero || self.alt) && self.width.is_none() && self.precision.is_none()
    }
}

/// `%d %i %u %o %x %X` of an int (the caller has already converted floats
/// with int() for d/i/u). Precision is a minimum digit count.
pub fn percent_format_int(n: &BigInt, spec: &PercentSpec) -> String {
    to_string(|out| percent_format_int_into(out, n, spec))
}

/// [`percent_format_int`], appended to `out`.
pub fn percent_format_int_into(out: &mut String, n: &BigInt, spec: &PercentSpec) {
    let digits = super::format_value::magnitude_digits(n, int_radix(spec));
    int_output(out, n.sign() == Sign::Minus, digits, spec)
}

/// `percent_format_int` of a machine int, without a BigInt.
pub fn percent_format_i64(n: i64, spec: &PercentSpec) -> String {
    to_string(|out| percent_format_i64_into(out, n, spec))
}

/// [`percent_format_i64`], appended to `out`.
pub fn percent_format_i64_into(out: &mut String, n: i64, spec: &PercentSpec) {
    if spec.is_plain() && matches!(spec.conversion, 'd' | 'i' | 'u') {
        super::push_i64(out, n);
        return;
    }
    let m = n.unsigned_abs();
    let digits = match int_radix(spec) {
        8 => format!("{:o}", m),
        16 => format!("{:x}", m),
        _ => m.to_string(),
    };
    int_output(out, n < 0, digits, spec)
}

fn int_radix(spec: &PercentSpec) -> u32 {
    match spec.conversion {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// The sign, prefix, precision zeros and padding around an int's digits.
fn int_output(out: &mut String, negative: bool, mut digits: String, spec: &PercentSpec) {
    let prefix = match spec.conversion {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if spec.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision() {
        if p > digits.len() {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let prefix = if spec.alt { prefix } else { "" };
    output(out, negative, prefix, &digits, spec, true)
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> String {
    to_string(|out| percent_format_float_into(out, x, spec))
}

/// [`percent_format_float`], appended to `out`.
pub fn percent_format_float_into(out: &mut String, x: f64, spec: &PercentSpec) {
    let flags = FloatFlags {
        alt: spec.alt,
        upper: spec.conversion.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let code = spec.conversion.to_ascii_lowercase();
    let s = double_to_string(x, code, spec.precision().unwrap_or(6), flags);
    match s.strip_prefix('-') {
        Some(body) => output(out, true, "", body, spec, true),
        None => output(out, false, "", &s, spec, true),
    }
}

/// `%s %r %a` of the already converted text (precision truncates), and `%c`
/// of the one-character string (no truncation).
pub fn percent_format_str(s: &str, spec: &PercentSpec) -> String {
    to_string(|out| percent_format_str_into(out, s, spec))
}

/// [`percent_format_str`], appended to `out`.
pub fn percent_format_str_into(out: &mut String, s: &str, spec: &PercentSpec) {
    let s = match spec.precision() {
        Some(p) if spec.conversion != 'c' => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        _ => s,
    };
    output(out, false, "", s, spec, false)
}

/// `%c` of an int: OverflowError [`C_ARG_NOT_IN_RANGE`] outside
/// `range(0x110000)`. Lone surrogates become U+FFFD (Rust strings can't hold them).
pub fn percent_char(n: &BigInt) -> Result<char, String> {
    let code = n
        .to_u32()
        .filter(|c| *c <= 0x10ffff)
        .ok_or(C_ARG_NOT_IN_RANGE)?;
    Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
