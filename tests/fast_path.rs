//! The VM's fast path (`vm::fast_path`) must change nothing observable:
//! every program of the conformance suite and of the notes, run with it
//! and with `--no-fast-path` under a deterministic schedule, prints the
//! same, counts the same instructions per thread (`--gil-stats`), and
//! switches threads at the same instructions (`--trace`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `NNN_*.py` / `case*.py`-style programs of a directory (no helpers).
fn programs(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read program directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py") && p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    v.sort();
    v
}

/// Everything a run shows: exit status, stdout, stderr (with the GIL
/// table) and the trace of who held the GIL for how many instructions.
fn observe(program: &Path, extra: &[&str], fast_path: bool) -> String {
    let dir = program.parent().unwrap();
    let trace = std::env::temp_dir().join(format!(
        "pygil-fast-path-{}-{}-{}.json",
        std::process::id(),
        program.file_stem().unwrap().to_string_lossy(),
        fast_path
    ));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pygil"));
    cmd.args(["run", "--deterministic", "--gil-stats", "--trace"]).arg(&trace).args(extra);
    if !fast_path {
        cmd.arg("--no-fast-path");
    }
    let out = cmd.arg(program.file_name().unwrap()).current_dir(dir).stdin(Stdio::null()).output().expect("run pygil");
    let trace_text = fs::read_to_string(&trace).unwrap_or_default();
    let _ = fs::remove_file(&trace);
    format!(
        "exit status {:?}\n--- stdout\n{}--- stderr\n{}--- trace\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        trace_text
    )
}

fn check_all(programs: &[PathBuf], extra: &[&str]) {
    assert!(!programs.is_empty());
    let mut differ = Vec::new();
    for p in programs {
        let (with, without) = (observe(p, extra, true), observe(p, extra, false));
        if with != without {
            let line = with.lines().zip(without.lines()).position(|(a, b)| a != b).unwrap_or(0);
            differ.push(format!("{} (first difference at line {})", p.display(), line + 1));
        }
    }
    assert!(differ.is_empty(), "the fast path changed what these programs show:\n{}", differ.join("\n"));
}

#[test]
fn conformance_programs_are_the_same_without_the_fast_path() {
    let dir = root().join("tests").join("conformance");
    check_all(&programs(&dir, |n| n.starts_with(|c: char| c.is_ascii_digit())), &["--until", "1s"]);
}

#[test]
fn notes_programs_switch_at_the_same_instructions_without_the_fast_path() {
    // A short switch interval: many switches, each at an exact instruction
    // (and a short run: the trace of the busiest programs grows fast).
    let list = programs(&root().join("programs"), |n| n != "record.py");
    check_all(&list, &["--switch-interval", "97", "--until", "20ms"]);
}
