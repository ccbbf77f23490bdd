// Generated from CPython 3.11: template % args for each case.
use super::*;
use crate::format::float_repr;
use std::str::FromStr;

#[derive(Clone, Copy)]
enum A {
    I(&'static str),
    F(f64),
    S(&'static str),
}

#[rustfmt::skip]
const CASES: &[(&str, &[A], Option<&[(&str, A)]>, Result<&str, &str>)] = &[
    ("%q", &[A::I("1")], None, Err("unsupported format character 'q' (0x71) at index 1")),
    ("abc%q", &[A::I("1")], None, Err("unsupported format character 'q' (0x71) at index 4")),
    ("%", &[A::I("1")], None, Err("incomplete format")),
    ("%(a", &[], Some(&[("a", A::I("1"))]), Err("incomplete format key")),
    ("%(a)", &[], Some(&[("a", A::I("1"))]), Err("incomplete format")),
    ("%5", &[A::I("1")], None, Err("incomplete format")),
    ("%.", &[A::I("1")], None, Err("incomplete format")),
    ("%d %d", &[A::I("1")], None, Err("not enough arguments for format string")),
    ("%d", &[A::I("1"), A::I("2")], None, Err("not all arguments converted during string formatting")),
    ("%s %%", &[A::I("1")], None, Ok("1 %")),
    ("% d", &[A::I("5")], None, Ok(" 5")),
    ("%+d", &[A::I("5")], None, Ok("+5")),
    ("%-5d|", &[A::I("5")], None, Ok("5    |")),
    ("%05d", &[A::I("-5")], None, Ok("-0005")),
    ("%#x", &[A::I("255")], None, Ok("0xff")),
    ("%#X", &[A::I("255")], None, Ok("0XFF")),
    ("%#o", &[A::I("8")], None, Ok("0o10")),
    ("%.3d", &[A::I("5")], None, Ok("005")),
    ("%.3x", &[A::I("-5")], None, Ok("-005")),
    ("%#.5x", &[A::I("5")], None, Ok("0x00005")),
    ("%08.3d", &[A::I("-5")], None, Ok("-0000005")),
    ("%-08d|", &[A::I("5")], None, Ok("5       |")),
    ("%i %u", &[A::I("1"), A::I("2")], None, Ok("1 2")),
    ("%e", &[A::F(1.0)], None, Ok("1.000000e+00")),
    ("%.2f", &[A::F(2.675)], None, Ok("2.67")),
    ("%g", &[A::F(1e+20)], None, Ok("1e+20")),
    ("%#g", &[A::F(1.0)], None, Ok("1.00000")),
    ("%.0f", &[A::F(0.5)], None, Ok("0")),
    ("%#.0f", &[A::F(1.0)], None, Ok("1.")),
    ("%10.3s|", &[A::S("abcdef")], None, Ok("       abc|")),
    ("%-10s|", &[A::S("ab")], None, Ok("ab        |")),
    ("%f", &[A::F(f64::INFINITY)], None, Ok("inf")),
    ("%010f", &[A::F(f64::NEG_INFINITY)], None, Ok("-000000inf")),
    ("%F", &[A::F(f64::NAN)], None, Ok("NAN")),
    ("%+f", &[A::F(f64::NAN)], None, Ok("+nan")),
    ("%E", &[A::F(1.5)], None, Ok("1.500000E+00")),
    ("%G", &[A::F(1e-10)], None, Ok("1E-10")),
    ("%.0e", &[A::F(12345.0)], None, Ok("1e+04")),
    ("%+.1f", &[A::F(0.05)], None, Ok("+0.1")),
    ("% 5.1f", &[A::F(1.25)], None, Ok("  1.2")),
    ("%.100d", &[A::I("1")], None, Ok("0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001")),
    ("%*d", &[A::I("-5"), A::I("1")], None, Ok("1    ")),
    ("%(a)s %(b)s", &[], Some(&[("a", A::I("1")), ("b", A::I("2"))]), Ok("1 2")),
    ("%d %s", &[A::I("1")], None, Err("not enough arguments for format string")),
    ("%\u{e9}", &[A::I("1")], None, Err("unsupported format character '?' (0xe9) at index 1")),
    ("%.*f", &[A::I("2"), A::F(3.14159)], None, Ok("3.14")),
    ("%ld", &[A::I("5")], None, Ok("5")),
    ("%hd %Ld", &[A::I("5"), A::I("6")], None, Ok("5 6")),
    ("%#5.3o", &[A::I("8")], None, Ok("0o010")),
    ("%o", &[A::I("-8")], None, Ok("-10")),
    ("%#o", &[A::I("-8")], None, Ok("-0o10")),
    ("%x", &[A::I("1180591620717411303424")], None, Ok("400000000000000000")),
    ("%0-5d|", &[A::I("1")], None, Ok("1    |")),
    ("%-+ 0#5d", &[A::I("3")], None, Ok("+3   ")),
    ("%.1s", &[A::S("x")], None, Ok("x")),
    ("%-3%|", &[A::I("1")], None, Err("unsupported format character '%' (0x25) at index 3")),
    ("%g", &[A::F(0.0001)], None, Ok("0.0001")),
    ("%.3g", &[A::F(1234.5)], None, Ok("1.23e+03")),
    ("%10.4g|", &[A::F(3.14159)], None, Ok("     3.142|")),
    ("%05s", &[A::S("ab")], None, Ok("   ab")),
    ("%-05s|", &[A::S("ab")], None, Ok("ab   |")),
    ("%+s", &[A::S("a")], None, Ok("a")),
    ("%05.1f", &[A::F(-1.25)], None, Ok("-01.2")),
    ("%+05d", &[A::I("3")], None, Ok("+0003")),
    ("% 05x", &[A::I("-3")], None, Ok("-0003")),
    ("%#08x", &[A::I("-3")], None, Ok("-0x00003")),
    ("%#-8x|", &[A::I("3")], None, Ok("0x3     |")),
    ("%5%", &[A::I("1")], None, Err("unsupported format character '%' (0x25) at index 2")),
    ("%(a)%", &[], Some(&[("a", A::I("1"))]), Err("unsupported format character '%' (0x25) at index 4")),
    ("%s %", &[A::I("1")], None, Err("incomplete format")),
    ("%(a)s %(b", &[], Some(&[("a", A::I("1"))]), Err("incomplete format key")),
    ("%\u{1}", &[A::I("1")], None, Err("unsupported format character '?' (0x1) at index 1")),
    ("%5(a)s", &[], Some(&[("a", A::I("1"))]), Err("unsupported format character '(' (0x28) at index 2")),
    ("%((a))s", &[], Some(&[("(a)", A::I("7"))]), Ok("7")),
    ("a%%b%%", &[], None, Ok("a%b%")),
    ("%.*s|%*s", &[A::I("2"), A::S("abc"), A::I("-4"), A::S("x")], None, Ok("ab|x   ")),
    ("%c%c", &[A::I("65"), A::S("\u{e9}")], None, Ok("A\u{e9}")),
    ("%5c|%-3c|", &[A::S("x"), A::I("66")], None, Ok("    x|B  |")),
    ("%.0c", &[A::S("x")], None, Ok("x")),
    ("%c", &[A::I("1114112")], None, Err("%c arg not in range(0x110000)")),
    ("%c", &[A::I("-1")], None, Err("%c arg not in range(0x110000)")),
    ("%s", &[A::F(1.5)], None, Ok("1.5")),
    ("%s", &[A::I("100000000000000000000")], None, Ok("100000000000000000000")),
    ("%.2s", &[A::I("12345")], None, Ok("12")),
    ("%3d%%", &[A::I("50")], None, Ok(" 50%")),
    ("%.3e", &[A::F(-0.0)], None, Ok("-0.000e+00")),
    ("% .3e", &[A::F(0.0)], None, Ok(" 0.000e+00")),
    ("%x", &[A::I("0")], None, Ok("0")),
    ("%#x", &[A::I("0")], None, Ok("0x0")),
    ("%#o", &[A::I("0")], None, Ok("0o0")),
    ("%#.0o", &[A::I("0")], None, Ok("0o0")),
    ("%.0d", &[A::I("0")], None, Ok("0")),
    ("%-#10.4X|", &[A::I("-255")], None, Ok("-0X00FF   |")),
    ("%99999999999999999999d", &[A::I("1")], None, Err("width too big")),
    ("%.99999999999d", &[A::I("1")], None, Err("precision too big")),
    ("%5.", &[A::I("1")], None, Err("incomplete format")),
    ("%l", &[A::I("1")], None, Err("incomplete format")),
    ("%ll", &[A::I("1")], None, Err("unsupported format character 'l' (0x6c) at index 2")),
    ("%0", &[A::I("1")], None, Err("incomplete format")),
    ("%#", &[A::I("1")], None, Err("incomplete format")),
    ("%(a)*d", &[], Some(&[("a", A::I("1"))]), Err("not enough arguments for format string")),
    ("%*.*f|", &[A::I("8"), A::I("2"), A::F(3.14159)], None, Ok("    3.14|")),
    ("%.*d", &[A::I("-3"), A::I("7")], None, Ok("7")),
];

/// A minimal version of the interpreter's `%` loop, to drive the library.
fn render(t: &str, args: &[A], map: Option<&[(&str, A)]>) -> Result<String, String> {
    // A mapping is itself the single positional argument (CPython's arglen -1).
    let mapping_arg = [A::S("<mapping>")];
    let positional = if map.is_some() {
        &mapping_arg[..]
    } else {
        args
    };
    let mut it = positional.iter().copied();
    let mut out = String::new();
    for piece in PercentIter::new(t) {
        let mut spec = match piece? {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        // After `%(key)`, the looked-up value is the only argument left.
        let mut keyed = match (&spec.key, map) {
            (Some(k), Some(m)) => Some(m.iter().find(|(mk, _)| mk == k).unwrap().1),
            (Some(_), None) => return Err("format requires a mapping".into()),
            (None, _) => None,
        };
        let has_key = spec.key.is_some();
        let mut next = || {
            let v = if has_key { keyed.take() } else { it.next() };
            v.ok_or_else(|| "not enough arguments for format string".to_string())
        };
        let star = |a: A| match a {
            A::I(s) => Ok(s.parse::<i64>().unwrap()),
            _ => Err("* wants int".to_string()),
        };
        let w = if spec.width == Some(Count::Star) {
            Some(star(next()?)?)
        } else {
            None
        };
        let p = if spec.precision == Some(Count::Star) {
            Some(star(next()?)?)
        } else {
            None
        };
        spec.resolve_stars(w, p);
        let v = next()?;
        spec.check_conversion()?;
        let s = match (spec.conversion, v) {
            ('s', A::I(i)) => percent_format_str(i, &spec),
            ('s', A::F(f)) => percent_format_str(&float_repr(f), &spec),
            ('s', A::S(s)) => percent_format_str(s, &spec),
            ('c', A::S(s)) => percent_format_str(s, &spec),
            ('c', A::I(i)) => percent_format_str(
                &percent_char(&BigInt::from_str(i).unwrap())?.to_string(),
                &spec,
            ),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(f)) => percent_format_float(f, &spec),
            (_, A::I(i)) => percent_format_int(&BigInt::from_str(i).unwrap(), &spec),
            (c, _) => panic!("untested combination {c}"),
        };
        out.push_str(&s);
    }
    if map.is_none() && it.next().is_some() {
        return Err("not all arguments converted during string formatting".into());
    }
    Ok(out)
}

#[test]
fn matches_cpython() {
    for (t, args, map, want) in CASES {
        let got = render(t, args, *map);
        assert_eq!(got.as_deref().map_err(|e| e.as_str()), *want, "{t:?}");
    }
}

#[test]
fn parses_pieces() {
    let p = parse_percent_format("a%%b%(k)-+ #012.3lxz").unwrap();
    assert_eq!(p[0], PercentPiece::Literal("a%b".into()));
    let PercentPiece::Spec(s) = &p[1] else {
        panic!()
    };
    assert_eq!(s.key.as_deref(), Some("k"));
    assert!(s.left && s.plus && s.space && s.alt && s.zero);
    assert_eq!(
        (s.width, s.precision, s.conversion, s.index),
        (Some(Count::Num(12)), Some(Count::Num(3)), 'x', 18)
    );
    assert_eq!(p[2], PercentPiece::Literal("z".into()));
}
