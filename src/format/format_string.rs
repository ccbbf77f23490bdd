//! `str.format` template parsing, a port of CPython's `MarkupIterator`,
//! `parse_field` and `field_name_split` (Objects/stringlib/unicode_format.h).
//!
//! CPython parses lazily while rendering, so an error late in the template is
//! only raised after earlier fields were looked up. [`FormatStringIter`]
//! reproduces that: render each piece as it is yielded. All errors here are
//! ValueError. Caller-side errors: IndexError `Replacement index 3 out of range
//! for positional args tuple`, KeyError `'name'` for missing fields, and
//! `Max string recursion exceeded` (ValueError, [`MAX_RECURSION_MSG`]) when
//! expanding a spec nested more than two levels deep.

use std::borrow::Cow;

/// ValueError raised when nested specs recurse too deep: CPython starts at
/// depth 2 for the template and decrements for each nested spec expansion,
/// failing when the depth reaches 0 (so `'{:{:{}}}'` fails).
pub const MAX_RECURSION_MSG: &str = "Max string recursion exceeded";

/// One replacement field `{name!conv:spec}`, borrowed from the template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField<'a> {
    /// Raw field name, e.g. `0.attr[key]`; split it with [`parse_field_name`]
    /// when rendering (its errors come at that point in CPython).
    pub name: &'a str,
    /// The character after `!`, unchecked: see [`check_conversion`].
    pub conversion: Option<char>,
    /// Raw spec text; may contain nested `{}` fields (see `spec_has_fields`).
    pub spec: &'a str,
    /// The spec contains `{`: format it with [`FormatStringIter`] (same
    /// arguments and [`AutoNumber`]) before applying it.
    pub spec_has_fields: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece<'a> {
    /// Literal text (`{{` and `}}` already halved).
    Literal(Cow<'a, str>),
    Field(FormatField<'a>),
}

/// Lazy parser over a template; yields pieces in order, stops after an error.
/// It scans bytes: every delimiter is ASCII, so each cut falls on a char
/// boundary.
pub struct FormatStringIter<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> FormatStringIter<'a> {
    pub fn new(template: &'a str) -> Self {
        FormatStringIter { text: template, pos: 0, failed: false }
    }

    fn next_piece(&mut self) -> Result<FormatPiece<'a>, String> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut c = 0u8;
        let mut markup_follows = false;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= bytes.len();
        let mut len = self.pos - start;
        if markup_follows && c == b'}' && (at_end || bytes[self.pos] != b'}') {
            return Err("Single '}' encountered in format string".into());
        }
        if markup_follows && at_end && c == b'{' {
            return Err("Single '{' encountered in format string".into());
        }
        if markup_follows {
            if bytes[self.pos] == c {
                // `{{` or `}}`: the literal keeps one brace, no field follows.
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal = Cow::Borrowed(&self.text[start..start + len]);
        if !markup_follows {
            return Ok(FormatPiece::Literal(literal));
        }
        if !literal.is_empty() {
            // Yield the literal now, the field on the next call.
            self.pos -= 1;
            return Ok(FormatPiece::Literal(literal));
        }
        self.parse_field().map(FormatPiece::Field)
    }

    /// `parse_field`: called just after the opening `{`.
    fn parse_field(&mut self) -> Result<FormatField<'a>, String> {
        let bytes = self.text.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err("unexpected '{' in field name".into()),
                // Brackets may hide `:`, `!` and `}`.
                b'[' => {
                    while self.pos < bytes.len() && bytes[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        if c != b'}' && c != b':' && c != b'!' {
            return Err("expected '}' before end of string".into());
        }
        let name = &self.text[name_start..self.pos - 1];
        let mut field = FormatField { name, conversion: None, spec: "", spec_has_fields: false };
        if c == b'}' {
            return Ok(field);
        }
        if c == b'!' {
            let Some(conv) = self.text[self.pos..].chars().next() else {
                return Err("end of string while looking for conversion specifier".into());
            };
            field.conversion = Some(conv);
            self.pos += conv.len_utf8();
            if self.pos < bytes.len() {
                let c = bytes[self.pos];
                self.pos += 1;
                if c == b'}' {
                    return Ok(field);
                }
                if c != b':' {
                    return Err("expected ':' after conversion specifier".into());
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < bytes.len() {
            let c = bytes[self.pos];
            self.pos += 1;
            if c == b'{' {
                field.spec_has_fields = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = &self.text[spec_start..self.pos - 1];
                    return Ok(field);
                }
            }
        }
        Err("unmatched '{' in format spec".into())
    }
}

impl<'a> Iterator for FormatStringIter<'a> {
    type Item = Result<FormatPiece<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let piece = self.next_piece();
        self.failed = piece.is_err();
        Some(piece)
    }
}

/// Parses a whole template eagerly (adjacent literals merged). Prefer
/// [`FormatStringIter`] when error order relative to lookups matters.
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece<'_>>, String> {
    let mut out: Vec<FormatPiece> = Vec::new();
    for piece in FormatStringIter::new(template) {
        match (piece?, out.last_mut()) {
            (FormatPiece::Literal(s), Some(FormatPiece::Literal(prev))) => prev.to_mut().push_str(&s),
            (p, _) => out.push(p),
        }
    }
    Ok(out)
}

/// Formats a template (typically a field's spec with nested fields) by
/// calling `render` for each field in order; literals are copied. The caller
/// passes a `render` that resolves names with its shared [`AutoNumber`] and
/// tracks recursion depth (see [`MAX_RECURSION_MSG`]).
pub fn expand_fields(
    template: &str,
    mut render: impl FnMut(&FormatField) -> Result<String, String>,
) -> Result<String, String> {
    let mut out = String::new();
    for piece in FormatStringIter::new(template) {
        match piece? {
            FormatPiece::Literal(s) => out.push_str(&s),
            FormatPiece::Field(f) => out.push_str(&render(&f)?),
        }
    }
    Ok(out)
}

/// `!r`, `!s`, `!a` are valid; anything else is
/// `Unknown conversion specifier x` (ValueError, raised after the field's
/// object was looked up).
pub fn check_conversion(c: char) -> Result<(), String> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(format!("Unknown conversion specifier {c}"))
        }
        c => Err(format!("Unknown conversion specifier \\x{:x}", c as u32)),
    }
}

/// The part of a field name before any `.` or `[`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic index (see [`AutoNumber`]).
    Auto,
    /// All digits: a positional index.
    Index(usize),
    /// Anything else: a keyword argument name (`{0a}`, `{-1}`, `{ 0}` too).
    Name(String),
}

/// `.attr`, `[digits]`, `[key]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccessor {
    Attr(String),
    Index(usize),
    Key(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    pub rest: Vec<FieldAccessor>,
}

/// CPython's `get_integer`: `Some` if all ASCII digits (and non-empty).
fn all_digits_index(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|v| *v <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| "Too many decimal digits in format string".to_string())
}

/// Splits a field name (`field_name_split` + `FieldNameIterator`).
pub fn parse_field_name(name: &str) -> Result<FieldName, String> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first_text, mut rest) = name.split_at(split);
    let first = match all_digits_index(first_text)? {
        Some(i) => FieldFirst::Index(i),
        None if first_text.is_empty() => FieldFirst::Auto,
        None => FieldFirst::Name(first_text.to_string()),
    };
    let mut accessors = Vec::new();
    while let Some(c) = rest.chars().next() {
        rest = &rest[1..];
        let acc = match c {
            '.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let (attr, tail) = rest.split_at(end);
                rest = tail;
                if attr.is_empty() {
                    return Err("Empty attribute in format string".into());
                }
                FieldAccessor::Attr(attr.to_string())
            }
            '[' => {
                let end = rest.find(']').ok_or("Missing ']' in format string")?;
                let key = &rest[..end];
                rest = &rest[end + 1..];
                if key.is_empty() {
                    return Err("Empty attribute in format string".into());
                }
                match all_digits_index(key)? {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(key.to_string()),
                }
            }
            _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
        };
        accessors.push(acc);
    }
    Ok(FieldName {
        first,
        rest: accessors,
    })
}

/// Automatic vs manual field numbering state, shared by a template and the
/// fields nested in its specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    /// `None` until the first numeric field; then `Some(true)` for automatic.
    auto: Option<bool>,
    next: usize,
}

/// What to look up for a field's first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey {
    Index(usize),
    Name(String),
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves the first part, numbering `{}` fields. ValueError
    /// `cannot switch from manual field specification to automatic field
    /// numbering` (or the reverse) when a template mixes `{}` and `{0}`.
    pub fn resolve(&mut self, first: &FieldFirst) -> Result<FieldKey, String> {
        let is_auto = match first {
            FieldFirst::Name(n) => return Ok(FieldKey::Name(n.clone())),
            FieldFirst::Auto => true,
            FieldFirst::Index(_) => false,
        };
        match (*self.auto.get_or_insert(is_auto), is_auto) {
            (false, true) => Err(
                "cannot switch from manual field specification to automatic field numbering".into(),
            ),
            (true, false) => Err(
                "cannot switch from automatic field numbering to manual field specification".into(),
            ),
            _ => Ok(match first {
                FieldFirst::Index(i) => FieldKey::Index(*i),
                _ => {
                    self.next += 1;
                    FieldKey::Index(self.next - 1)
                }
            }),
        }
    }
}

#[cfg(test)]
#[path = "format_string_tests.rs"]
mod tests;
