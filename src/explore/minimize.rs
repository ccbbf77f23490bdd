//! `explore --minimize`: for each outcome, the schedule with the fewest
//! forced switches found that still gives it, and where those switches
//! fall. Fewer switches come from longer switch intervals, so the search
//! reruns a few seeds under intervals 4, 16, ... 4096 times the explored
//! one; a run with the same outcome and fewer forced switches wins. The
//! winner is replayed once more with events recorded to name the
//! instructions each switch fell between.

use super::outcome::{key_of, Outcome};
use super::report::replay_command;
use super::runner::{run_many, run_one, Run};
use super::Settings;
use crate::config::SwitchInterval;
use std::fmt::Write as _;
use std::time::Duration;

/// Seeds tried per longer interval.
pub const SEEDS: u64 = 32;
const FACTORS: [u64; 6] = [4, 16, 64, 256, 1024, 4096];
/// Switch sites are listed when there are at most this many.
const LIST_AT_MOST: usize = 8;

pub struct Minimized {
    pub run: Run,
    /// `Thread-1 (f) stopped at x.py:3 between A and B`, when few.
    pub switches: Vec<String>,
}

fn longer(i: SwitchInterval, f: u64) -> SwitchInterval {
    match i {
        SwitchInterval::Instructions(n) => SwitchInterval::Instructions(n.saturating_mul(f).min(1 << 40)),
        SwitchInterval::Duration(d) => SwitchInterval::Duration(Duration::from_nanos((d.as_nanos() as u64).saturating_mul(f))),
    }
}

pub fn minimize(s: &Settings, outcomes: &[Outcome], progress: &mut dyn FnMut(usize, usize)) -> Vec<Minimized> {
    let seeds = SEEDS.min(s.runs.max(1));
    let mut jobs = Vec::new();
    for f in FACTORS {
        for seed in 0..seeds {
            jobs.push((seed, Some(longer(s.config.switch_interval, f))));
        }
    }
    let extra = run_many(s, &jobs, progress);
    let key = s.key.as_ref();
    outcomes
        .iter()
        .map(|o| {
            let want = key_of(&o.first, key).0;
            let mut best = o.fewest.clone();
            for r in &extra {
                if r.forced_switches < best.forced_switches && key_of(r, key).0 == want {
                    best = r.clone();
                }
            }
            let mut switches = Vec::new();
            if best.forced_switches as usize <= LIST_AT_MOST {
                let again = run_one(&s.file, s.config_for(best.seed, best.interval), true);
                switches = again.switches;
            }
            Minimized { run: best, switches }
        })
        .collect()
}

/// The report's `--minimize` section.
pub fn render(s: &Settings, mins: &[Minimized]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nfewest forced switches per outcome (the explored runs, plus seeds 0..{} under switch intervals {} times longer):",
        SEEDS.min(s.runs.max(1)) - 1,
        FACTORS.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("/")
    );
    let wnum = mins.len().to_string().len() + 1;
    for (i, m) in mins.iter().enumerate() {
        let n = m.run.forced_switches;
        let _ = writeln!(out, "{:<wnum$} {} forced switch{}: {}", format!("#{}", i + 1), n, if n == 1 { "" } else { "es" }, replay_command(s, &m.run));
        for (k, sw) in m.switches.iter().enumerate() {
            let _ = writeln!(out, "{}   {}. {}", " ".repeat(wnum), k + 1, sw);
        }
    }
    out
}
