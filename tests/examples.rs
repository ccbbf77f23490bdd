//! Runs every example (cargo builds them before the tests) and checks it
//! succeeds: the examples are documentation that must keep working.

use std::path::PathBuf;
use std::process::Command;

/// target/<profile>/examples, found from this test's own executable.
fn examples_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    // target/<profile>/deps/examples-<hash>
    exe.parent().and_then(|deps| deps.parent()).map(|p| p.join("examples")).expect("target dir")
}

fn run(name: &str) -> String {
    let path = examples_dir().join(name);
    let out = Command::new(&path).output().unwrap_or_else(|e| panic!("run example {}: {}", name, e));
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "example {} failed:\n{}\n{}", name, stdout, String::from_utf8_lossy(&out.stderr));
    stdout
}

#[test]
fn hello() {
    assert!(run("hello").contains("hello from pygil 42"));
}

#[test]
fn host_function() {
    let out = run("host_function");
    assert!(out.contains("refused: unknown item \"\""), "{}", out);
    assert!(out.contains("price of 3 apples: 0.75"), "{}", out);
}

#[test]
fn blocking_host_call() {
    assert!(run("blocking_host_call").contains("most threads inside the call at once: 4"));
}

#[test]
fn limits() {
    let out = run("limits");
    assert!(out.contains("can't start new thread: limit of 2 threads reached"), "{}", out);
    assert!(out.contains("maximum recursion depth exceeded"), "{}", out);
}

#[test]
fn events() {
    assert!(run("events").contains("GIL holders in order"));
}

#[test]
fn parallel_interpreters() {
    let path = examples_dir().join("parallel_interpreters");
    let out = Command::new(&path).args(["20000", "1"]).output().expect("run example");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("interpreters    wall s  speed-up"), "{}", text);
    assert!(text.lines().any(|l| l.trim_start().starts_with("4 ")), "{}", text);
}
