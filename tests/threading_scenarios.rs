//! pygil's threading, queue and _threading_local (written in Python, in
//! src/pylib) against CPython's own: each tests/threading/scenarios/*.py
//! prints what CPython 3.11 printed (tests/threading/expected/, recorded by
//! `python3 tests/threading/run.py --record`). The scenarios are
//! deterministic under CPython's real threading, so the comparison is exact
//! after the volatile parts are replaced as run.py's normalize() does.

use regex::Regex;
use std::path::Path;
use std::process::Command;

fn normalize(text: &str, dir: &str) -> String {
    let t = text.replace(dir, "<DIR>").replace("<pygil threading>", "<THREADING>");
    let t = Regex::new(r"0x[0-9a-fA-F]{4,}").unwrap().replace_all(&t, "<ADDR>").into_owned();
    Regex::new(r"\b\d{5,}\b").unwrap().replace_all(&t, "<IDENT>").into_owned()
}

#[test]
fn threading_scenarios_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/threading");
    let scen = root.join("scenarios");
    let dir = std::fs::canonicalize(&scen).unwrap().to_string_lossy().to_string();
    let mut names: Vec<String> = std::fs::read_dir(&scen)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".py");
        let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
            .args(["run", "--until", "20s", name])
            .current_dir(&scen)
            .output()
            .expect("run pygil");
        let want = |ext: &str| std::fs::read_to_string(root.join("expected").join(format!("{}.{}", stem, ext))).unwrap();
        let got_out = normalize(&String::from_utf8_lossy(&out.stdout), &dir);
        let got_err = normalize(&String::from_utf8_lossy(&out.stderr), &dir);
        let status = out.status.code().map(|c| c.to_string()).unwrap_or_default();
        if got_out != want("out") || got_err != want("err") || status != want("status").trim() {
            failures.push(format!(
                "{}: status {} (want {})\n--- stdout\n{}--- want\n{}--- stderr\n{}--- want\n{}",
                name,
                status,
                want("status").trim(),
                got_out,
                want("out"),
                got_err,
                want("err")
            ));
        }
    }
    assert!(failures.is_empty(), "{} scenario(s) differ:\n{}", failures.len(), failures.join("\n"));
}
