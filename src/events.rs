//! The one event stream of a run: every GIL hand-over, block, wake, thread
//! start and end. Statistics, the Chrome trace, the SVG timeline and
//! `explore` all read it. Recording is off unless something asked for it.

use crate::gil::ReleaseReason;
use crate::vm::thread::WaitReason;
use crate::vm::Vm;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    ThreadStart,
    /// The thread took the GIL.
    Acquire,
    /// The thread gave the GIL up.
    Release(ReleaseReason),
    /// Another thread took over (the current one stays runnable or blocked).
    SwitchOut,
    Block(WaitReason),
    Wake,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub thread: usize,
    pub kind: EventKind,
    /// Clock time in nanoseconds (virtual or real).
    pub time_ns: u64,
    /// Instructions executed by the interpreter so far.
    pub instr: u64,
}

/// Per-thread counters for `--gil-stats`.
#[derive(Debug, Clone, Default)]
pub struct ThreadStats {
    pub acquisitions: u64,
    pub forced_releases: u64,
    pub voluntary_releases: u64,
}

impl Vm {
    pub(crate) fn emit_event(&mut self, thread: usize, kind: EventKind) {
        match kind {
            EventKind::Acquire => self.threads[thread].stats.acquisitions += 1,
            EventKind::Release(ReleaseReason::Interval) => self.threads[thread].stats.forced_releases += 1,
            EventKind::Release(_) | EventKind::Block(_) => self.threads[thread].stats.voluntary_releases += 1,
            _ => {}
        }
        if self.record_events {
            let time_ns = self.now_ns();
            self.events.push(Event { thread, kind, time_ns, instr: self.sched.instructions() });
        }
    }
}
