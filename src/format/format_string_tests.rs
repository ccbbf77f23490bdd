// Generated from CPython 3.11 _string.formatter_parser / formatter_field_name_split.
use super::*;

type Tuple = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<char>,
);
#[rustfmt::skip]
const PARSER_CASES: &[(&str, Result<&[Tuple], &str>)] = &[
    ("{", Err("Single '{' encountered in format string")),
    ("}", Err("Single '}' encountered in format string")),
    ("a}b", Err("Single '}' encountered in format string")),
    ("{0", Err("expected '}' before end of string")),
    ("{0:", Err("unmatched '{' in format spec")),
    ("{:{}", Err("unmatched '{' in format spec")),
    ("{:{}}}", Err("Single '}' encountered in format string")),
    ("{0!}", Err("unmatched '{' in format spec")),
    ("{0!r", Err("unmatched '{' in format spec")),
    ("{0!rx}", Err("expected ':' after conversion specifier")),
    ("{0!x}", Ok(&[("", Some("0"), Some(""), Some('x'))])),
    ("{0[}", Err("expected '}' before end of string")),
    ("{0[a]x}", Ok(&[("", Some("0[a]x"), Some(""), None)])),
    ("{0.}", Ok(&[("", Some("0."), Some(""), None)])),
    ("{{}}", Ok(&[("{", None, None, None), ("}", None, None, None)])),
    ("{0:{1:{2}}}", Ok(&[("", Some("0"), Some("{1:{2}}"), None)])),
    ("{a{}", Err("unexpected '{' in field name")),
    ("{0!r:>{1}}", Ok(&[("", Some("0"), Some(">{1}"), Some('r'))])),
    ("{}{0}", Ok(&[("", Some(""), Some(""), None), ("", Some("0"), Some(""), None)])),
    ("{0[a}]}", Ok(&[("", Some("0[a}]"), Some(""), None)])),
    ("{:}}", Err("Single '}' encountered in format string")),
    ("{:{{}}}", Ok(&[("", Some(""), Some("{{}}"), None)])),
    ("{!r}", Ok(&[("", Some(""), Some(""), Some('r'))])),
    ("{0}{", Err("Single '{' encountered in format string")),
    ("{00}", Ok(&[("", Some("00"), Some(""), None)])),
    ("a{0.b[c]!r:>{1}}d{{", Ok(&[("a", Some("0.b[c]"), Some(">{1}"), Some('r')), ("d{", None, None, None)])),
    ("{:{:{}}}", Ok(&[("", Some(""), Some("{:{}}"), None)])),
    ("{0!r!s}", Err("expected ':' after conversion specifier")),
    ("{0:}", Ok(&[("", Some("0"), Some(""), None)])),
    ("x{{y}}z", Ok(&[("x{", None, None, None), ("y}", None, None, None), ("z", None, None, None)])),
    ("a{{{0}}}b", Ok(&[("a{", None, None, None), ("", Some("0"), Some(""), None), ("}", None, None, None), ("b", None, None, None)])),
    ("", Ok(&[])),
    ("plain", Ok(&[("plain", None, None, None)])),
    ("{0[:!}]!s:^{w}.{p}f}", Ok(&[("", Some("0[:!}]"), Some("^{w}.{p}f"), Some('s'))])),
    ("\u{e9}{\u{fc}}\u{20ac}", Ok(&[("\u{e9}", Some("\u{fc}"), Some(""), None), ("\u{20ac}", None, None, None)])),
    ("{!}", Err("unmatched '{' in format spec")),
    ("{!:}", Ok(&[("", Some(""), Some(""), Some(':'))])),
    ("{0!", Err("end of string while looking for conversion specifier")),
    ("{[}", Err("expected '}' before end of string")),
    ("{}}", Err("Single '}' encountered in format string")),
];

#[rustfmt::skip]
const NAME_CASES: &[(&str, Result<(&str, &[(bool, &str)]), &str>)] = &[
    ("0.b[c][1]", Ok(("#0", &[(true, "b"), (false, "c"), (false, "#1")]))),
    ("", Ok(("", &[]))),
    ("a", Ok(("a", &[]))),
    ("00", Ok(("#0", &[]))),
    ("0a", Ok(("0a", &[]))),
    ("-1", Ok(("-1", &[]))),
    (" 0", Ok((" 0", &[]))),
    ("0.", Err("Empty attribute in format string")),
    ("0..a", Err("Empty attribute in format string")),
    ("0[]", Err("Empty attribute in format string")),
    ("0[a]x", Err("Only '.' or '[' may follow ']' in format field specifier")),
    ("0[a", Err("Missing ']' in format string")),
    ("x[1].y[z z]", Ok(("x", &[(false, "#1"), (true, "y"), (false, "z z")]))),
    ("999999999999999999999999999999", Err("Too many decimal digits in format string")),
    ("0[999999999999999999999999999999]", Err("Too many decimal digits in format string")),
    (".a", Ok(("", &[(true, "a")]))),
    ("[0]", Ok(("", &[(false, "#0")]))),
];

/// Python's (literal, name, spec, conversion) tuples as merged pieces.
fn from_tuples(w: &[Tuple]) -> Vec<FormatPiece> {
    let mut out: Vec<FormatPiece> = Vec::new();
    for (l, n, s, c) in w {
        match out.last_mut() {
            Some(FormatPiece::Literal(prev)) => prev.to_mut().push_str(l),
            _ if !l.is_empty() => out.push(FormatPiece::Literal(l.to_string().into())),
            _ => {}
        }
        if let Some(n) = n {
            let spec = s.unwrap_or_default();
            let spec_has_fields = spec.contains('{');
            out.push(FormatPiece::Field(FormatField {
                name: n,
                conversion: *c,
                spec,
                spec_has_fields,
            }));
        }
    }
    out
}

#[test]
fn formatter_parser_matches() {
    for (t, want) in PARSER_CASES {
        let got = parse_format_string(t);
        let want = want.map(from_tuples);
        assert_eq!(
            got.as_ref().map_err(|e| e.as_str()),
            want.as_ref().map_err(|e| *e),
            "{t:?}"
        );
    }
}

fn key_text(first: &FieldFirst) -> String {
    match first {
        FieldFirst::Auto => String::new(),
        FieldFirst::Index(i) => format!("#{i}"),
        FieldFirst::Name(n) => n.clone(),
    }
}

#[test]
fn field_name_split_matches() {
    for (n, want) in NAME_CASES {
        let got = parse_field_name(n).map(|f| {
            let rest: Vec<(bool, String)> = f
                .rest
                .iter()
                .map(|a| match a {
                    FieldAccessor::Attr(s) => (true, s.clone()),
                    FieldAccessor::Index(i) => (false, format!("#{i}")),
                    FieldAccessor::Key(s) => (false, s.clone()),
                })
                .collect();
            (key_text(&f.first), rest)
        });
        let want = want.map(|(f, r)| {
            (
                f.to_string(),
                r.iter()
                    .map(|(a, k)| (*a, k.to_string()))
                    .collect::<Vec<_>>(),
            )
        });
        assert_eq!(
            got.as_ref().map_err(|e| e.as_str()),
            want.as_ref().map_err(|e| *e),
            "{n:?}"
        );
    }
}

// Messages from CPython 3.11 '{}{0}'.format(1) and '{0}{}'.format(1).
#[test]
fn auto_numbering() {
    let mut a = AutoNumber::new();
    assert_eq!(a.resolve(&FieldFirst::Auto), Ok(FieldKey::Index(0)));
    assert_eq!(
        a.resolve(&FieldFirst::Name("x".into())),
        Ok(FieldKey::Name("x".into()))
    );
    assert_eq!(a.resolve(&FieldFirst::Auto), Ok(FieldKey::Index(1)));
    assert_eq!(
        a.resolve(&FieldFirst::Index(0)).unwrap_err(),
        "cannot switch from automatic field numbering to manual field specification"
    );
    let mut m = AutoNumber::new();
    assert_eq!(m.resolve(&FieldFirst::Index(2)), Ok(FieldKey::Index(2)));
    assert_eq!(
        m.resolve(&FieldFirst::Auto).unwrap_err(),
        "cannot switch from manual field specification to automatic field numbering"
    );
}

#[test]
fn conversions() {
    assert!(check_conversion('r').is_ok());
    assert_eq!(
        check_conversion('x').unwrap_err(),
        "Unknown conversion specifier x"
    );
    assert_eq!(
        check_conversion('\u{1}').unwrap_err(),
        "Unknown conversion specifier \\x1"
    );
}

#[test]
fn merged_literals() {
    let p = parse_format_string("a{{b}}{0:>{1}}").unwrap();
    assert_eq!(p[0], FormatPiece::Literal("a{b}".into()));
    match &p[1] {
        FormatPiece::Field(f) => assert!(f.spec_has_fields && f.spec == ">{1}"),
        other => panic!("{other:?}"),
    }
}

// '{0:>{1}.{2}}'.format('abc', 5, 2) == '   ab' in CPython 3.11.
#[test]
fn nested_spec_expansion() {
    let args = ["abc", "5", "2"];
    let mut auto = AutoNumber::new();
    let pieces = parse_format_string("{0:>{1}.{2}}").unwrap();
    let FormatPiece::Field(f) = &pieces[0] else {
        panic!()
    };
    let spec = expand_fields(f.spec, |inner| {
        let name = parse_field_name(inner.name)?;
        match auto.resolve(&name.first)? {
            FieldKey::Index(i) => Ok(args[i].to_string()),
            FieldKey::Name(n) => Err(n),
        }
    })
    .unwrap();
    assert_eq!(spec, ">5.2");
    let spec = crate::format::parse_format_spec(&spec, "str").unwrap();
    assert_eq!(
        crate::format::format_str(args[0], &spec, "str").unwrap(),
        "   ab"
    );
}
