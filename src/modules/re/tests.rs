//! Matcher tests on the tricky parts: backtracking, lazy against greedy,
//! captures in loops, lookarounds, empty matches, deep repetition.

use super::compile::compile;
use super::matcher::{run, Mode, NONE};
use super::parse::{parse, ParseError};

/// Group spans of a match (None for unset groups), or None for no match.
fn spans(pat: &str, text: &str, mode: Mode) -> Option<Vec<Option<(usize, usize)>>> {
    let parsed = parse(pat, 0, true).expect("pattern parses");
    let prog = compile(&parsed).expect("pattern compiles");
    let chars: Vec<char> = text.chars().collect();
    let found = run(&prog, &chars[..], 0, chars.len(), mode, false)?;
    Some(found.marks.chunks(2).map(|c| if c[0] == NONE { None } else { Some((c[0], c[1])) }).collect())
}

fn group(pat: &str, text: &str, g: usize) -> Option<String> {
    let s = spans(pat, text, Mode::Search)?;
    let chars: Vec<char> = text.chars().collect();
    s[g].map(|(a, b)| chars[a..b].iter().collect())
}

fn err(pat: &str) -> (String, Option<usize>) {
    match parse(pat, 0, true).and_then(|p| compile(&p).map(|_| ())) {
        Err(ParseError::Re(m, p)) => (m, p),
        other => panic!("expected re.error for {:?}, got {:?}", pat, other.err()),
    }
}

#[test]
fn greedy_and_lazy() {
    assert_eq!(group(r"<.*>", "<a><b>", 0).as_deref(), Some("<a><b>"));
    assert_eq!(group(r"<.*?>", "<a><b>", 0).as_deref(), Some("<a>"));
    assert_eq!(group(r"a{2,3}?", "aaaa", 0).as_deref(), Some("aa"));
    assert_eq!(group(r"(?:ab){2,}?c", "abababc", 0).as_deref(), Some("abababc"));
    assert_eq!(group(r"(\d+)(\d)", "12345", 1).as_deref(), Some("1234"));
    assert_eq!(group(r"(\d+?)(\d)", "12345", 1).as_deref(), Some("1"));
}

#[test]
fn alternation_first_wins_and_backtracks_into_groups() {
    assert_eq!(group(r"a|ab", "ab", 0).as_deref(), Some("a"));
    assert_eq!(group(r"(a|ab)c", "abc", 1).as_deref(), Some("ab"));
    assert_eq!(group(r"(a+)+b", "aaab", 1).as_deref(), Some("aaa"));
}

#[test]
fn captures_keep_the_last_iteration() {
    assert_eq!(group(r"(a|b)*", "abab", 1).as_deref(), Some("b"));
    assert_eq!(group(r"(?:(a)|b)*", "ab", 1).as_deref(), Some("a"));
    assert_eq!(group(r"(a)|b", "b", 1), None);
    assert_eq!(group(r"(\w)+", "xyz", 1).as_deref(), Some("z"));
}

#[test]
fn backrefs_and_conditionals() {
    assert_eq!(group(r"(\w+) \1", "hey hey you", 0).as_deref(), Some("hey hey"));
    assert_eq!(group(r"(?P<q>['\x22]).*?(?P=q)", r#"say "hi" now"#, 0).as_deref(), Some("\"hi\""));
    assert_eq!(group(r"(<)?\w+(?(1)>)", "<ab>", 0).as_deref(), Some("<ab>"));
    assert_eq!(group(r"(<)?\w+(?(1)>|$)", "ab", 0).as_deref(), Some("ab"));
}

#[test]
fn lookarounds() {
    assert_eq!(group(r"\w+(?=!)", "hi there!", 0).as_deref(), Some("there"));
    assert_eq!(group(r"\b\w+\b(?!!)", "hi there!", 0).as_deref(), Some("hi"));
    assert_eq!(group(r"(?<=\$)\d+", "cost $42", 0).as_deref(), Some("42"));
    assert_eq!(group(r"(?<!\$)\b\d+", "$42 17", 0).as_deref(), Some("17"));
    assert_eq!(group(r"(?=(a+))a", "aaa", 1).as_deref(), Some("aaa"));
    assert_eq!(err(r"(?<=a+)b"), ("look-behind requires fixed-width pattern".into(), None));
}

#[test]
fn anchors_and_dollar_before_final_newline() {
    assert_eq!(spans(r"a$", "a\n", Mode::Search).unwrap()[0], Some((0, 1)));
    assert!(spans(r"a\Z", "a\n", Mode::Search).is_none());
    assert!(spans(r"^b", "a\nb", Mode::Search).is_none());
    assert_eq!(spans(r"(?m)^b", "a\nb", Mode::Search).unwrap()[0], Some((2, 3)));
    assert!(spans(r"a", "ab", Mode::FullMatch).is_none());
    assert!(spans(r"a|ab", "ab", Mode::FullMatch).is_some());
}

#[test]
fn empty_iterations_terminate() {
    assert_eq!(group(r"(a?)*", "aa", 0).as_deref(), Some("aa"));
    assert_eq!(group(r"(a*)*", "b", 1).as_deref(), Some(""));
    assert_eq!(group(r"(?:x*)*?y", "xxy", 0).as_deref(), Some("xxy"));
}

#[test]
fn must_advance_skips_an_empty_match_at_the_start() {
    let parsed = parse("x*", 0, true).unwrap();
    let prog = compile(&parsed).unwrap();
    let text: Vec<char> = "ab".chars().collect();
    let f = run(&prog, &text[..], 0, 2, Mode::Search, true).unwrap();
    assert_eq!((f.marks[0], f.marks[1]), (1, 1));
}

#[test]
fn deep_repetition_does_not_overflow() {
    let text = "ab".repeat(500_000);
    assert_eq!(spans(r"(a|b)*", &text, Mode::Match).unwrap()[0], Some((0, 1_000_000)));
    assert_eq!(spans(r"(?:a|b)*?$", &text, Mode::Match).unwrap()[0], Some((0, 1_000_000)));
    assert_eq!(spans(r"(ab)+c", &(text.clone() + "c"), Mode::Match).unwrap()[1], Some((999_998, 1_000_000)));
}

#[test]
fn unicode_classes_and_ignorecase() {
    assert_eq!(group(r"\w+", "  中文字 x", 0).as_deref(), Some("中文字"));
    assert_eq!(group(r"(?a)\w+", "中文 abc", 0).as_deref(), Some("abc"));
    assert_eq!(group(r"(?i)straße", "STRAßE", 0).as_deref(), Some("STRAßE"));
    assert_eq!(group(r"(?i)[a-c]+", "xABCa", 0).as_deref(), Some("ABCa"));
    assert_eq!(group(r"\d+", "x٣٤y", 0).as_deref(), Some("٣٤"));
}

#[test]
fn parse_errors_match_cpython() {
    assert_eq!(err("("), ("missing ), unterminated subpattern".into(), Some(0)));
    assert_eq!(err("a)"), ("unbalanced parenthesis".into(), Some(1)));
    assert_eq!(err("*a"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(err("[a-"), ("unterminated character set".into(), Some(0)));
    assert_eq!(err("[z-a]"), ("bad character range z-a".into(), Some(1)));
    assert_eq!(err(r"\q"), ("bad escape \\q".into(), Some(0)));
    assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(err("(?P<1a>x)"), ("bad character in group name '1a'".into(), Some(4)));
    assert_eq!(err("(?P<a>x)(?P<a>y)"), ("redefinition of group name 'a' as group 2; was group 1".into(), Some(12)));
    assert_eq!(err("a{3,2}"), ("min repeat greater than max repeat".into(), Some(2)));
    assert_eq!(err("a(?i)"), ("global flags not at the start of the expression".into(), Some(1)));
}
