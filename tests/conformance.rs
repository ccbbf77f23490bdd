//! Conformance suite: runs every `tests/conformance/[0-9]*.py` with the pygil
//! binary and compares stdout, stderr and exit status with what CPython 3.11
//! printed (recorded by `python3 tests/conformance/record.py` into
//! `tests/conformance/expected/NAME.{out,err,status}`).
//!
//! * `CONFORMANCE_FILTER=substring` runs only programs whose file name contains it.
//! * `CONFORMANCE_THREADS=n` overrides the number of worker threads.
//! * Each program gets 20 s; a program still running then is killed and fails.
//! * The absolute path of `tests/conformance` is replaced by `<DIR>` in both
//!   streams (CPython prints the main script by its absolute path).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const READER_GRACE: Duration = Duration::from_secs(5);
const MAX_DIFF_LINES: usize = 12;

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("conformance")
}

fn expected_dir() -> PathBuf {
    conformance_dir().join("expected")
}

/// Program files: `NNN_topic.py`, i.e. names starting with a digit. Helper
/// modules (`mod_*.py`) and `record.py` are not programs.
fn all_programs() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(conformance_dir())
        .expect("read tests/conformance")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    names.sort();
    names
}

fn stem(name: &str) -> &str {
    name.strip_suffix(".py").unwrap_or(name)
}

/// Replace the absolute directory of the programs by `<DIR>` (both the path as
/// given by CARGO_MANIFEST_DIR and its canonical form, longest first).
fn normalize(text: &str, dirs: &[String]) -> String {
    let mut out = text.to_string();
    for d in dirs {
        if !d.is_empty() {
            out = out.replace(d.as_str(), "<DIR>");
        }
    }
    out
}

fn dir_spellings() -> Vec<String> {
    let dir = conformance_dir();
    let mut v = vec![dir.to_string_lossy().into_owned()];
    if let Ok(c) = fs::canonicalize(&dir) {
        let c = c.to_string_lossy().into_owned();
        if !v.contains(&c) {
            v.push(c);
        }
    }
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: String,
    timed_out: bool,
}

/// Read a pipe to its end on a helper thread. The result arrives on a
/// channel so that a grandchild still holding the pipe open cannot block the
/// runner: the caller gives up waiting after READER_GRACE.
fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

fn collect(rx: &mpsc::Receiver<Vec<u8>>, deadline: Instant) -> Vec<u8> {
    rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).unwrap_or_else(|_| b"<output pipe still open after exit>\n".to_vec())
}

fn wait_with_timeout(child: &mut Child) -> (Option<std::process::ExitStatus>, bool) {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(st)) => return (Some(st), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= TIMEOUT {
            let _ = child.kill();
            let st = child.wait().ok();
            return (st, true);
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn run_program(name: &str, dirs: &[String]) -> Outcome {
    let child = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .arg("run")
        .arg(name)
        .current_dir(conformance_dir())
        .env("PYTHONUNBUFFERED", "1")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: format!("<failed to spawn pygil: {e}>\n"),
                status: "<spawn error>".into(),
                timed_out: false,
            }
        }
    };
    let out_h = spawn_reader(child.stdout.take().unwrap());
    let err_h = spawn_reader(child.stderr.take().unwrap());
    let (status, timed_out) = wait_with_timeout(&mut child);
    let deadline = Instant::now() + READER_GRACE;
    let stdout = collect(&out_h, deadline);
    let stderr = collect(&err_h, deadline);
    let status = match status {
        Some(st) => match st.code() {
            Some(c) => c.to_string(),
            None => format!("<killed by signal: {st}>"),
        },
        None => "<unknown>".into(),
    };
    Outcome {
        stdout: normalize(&String::from_utf8_lossy(&stdout), dirs),
        stderr: normalize(&String::from_utf8_lossy(&stderr), dirs),
        status,
        timed_out,
    }
}

/// A short unified-style diff: the first differing region of two texts, with
/// two lines of context before it and at most MAX_DIFF_LINES lines per side.
fn short_diff(label: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let prefix = e.iter().zip(a.iter()).take_while(|(x, y)| x == y).count();
    let mut suffix = 0;
    while suffix < e.len() - prefix
        && suffix < a.len() - prefix
        && e[e.len() - 1 - suffix] == a[a.len() - 1 - suffix]
    {
        suffix += 1;
    }
    let show = |line: &str| -> String {
        let mut s = line.strip_suffix('\n').unwrap_or(line).to_string();
        if !line.ends_with('\n') {
            s.push_str("  \\ (no newline at end)");
        }
        s
    };
    let mut out = String::new();
    out.push_str(&format!("--- expected {label}\n+++ actual {label}\n"));
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        prefix + 1,
        e.len() - prefix - suffix,
        prefix + 1,
        a.len() - prefix - suffix
    ));
    for line in &e[prefix.saturating_sub(2)..prefix] {
        out.push_str(&format!(" {}\n", show(line)));
    }
    for (sign, lines) in [('-', &e[prefix..e.len() - suffix]), ('+', &a[prefix..a.len() - suffix])] {
        for line in lines.iter().take(MAX_DIFF_LINES) {
            out.push_str(&format!("{sign}{}\n", show(line)));
        }
        if lines.len() > MAX_DIFF_LINES {
            out.push_str(&format!("{sign}... ({} more lines)\n", lines.len() - MAX_DIFF_LINES));
        }
    }
    out
}

fn read_expected(name: &str, ext: &str) -> Option<String> {
    fs::read_to_string(expected_dir().join(format!("{}.{ext}", stem(name)))).ok()
}

/// Compare one program; returns a failure report, or None if it passed.
fn check_program(name: &str, dirs: &[String]) -> Option<String> {
    let (Some(exp_out), Some(exp_err), Some(exp_status)) = (
        read_expected(name, "out"),
        read_expected(name, "err"),
        read_expected(name, "status"),
    ) else {
        return Some("  missing expected files: run `python3 tests/conformance/record.py`\n".into());
    };
    let got = run_program(name, dirs);
    let mut report = String::new();
    if got.timed_out {
        report.push_str(&format!("  TIMEOUT: killed after {} s\n", TIMEOUT.as_secs()));
    }
    let exp_status = exp_status.trim();
    if got.status != exp_status {
        report.push_str(&format!("  exit status: expected {exp_status}, got {}\n", got.status));
    }
    if got.stdout != exp_out {
        report.push_str(&short_diff("stdout", &exp_out, &got.stdout));
    }
    if got.stderr != exp_err {
        report.push_str(&short_diff("stderr", &exp_err, &got.stderr));
    }
    if report.is_empty() {
        None
    } else {
        Some(report)
    }
}

#[test]
fn conformance() {
    let filter = std::env::var("CONFORMANCE_FILTER").unwrap_or_default();
    let programs: Vec<String> = all_programs()
        .into_iter()
        .filter(|n| n.contains(filter.as_str()))
        .collect();
    assert!(!programs.is_empty(), "no conformance programs match filter {filter:?}");
    let threads = std::env::var("CONFORMANCE_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 8));
    let programs = Arc::new(programs);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<(String, Option<String>)>>> = Arc::new(Mutex::new(Vec::new()));
    let dirs = Arc::new(dir_spellings());
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (programs, next, results, dirs) =
                (programs.clone(), next.clone(), results.clone(), dirs.clone());
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(name) = programs.get(i) else { break };
                let failure = check_program(name, &dirs);
                results.lock().unwrap().push((name.clone(), failure));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("conformance worker panicked");
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let failed: Vec<&(String, Option<String>)> = results.iter().filter(|r| r.1.is_some()).collect();
    let passed = results.len() - failed.len();
    let mut summary = String::new();
    for (name, report) in &failed {
        summary.push_str(&format!("\nFAIL {name}\n{}", report.as_deref().unwrap_or("")));
    }
    summary.push_str(&format!("\n{passed} passed, {} failed\n", failed.len()));
    if !failed.is_empty() {
        summary.push_str("failed:");
        for (name, _) in &failed {
            summary.push_str(&format!(" {}", stem(name)));
        }
        summary.push('\n');
    }
    println!("{summary}");
    // Known gaps are listed, with the reason, in known_failures.txt; a
    // listed program that passes must be taken off the list.
    let known = known_failures();
    let new_failures: Vec<&str> = failed.iter().map(|r| stem(&r.0)).filter(|n| !known.iter().any(|k| k == n)).collect();
    let fixed: Vec<&str> = results.iter().filter(|r| r.1.is_none()).map(|r| stem(&r.0)).filter(|n| known.iter().any(|k| k == n)).collect();
    assert!(
        new_failures.is_empty() && fixed.is_empty(),
        "conformance: {} unexpected failure(s): {:?}; {} known failure(s) now pass (remove them from known_failures.txt): {:?}",
        new_failures.len(),
        new_failures,
        fixed.len(),
        fixed
    );
}

/// Program stems listed in tests/conformance/known_failures.txt (the text
/// after `#` on a line is the reason).
fn known_failures() -> Vec<String> {
    let text = std::fs::read_to_string(conformance_dir().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every program has its three recorded files, every recorded file belongs to
/// a program, and every .status file holds an integer.
#[test]
fn expected_files_complete() {
    let programs = all_programs();
    let mut problems = Vec::new();
    for p in &programs {
        for ext in ["out", "err", "status"] {
            match read_expected(p, ext) {
                None => problems.push(format!("missing expected/{}.{ext}", stem(p))),
                Some(s) if ext == "status" && s.trim().parse::<i32>().is_err() => {
                    problems.push(format!("expected/{}.status is not an integer: {s:?}", stem(p)))
                }
                Some(_) => {}
            }
        }
    }
    let stems: Vec<&str> = programs.iter().map(|p| stem(p)).collect();
    for entry in fs::read_dir(expected_dir()).expect("read tests/conformance/expected") {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let base = name.rsplit_once('.').map(|(b, _)| b).unwrap_or(&name);
        if !stems.contains(&base) {
            problems.push(format!("stale expected/{name}: no program {base}.py"));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nrun `python3 tests/conformance/record.py` under CPython 3.11",
        problems.join("\n")
    );
}
