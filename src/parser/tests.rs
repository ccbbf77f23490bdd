//! Parser tests: AST dumps and SyntaxErrors compared against CPython 3.11
//! (expected files are produced by tests/parser/gen_expected.py).

use super::dump;
use super::*;

fn read(name: &str) -> String {
    let p = format!("{}/tests/parser/{}", env!("CARGO_MANIFEST_DIR"), name);
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn corpus_matches_cpython_ast() {
    let corpus = read("corpus.py.txt");
    let expected = read("corpus.expected");
    let mut failures = Vec::new();
    for (src, want) in corpus.split("\n#====\n").zip(expected.lines()) {
        let got = match parse_module(src, "<test>") {
            Ok(m) => dump::module(&m),
            Err(e) => format!("ERROR {:?}", e),
        };
        if got != want {
            failures.push(format!("--- source:\n{}\n--- want:\n{}\n--- got:\n{}\n", src, want, got));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn errors_match_cpython() {
    let corpus = read("errors.py.txt");
    let expected = read("errors.expected");
    let mut failures = Vec::new();
    for (src, want) in corpus.split("\n#====\n").zip(expected.lines()) {
        let got = match parse_module(src, "<test>") {
            Ok(_) => "OK".to_string(),
            Err(e) => {
                // Compare end_offset only where CPython reports a real range.
                let wparts: Vec<&str> = want.split('|').collect();
                let end = if wparts.len() == 5 && wparts[4] != "None" { e.end_offset.to_string() } else { "None".into() };
                format!("{}|{}|{}|{}|{}", e.kind.name(), e.msg, e.line, e.offset, end)
            }
        };
        if got != want {
            failures.push(format!("{:?}\n   want {}\n   got  {}", src, want, got));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn parse_expression_for_eval() {
    let e = parse_expression("  1 + 2\n").unwrap();
    assert_eq!(dump::expr(&e), "BinOp(left=Constant(value=1)@1:2-1:3, op=Add(), right=Constant(value=2)@1:6-1:7)@1:2-1:7");
    let e = parse_expression("a, b").unwrap();
    assert!(matches!(e.kind, crate::ast::ExprKind::Tuple { .. }));
    assert_eq!(parse_expression("x = 1").unwrap_err().msg, "invalid syntax");
}

#[test]
fn decorated_def_location_is_def_line() {
    let m = parse_module("@d\ndef f():\n    pass\n", "t").unwrap();
    let s = &m.body[0];
    assert_eq!(s.loc, crate::ast::Loc::new(2, 0, 3, 8));
    if let crate::ast::StmtKind::FunctionDef(f) = &s.kind {
        assert_eq!(f.def_loc, s.loc);
        assert_eq!(f.decorators.len(), 1);
    } else {
        panic!()
    }
}

#[test]
fn bom_is_skipped() {
    let m = parse_module("\u{feff}x = 1\n", "t").unwrap();
    assert_eq!(m.body[0].loc, crate::ast::Loc::new(1, 0, 1, 5));
}

#[test]
fn crlf_sources() {
    let m = parse_module("if x:\r\n    y = 1\r\nz = 'a\\\r\nb'\r\n", "t").unwrap();
    assert_eq!(m.body.len(), 2);
}

#[test]
fn fstring_errors() {
    let msg = |s: &str| parse_module(s, "t").unwrap_err().msg;
    assert_eq!(msg("x = f\"{1abc}\""), "invalid decimal literal");
    assert_eq!(msg("f\"{a b}\""), "f-string: invalid syntax. Perhaps you forgot a comma?");
    assert_eq!(msg("f\"{a!x}\""), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    assert_eq!(msg("f\"{}\""), "f-string: empty expression not allowed");
    assert_eq!(msg("f\"{a\""), "f-string: expecting '}'");
    assert_eq!(msg("f\"}\""), "f-string: single '}' is not allowed");
    assert_eq!(msg("f'{a#}'"), "f-string expression part cannot include '#'");
}

#[test]
fn fstring_nested_locations() {
    let m = parse_module("x = f'a{b + 1:>{w}}'\n", "t").unwrap();
    let s = dump::stmt(&m.body[0]);
    assert!(s.contains("Name(id='b', ctx=Load())@1:8-1:9"), "{}", s);
    assert!(s.contains("Name(id='w', ctx=Load())@1:16-1:17"), "{}", s);
}

/// Bulk check against real code: `PYGIL_PARSE_DIR=/usr/lib/python3.11 cargo
/// test --lib parse_dir -- --ignored` parses every .py file there and writes
/// our dumps to $PYGIL_DUMP_OUT/<name>.dump (compare with gen_expected.py's format).
#[test]
#[ignore]
fn parse_dir() {
    let dir = std::env::var("PYGIL_PARSE_DIR").unwrap();
    let out = std::env::var("PYGIL_DUMP_OUT").ok();
    let mut bad = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().map_or(true, |e| e != "py") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&p) else { continue };
        match parse_module(&text, "") {
            Ok(m) => {
                if let Some(o) = &out {
                    let name = p.file_name().unwrap().to_string_lossy().to_string();
                    std::fs::write(format!("{}/{}.dump", o, name), dump::module(&m) + "\n").unwrap();
                }
            }
            Err(e) => {
                bad += 1;
                println!("{}: {:?}", p.display(), e);
            }
        }
    }
    assert_eq!(bad, 0);
}
