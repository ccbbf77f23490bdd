//! Interpreter configuration: how the simulated GIL switches, which clock
//! runs, and the seed. Built by the CLI from flags and by embedders.

use std::time::Duration;

/// Which clock an interpreter runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockKind {
    /// Wall-clock time; sleeps really sleep.
    Real,
    /// Every instruction costs a fixed virtual time; sleeps jump the clock.
    Virtual,
}

/// How long the GIL holder runs before it must offer the GIL to others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchInterval {
    /// Give the GIL up every N instructions (Python 2's check interval).
    Instructions(u64),
    /// Give it up after this much time on the active clock (CPython 3).
    Duration(Duration),
}

/// Where in the bytecode a forced switch may happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchPoints {
    /// A switch may happen between any two instructions (Python 2, 3.2-3.9).
    Any,
    /// Only at function entry, backward jumps and calls (CPython 3.10+).
    CallsAndLoops,
}

/// Everything that decides how an interpreter schedules its threads and
/// keeps time. `Config::default()` is the `pygil` command's default: Python
/// 2's GIL (every 100 instructions, anywhere), FIFO, real clock.
#[derive(Debug, Clone)]
pub struct Config {
    /// When the holder offers the GIL to others.
    pub switch_interval: SwitchInterval,
    /// Where a forced switch may happen.
    pub switch_points: SwitchPoints,
    /// Seeded choice of the next thread and jitter of switch points.
    pub seed: Option<u64>,
    /// Real or virtual time.
    pub clock: ClockKind,
    /// Fixed epoch for time.time() under the virtual clock (seconds).
    pub epoch: f64,
    /// Fixed thread idents and pids.
    pub deterministic: bool,
    /// Stop the run after this much clock time.
    pub until: Option<Duration>,
    /// Virtual nanoseconds per instruction.
    pub virtual_ns_per_instr: u64,
    /// Print the per-thread GIL table on stderr at exit.
    pub gil_stats: bool,
    /// Run simple instructions in the register-resident loop of
    /// `vm::fast_path`. Off only to check that it changes nothing (every
    /// output, count and switch must be the same).
    pub fast_path: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            switch_interval: SwitchInterval::Instructions(100),
            switch_points: SwitchPoints::Any,
            seed: None,
            clock: ClockKind::Real,
            // 2001-09-09 01:46:40 UTC: a round, recognisable number.
            epoch: 1_000_000_000.0,
            deterministic: false,
            until: None,
            virtual_ns_per_instr: 20,
            gil_stats: false,
            fast_path: true,
        }
    }
}

/// A generation of CPython's GIL: a switch interval and switch points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GilModel {
    /// Every 100 instructions, between any two (Python 2's check interval).
    Py2,
    /// Every 5 ms of clock, at any instruction (CPython 3.2-3.9).
    Py32,
    /// Every 5 ms, only at calls and backward jumps (CPython 3.10+).
    Py310,
}

impl GilModel {
    /// `py2`, `py32` or `py310`.
    pub fn parse(s: &str) -> Option<GilModel> {
        match s {
            "py2" => Some(GilModel::Py2),
            "py32" => Some(GilModel::Py32),
            "py310" => Some(GilModel::Py310),
            _ => None,
        }
    }
}

impl Config {
    /// Set the switch interval and points of a GIL generation.
    pub fn apply_gil_model(&mut self, model: GilModel) {
        let (interval, points) = match model {
            GilModel::Py2 => (SwitchInterval::Instructions(100), SwitchPoints::Any),
            GilModel::Py32 => (SwitchInterval::Duration(Duration::from_millis(5)), SwitchPoints::Any),
            GilModel::Py310 => (SwitchInterval::Duration(Duration::from_millis(5)), SwitchPoints::CallsAndLoops),
        };
        self.switch_interval = interval;
        self.switch_points = points;
    }
}
