//! The learner's scripts and tutorial cases in programs/, run under the
//! virtual clock with a fixed seed: stdout, stderr and the exit status are a
//! pure function of the program, so they are snapshot-tested byte for byte.
//! Programs that never end are stopped by `--until`.

use std::path::Path;
use std::process::Command;

/// The flags every snapshot is taken with.
const FLAGS: &[&str] = &["--deterministic", "--seed", "1", "--switch-interval", "100", "--until", "10s"];

fn run(path: &Path, flags: &[&str]) -> String {
    let dir = path.parent().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .args(flags)
        .arg("run")
        .arg(path.file_name().unwrap())
        .current_dir(dir)
        .output()
        .expect("run pygil");
    let dir_s = std::fs::canonicalize(dir).unwrap().to_string_lossy().to_string();
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(&dir_s, "<DIR>");
    format!(
        "exit status: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().map(|c| c.to_string()).unwrap_or_else(|| "signal".into()),
        norm(&out.stdout),
        norm(&out.stderr)
    )
}

#[test]
fn programs_under_deterministic_schedule() {
    insta::glob!("../programs", "*.py", |path| {
        insta::assert_snapshot!(run(path, FLAGS));
    });
}

#[test]
fn deterministic_runs_are_byte_identical() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    for name in ["case11.py", "case13.py", "case14.py"] {
        let p = root.join(name);
        let first = run(&p, FLAGS);
        for _ in 0..4 {
            assert_eq!(first, run(&p, FLAGS), "{} differs between runs", name);
        }
    }
}
