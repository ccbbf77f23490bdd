//! Parsing of the format-spec mini-language
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! a port of CPython's `parse_internal_render_format_spec`.

/// A parsed format spec. Defaults that depend on the value's kind (alignment,
/// the effect of the `0` flag) are resolved by the `format_*` functions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only given together with an alignment).
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=` when given.
    pub align: Option<char>,
    /// `+`, `-` or ` ` when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width (only when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Reads a run of ASCII digits; `Ok(None)` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        // CPython's limit is Py_ssize_t.
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses a format spec. `type_name` is the formatted object's type, used only
/// in the `Invalid format specifier '...' for object of type '...'` message.
/// All errors are `ValueError`.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    // Specs are short: their chars go in a stack buffer when they fit.
    let mut buf = ['\0'; 24];
    let heap: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        heap = spec.chars().collect();
        &heap
    };
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // An explicit fill wins over the backwards-compatible `0` flag.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    out.width = get_integer(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ))
        }
    }
    Ok(out)
}

/// `'c'` for printable ASCII, `'\xNN'` otherwise, as CPython's messages do.
pub(crate) fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

impl FormatSpec {
    /// CPython checks grouping against the type (after applying the kind's
    /// default type: `d` for int, `s` for str, none for float) while parsing.
    /// Returns the group size (3, or 4 for `_` with `b o x X`).
    pub(crate) fn check_grouping(&self, default_ty: Option<char>) -> Result<usize, String> {
        let Some(sep) = self.grouping else {
            return Ok(3);
        };
        match self.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
            Some(t) => Err(format!("Cannot specify '{sep}' with '{}'.", code_repr(t))),
        }
    }

    /// `Unknown format code 'q' for object of type 'int'` (ValueError).
    pub(crate) fn unknown_code(t: char, type_name: &str) -> String {
        format!(
            "Unknown format code '{}' for object of type '{type_name}'",
            code_repr(t)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let s = parse_format_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alternate);
        // An explicit fill means the `0` is part of the width.
        assert!(!s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = parse_format_spec("010", "int").unwrap();
        assert!(s.zero);
        assert_eq!(s.width, Some(10));
        assert_eq!(parse_format_spec("", "int").unwrap(), FormatSpec::default());
    }

    // Messages from CPython 3.11 `format(1, spec)`.
    #[test]
    fn parse_errors() {
        let cases = [
            (",_", "Cannot specify both ',' and '_'."),
            ("_,", "Cannot specify both ',' and '_'."),
            (".", "Format specifier missing precision"),
            (
                "10.2fx",
                "Invalid format specifier '10.2fx' for object of type 'int'",
            ),
            (
                "999999999999999999999999999999",
                "Too many decimal digits in format string",
            ),
            (
                ".999999999999999999999999999999",
                "Too many decimal digits in format string",
            ),
        ];
        for (spec, msg) in cases {
            assert_eq!(parse_format_spec(spec, "int").unwrap_err(), msg, "{spec}");
        }
    }
}
