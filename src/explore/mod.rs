//! `pygil explore`: run one program under many seeds, group the runs by
//! outcome and say how to replay each outcome exactly.
//!
//! - `runner`: one seeded run into memory buffers, many runs on worker
//!   OS threads (each run builds its own interpreter on its worker: the VM
//!   is `Rc`-based and never crosses threads);
//! - `outcome`: what makes two runs "the same" and how an outcome reads;
//! - `report`: the histogram text;
//! - `minimize`: the schedule with the fewest forced switches per outcome.

pub mod minimize;
pub mod outcome;
pub mod report;
pub mod runner;

use crate::config::{Config, SwitchInterval};
use std::path::PathBuf;
use std::time::Duration;

/// What `pygil explore` was asked to do.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The program, as the user named it (shown in replay commands).
    pub file: PathBuf,
    /// GIL settings (seed, clock and `until` are set per run).
    pub config: Config,
    pub runs: u64,
    pub jobs: usize,
    /// Group by the text this pattern extracts from stdout.
    pub key: Option<regex::Regex>,
    /// The GIL options as given (`--gil py310`, `--switch-interval 50`),
    /// repeated in every replay command so it sets the same GIL.
    pub replay_flags: Vec<String>,
    /// Each run stops after this much virtual time (exit 124).
    pub until: Duration,
    /// The `--until` text as given, for replay commands.
    pub until_text: String,
}

/// The default stop for explored runs: long enough for the notes' sleeps,
/// short enough that a never-ending program ends.
pub const DEFAULT_UNTIL: &str = "10s";

impl Settings {
    /// The configuration of the run with `seed` (what `pygil run
    /// --deterministic --seed S` builds from the same flags).
    pub fn config_for(&self, seed: u64, interval: Option<SwitchInterval>) -> Config {
        let mut c = self.config.clone();
        c.deterministic = true;
        c.clock = crate::config::ClockKind::Virtual;
        c.seed = Some(seed);
        c.until = Some(self.until);
        c.gil_stats = false;
        if let Some(i) = interval {
            c.switch_interval = i;
        }
        c
    }
}

/// `--switch-interval` text for an interval.
pub fn interval_flag(i: SwitchInterval) -> String {
    match i {
        SwitchInterval::Instructions(n) => n.to_string(),
        SwitchInterval::Duration(d) => {
            let ns = d.as_nanos();
            if ns % 1_000_000 == 0 {
                format!("{}ms", ns / 1_000_000)
            } else if ns % 1000 == 0 {
                format!("{}us", ns / 1000)
            } else {
                format!("{}ns", ns)
            }
        }
    }
}
