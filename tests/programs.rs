//! The learner's scripts and tutorial cases in programs/.
//!
//! * Snapshots: under the virtual clock with a fixed seed, stdout, stderr
//!   and the exit status are a pure function of the program, so they are
//!   snapshot-tested byte for byte (programs that never end are stopped by
//!   `--until`).
//! * Parity: under the real clock and the GIL model of CPython 3.11
//!   (`--gil py310`), each program prints what CPython 3.11 printed when
//!   programs/record.py recorded it (programs/expected/), compared as a
//!   multiset of lines because the interleaving of threads is the
//!   scheduler's.

use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The flags every snapshot is taken with.
const FLAGS: &[&str] = &["--deterministic", "--seed", "1", "--switch-interval", "100", "--until", "10s"];

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("programs")
}

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_pygil(path: &Path, flags: &[&str]) -> Outcome {
    let dir = path.parent().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .arg("run")
        .args(flags)
        .arg(path.file_name().unwrap())
        .current_dir(dir)
        .output()
        .expect("run pygil");
    Outcome {
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn snapshot_text(path: &Path) -> String {
    let o = run_pygil(path, FLAGS);
    let dir_s = std::fs::canonicalize(path.parent().unwrap()).unwrap().to_string_lossy().to_string();
    format!(
        "exit status: {}\n--- stdout\n{}--- stderr\n{}",
        o.status.map(|c| c.to_string()).unwrap_or_else(|| "signal".into()),
        o.stdout.replace(&dir_s, "<DIR>"),
        o.stderr.replace(&dir_s, "<DIR>")
    )
}

#[test]
fn programs_under_deterministic_schedule() {
    insta::glob!("../programs", "*.py", |path| {
        if path.file_name().unwrap() == "record.py" {
            return;
        }
        insta::assert_snapshot!(snapshot_text(path));
    });
}

#[test]
fn deterministic_runs_are_byte_identical() {
    for name in ["case11.py", "case13.py", "case14.py"] {
        let p = programs_dir().join(name);
        let first = snapshot_text(&p);
        for _ in 0..4 {
            assert_eq!(first, snapshot_text(&p), "{} differs between runs", name);
        }
    }
}

// ---------------------------------------------------------------- parity --

/// programs/record.py's normalize(), replicated.
struct Normalizer {
    ctime: Regex,
    addr: Regex,
    pid: Regex,
}

impl Normalizer {
    fn new() -> Normalizer {
        Normalizer {
            ctime: Regex::new(
                r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}",
            )
            .unwrap(),
            addr: Regex::new(r"0x[0-9a-fA-F]{4,}").unwrap(),
            pid: Regex::new(r"(?i)(\b(?:pid|ppid)\b|进程(?:号|id|ID)?|\bprocess id\b|\bparent process\b)(\s*[:=：]?\s*)(\d+)").unwrap(),
        }
    }

    fn normalize(&self, text: &str, dir: &str) -> String {
        let t = text.replace(dir.trim_end_matches('/'), "<DIR>");
        let t = self.ctime.replace_all(&t, "<CTIME>");
        let t = self.addr.replace_all(&t, "<ADDR>");
        self.pid.replace_all(&t, "${1}${2}<PID>").into_owned()
    }
}

fn line_counts(text: &str) -> BTreeMap<&str, usize> {
    let mut m = BTreeMap::new();
    for l in text.lines() {
        *m.entry(l).or_insert(0) += 1;
    }
    m
}

/// Threads print their text and their `end` separately, so two lines can be
/// glued differently from run to run ("start loop 2 at :All done at ...").
/// Then the content must still be the same: the same characters, newlines
/// and spaces aside.
fn same_content(a: &str, b: &str) -> bool {
    let chars = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        v.sort_unstable();
        v
    };
    chars(a) == chars(b)
}

/// The tokens of a text (whitespace-separated), numbers replaced by `<N>`
/// (how far a counter got depends on speed), placeholders standing alone.
fn tokens(text: &str) -> Vec<String> {
    let numbers = Regex::new(r"\d+").unwrap();
    let text = numbers.replace_all(text, "<N>");
    let spaced = text.replace('<', " <").replace('>', "> ");
    spaced.split_whitespace().map(str::to_string).collect()
}

/// For programs CPython only stopped by a timeout, how much was printed
/// depends on speed, so only what was printed is compared: the set of
/// atomic tokens, a token glued to another by an interleaving being split
/// into the tokens it is made of.
fn same_vocabulary(a: &str, b: &str) -> bool {
    let ta = tokens(a);
    let tb = tokens(b);
    let all: BTreeSet<&str> = ta.iter().chain(tb.iter()).map(String::as_str).collect();
    // A split of `t` into tokens of `words` (shorter than t), if any.
    let split = |t: &str, words: &BTreeSet<&str>| -> Option<Vec<String>> {
        let n = t.len();
        let mut back: Vec<Option<usize>> = vec![None; n + 1];
        back[0] = Some(0);
        for i in 0..n {
            if back[i].is_none() || !t.is_char_boundary(i) {
                continue;
            }
            for w in words {
                if w.len() < n && !w.is_empty() && t[i..].starts_with(w) && back[i + w.len()].is_none() {
                    back[i + w.len()] = Some(i);
                }
            }
        }
        back[n]?;
        let mut parts = Vec::new();
        let mut j = n;
        while j > 0 {
            let i = back[j].unwrap();
            parts.push(t[i..j].to_string());
            j = i;
        }
        parts.reverse();
        Some(parts)
    };
    // Atoms: tokens that are not a concatenation of others.
    let atoms: BTreeSet<&str> = all.iter().copied().filter(|t| split(t, &all).is_none()).collect();
    let used = |ts: &[String]| -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for t in ts {
            match split(t, &atoms) {
                Some(parts) => out.extend(parts),
                None => {
                    out.insert(t.clone());
                }
            }
        }
        out
    };
    used(&ta) == used(&tb)
}

/// pygil's own report at the end of stderr (deadlock, `--until`).
fn without_pygil_report(stderr: &str) -> &str {
    match stderr.find("pygil: ") {
        Some(i) if i == 0 || stderr.as_bytes()[i - 1] == b'\n' => &stderr[..i],
        _ => stderr,
    }
}

/// Programs whose parity is a known gap, with the reason, from
/// programs/parity_known_failures.txt.
fn parity_known_failures() -> Vec<String> {
    let text = std::fs::read_to_string(programs_dir().join("parity_known_failures.txt")).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_string()).filter(|l| !l.is_empty()).collect()
}

/// Programs whose output varies between CPython runs (a race CPython itself
/// loses sometimes), from programs/parity_racy.txt.
fn parity_racy() -> Vec<String> {
    let text = std::fs::read_to_string(programs_dir().join("parity_racy.txt")).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_string()).filter(|l| !l.is_empty()).collect()
}

/// Compare one program with CPython's recording; None when they agree.
fn parity_of(norm: &Normalizer, path: &Path) -> Option<String> {
    let stem = path.file_stem().unwrap().to_string_lossy().to_string();
    let expected = |ext: &str| std::fs::read_to_string(programs_dir().join("expected").join(format!("{}.{}", stem, ext))).unwrap();
    let (want_out, want_err, want_status) = (expected("out"), expected("err"), expected("status"));
    let want_status = want_status.trim();
    let o = run_pygil(path, &["--gil", "py310", "--until", "10s"]);
    let dir = std::fs::canonicalize(programs_dir()).unwrap().to_string_lossy().to_string();
    let out = norm.normalize(&o.stdout, &dir);
    let err = norm.normalize(&o.stderr, &dir);
    let status = o.status.map(|c| c.to_string()).unwrap_or_else(|| "signal".into());
    let mut problems = Vec::new();
    if want_status == "timeout" {
        // CPython ran until killed: pygil must be stopped by --until (124),
        // or end with its deadlock report (3) where CPython hangs forever.
        if status != "124" && status != "3" {
            problems.push(format!("status {} (CPython was stopped by its timeout)", status));
        }
        if !same_vocabulary(&out, &want_out) {
            problems.push("stdout prints other things than CPython's".to_string());
        }
        if !same_vocabulary(without_pygil_report(&err), &want_err) {
            problems.push("stderr prints other things than CPython's".to_string());
        }
    } else if parity_racy().contains(&stem) {
        // How many lines CPython itself prints depends on a race: compare
        // what is printed, not how often.
        if status != want_status {
            problems.push(format!("status {} (CPython: {})", status, want_status));
        }
        if !same_vocabulary(&out, &want_out) || !same_vocabulary(&err, &want_err) {
            problems.push(format!("prints other things than CPython:\n--- pygil\n{}{}--- CPython\n{}{}", out, err, want_out, want_err));
        }
    } else {
        if status != want_status {
            problems.push(format!("status {} (CPython: {})", status, want_status));
        }
        for (what, got, want) in [("stdout", &out, &want_out), ("stderr", &err, &want_err)] {
            if line_counts(got) != line_counts(want) && !same_content(got, want) {
                problems.push(format!("{} differs:\n--- pygil\n{}--- CPython\n{}", what, got, want));
            }
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{}: {}", stem, problems.join("\n")))
    }
}

#[test]
fn programs_print_what_cpython_printed() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(programs_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().map_or(false, |e| e == "py") && p.file_name().unwrap() != "record.py")
        .collect();
    paths.sort();
    let norm = Normalizer::new();
    // Most programs sleep: run them a few at a time.
    let results: Vec<(String, Option<String>)> = std::thread::scope(|s| {
        let chunks: Vec<Vec<PathBuf>> = paths.chunks(paths.len().div_ceil(8)).map(|c| c.to_vec()).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let norm = &norm;
                s.spawn(move || {
                    chunk.iter().map(|p| (p.file_stem().unwrap().to_string_lossy().to_string(), parity_of(norm, p))).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let known = parity_known_failures();
    let unexpected: Vec<&String> = results.iter().filter(|(n, r)| r.is_some() && !known.contains(n)).map(|(_, r)| r.as_ref().unwrap()).collect();
    let fixed: Vec<&String> = results.iter().filter(|(n, r)| r.is_none() && known.contains(n)).map(|(n, _)| n).collect();
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} program(s) differ from CPython:\n{}\n\nlisted in parity_known_failures.txt but now agree: {:?}",
        unexpected.len(),
        unexpected.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n\n"),
        fixed
    );
}

#[test]
fn vocabulary_comparison_splits_glued_tokens() {
    assert!(same_vocabulary("a b\nc d\n", "a bc\nd\n"));
    assert!(same_vocabulary("x abc\n", "x ab\nc\n"));
    assert!(!same_vocabulary("a b\n", "a c\n"));
    assert!(same_content("x\ny z\n", "xy\nz\n"));
    assert!(!same_content("x\n", "x\nx\n"));
}
