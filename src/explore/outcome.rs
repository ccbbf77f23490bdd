//! What makes two runs the same outcome, and how an outcome reads.
//!
//! By default an outcome is the exact stdout, stderr and exit status (so
//! a deadlock, an uncaught exception, an exception in a thread and a
//! `--until` stop are outcomes of their own). With `--key REGEX` it is the
//! exit status and the text the pattern extracts from stdout: every match,
//! its first group if it has one, joined by ` | `.

use super::runner::Run;
use crate::vm::interp::{EXIT_DEADLOCK, EXIT_UNTIL};
use std::collections::HashMap;

/// One distinct outcome and the runs that gave it.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The text that decided the grouping (the `--key` extract, or stdout).
    pub key: String,
    pub count: u64,
    /// The smallest seed giving it (the run replayed).
    pub first: Run,
    /// Among its runs, the one with the fewest forced switches.
    pub fewest: Run,
}

/// The `--key` extract of a run's stdout.
pub fn extract(re: &regex::Regex, stdout: &str) -> String {
    let parts: Vec<&str> = re
        .captures_iter(stdout)
        .map(|c| c.get(1).or_else(|| c.get(0)).map(|m| m.as_str()).unwrap_or(""))
        .collect();
    if parts.is_empty() {
        "(no match)".to_string()
    } else {
        parts.join(" | ")
    }
}

/// The grouping key of a run, and the text it shows.
pub fn key_of(r: &Run, key: Option<&regex::Regex>) -> ((i32, Vec<u8>, Vec<u8>), String) {
    let stdout = String::from_utf8_lossy(&r.stdout);
    match key {
        Some(re) => {
            let t = extract(re, &stdout);
            ((r.status, t.clone().into_bytes(), Vec::new()), t)
        }
        None => ((r.status, r.stdout.clone(), r.stderr.clone()), stdout.to_string()),
    }
}

/// Group runs (given in seed order) by outcome; most frequent first,
/// ties by smallest seed.
pub fn group(runs: &[Run], key: Option<&regex::Regex>) -> Vec<Outcome> {
    let mut index: HashMap<(i32, Vec<u8>, Vec<u8>), usize> = HashMap::new();
    let mut out: Vec<Outcome> = Vec::new();
    for r in runs {
        let (k, text) = key_of(r, key);
        match index.get(&k) {
            Some(&i) => {
                let o = &mut out[i];
                o.count += 1;
                if r.seed < o.first.seed {
                    o.first = r.clone();
                }
                if r.forced_switches < o.fewest.forced_switches {
                    o.fewest = r.clone();
                }
            }
            None => {
                index.insert(k, out.len());
                out.push(Outcome { key: text, count: 1, first: r.clone(), fewest: r.clone() });
            }
        }
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.seed.cmp(&b.first.seed)));
    out
}

/// `exit 3 (deadlock)`.
pub fn status_label(status: i32) -> String {
    match status {
        0 => "exit 0".into(),
        1 => "exit 1 (uncaught exception)".into(),
        EXIT_DEADLOCK => "exit 3 (deadlock)".into(),
        EXIT_UNTIL => "exit 124 (stopped by --until)".into(),
        101 => "exit 101 (pygil crashed)".into(),
        n => format!("exit {}", n),
    }
}

/// The stderr lines worth showing in a one-screen report: the wait-for
/// cycles of a deadlock, else the last line (an exception's message).
pub fn stderr_highlights(stderr: &str) -> Vec<String> {
    let cycles: Vec<String> = stderr.lines().filter(|l| l.trim_start().starts_with("wait-for cycle")).map(|l| l.trim().to_string()).collect();
    if !cycles.is_empty() {
        return cycles;
    }
    let mut v = Vec::new();
    // Exceptions in threads: name the thread.
    for l in stderr.lines() {
        if l.starts_with("Exception in thread") && !v.contains(&l.to_string()) && v.len() < 3 {
            v.push(l.to_string());
        }
    }
    if let Some(last) = stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        v.push(last.trim().to_string());
    }
    v
}
