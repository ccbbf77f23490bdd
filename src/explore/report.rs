//! The histogram `pygil explore` prints: each outcome, how often, the
//! smallest seed giving it and the command that replays it.

use super::outcome::{status_label, stderr_highlights, Outcome};
use super::runner::Run;
use super::{interval_flag, Settings};
use std::fmt::Write as _;

const BAR: usize = 30;

/// `pygil run --deterministic --seed S [GIL flags] [--until D] FILE`.
/// `--until` is only needed (and only given) when the run was stopped by
/// it: a run that ends earlier never reaches it, so it cannot matter.
pub fn replay_command(s: &Settings, run: &Run) -> String {
    let mut cmd = format!("pygil run --deterministic --seed {}", run.seed);
    for f in &s.replay_flags {
        cmd.push(' ');
        cmd.push_str(&shell_word(f));
    }
    if let Some(i) = run.interval {
        let _ = write!(cmd, " --switch-interval {}", interval_flag(i));
    }
    if run.status == crate::vm::interp::EXIT_UNTIL {
        let _ = write!(cmd, " --until {}", shell_word(&s.until_text));
    }
    cmd.push(' ');
    cmd.push_str(&shell_word(&s.file.to_string_lossy()));
    cmd
}

/// Quote a word for a POSIX shell when it needs it.
pub fn shell_word(w: &str) -> String {
    if !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=,+@%".contains(c)) {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

/// How an outcome's output reads in one or two lines.
fn describe_output(o: &Outcome, keyed: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if keyed {
        lines.push(format!("key: {}", o.key));
    } else {
        let stdout = String::from_utf8_lossy(&o.first.stdout);
        let ls: Vec<&str> = stdout.lines().collect();
        if ls.is_empty() {
            lines.push("stdout: (empty)".to_string());
        } else if ls.len() <= 3 && stdout.len() <= 120 {
            lines.push(format!("stdout: {}", ls.join(" | ")));
        } else {
            let last = ls.iter().rev().find(|l| !l.trim().is_empty()).unwrap_or(&"");
            lines.push(format!("stdout: {} lines, the last: {}", ls.len(), clip(last, 80)));
        }
    }
    for h in stderr_highlights(&String::from_utf8_lossy(&o.first.stderr)) {
        lines.push(format!("stderr: {}", clip(&h, 100)));
    }
    lines
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(n).collect::<String>())
    }
}

/// The first line at which two outputs differ (1-based), and that line
/// of `b`.
fn first_difference(a: &[u8], b: &[u8]) -> (usize, String) {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    let mut al = a.lines();
    let mut bl = b.lines();
    let mut n = 1;
    loop {
        match (al.next(), bl.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (_, y) => return (n, y.unwrap_or("(end of output)").to_string()),
        }
    }
}

/// The whole report.
pub fn render(s: &Settings, outcomes: &[Outcome], runs: u64) -> String {
    let mut out = String::new();
    let flags = if s.replay_flags.is_empty() { String::new() } else { format!(", {}", s.replay_flags.join(" ")) };
    let _ = writeln!(
        out,
        "pygil explore {}: {} runs (seeds 0..{}){}, virtual clock, each stopped after {}",
        s.file.display(),
        runs,
        runs.saturating_sub(1),
        flags,
        s.until_text
    );
    let what = if s.key.is_some() { "the --key extract and exit status" } else { "stdout, stderr and exit status" };
    let _ = writeln!(out, "{} distinct outcome{} (by {})", outcomes.len(), if outcomes.len() == 1 { "" } else { "s" }, what);
    let max = outcomes.iter().map(|o| o.count).max().unwrap_or(1).max(1);
    let wcount = max.to_string().len();
    let wnum = outcomes.len().to_string().len() + 1;
    let mut shown: Vec<(Vec<String>, usize)> = Vec::new();
    for (i, o) in outcomes.iter().enumerate() {
        out.push('\n');
        let bar = "#".repeat(((o.count * BAR as u64 + max - 1) / max) as usize);
        let pct = o.count as f64 * 100.0 / runs.max(1) as f64;
        let _ = writeln!(
            out,
            "{:<wnum$} {:>wcount$} run{} {:>5.1}%  {:<BAR$}  {}",
            format!("#{}", i + 1),
            o.count,
            if o.count == 1 { " " } else { "s" },
            pct,
            bar,
            status_label(o.first.status),
        );
        let pad = " ".repeat(wnum + 1);
        let desc = describe_output(o, s.key.is_some());
        let same_as = shown.iter().rev().find(|(d, _)| *d == desc).map(|(_, j)| *j);
        for l in &desc {
            let _ = writeln!(out, "{}{}", pad, l);
        }
        if let (Some(j), false) = (same_as, s.key.is_some()) {
            let (a, b) = (&outcomes[j].first, &o.first);
            let (stream, n, line) = if a.stdout != b.stdout {
                let (n, l) = first_difference(&a.stdout, &b.stdout);
                ("stdout", n, l)
            } else {
                let (n, l) = first_difference(&a.stderr, &b.stderr);
                ("stderr", n, l)
            };
            let _ = writeln!(out, "{}differs from #{} first at {} line {}: {}", pad, j + 1, stream, n, clip(&line, 80));
        }
        shown.push((desc, i));
        let _ = writeln!(out, "{}first seed {}, replay: {}", pad, o.first.seed, replay_command(s, &o.first));
    }
    out
}
