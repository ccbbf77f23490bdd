//! The two clocks. Under the virtual clock time is a pure function of the
//! instructions executed plus the jumps made when every thread sleeps, so a
//! run is reproducible and sleeps cost no wall time.

use crate::config::ClockKind;
use std::time::Instant;

pub struct Clock {
    pub kind: ClockKind,
    start: Instant,
    ns_per_instr: u64,
    /// Virtual time added by jumping to the next timer.
    jumped: u64,
}

impl Clock {
    pub fn new(kind: ClockKind, ns_per_instr: u64) -> Clock {
        Clock { kind, start: Instant::now(), ns_per_instr, jumped: 0 }
    }

    /// Nanoseconds since the interpreter started, on this clock.
    #[inline]
    pub fn now_ns(&self, instr_count: u64) -> u64 {
        match self.kind {
            ClockKind::Virtual => instr_count * self.ns_per_instr + self.jumped,
            ClockKind::Real => self.start.elapsed().as_nanos() as u64,
        }
    }

    /// A forked interpreter's clock: it goes on from the parent's time
    /// (its own instruction count starts at zero).
    pub fn fork_copy(&self, parent_instrs: u64) -> Clock {
        let jumped = match self.kind {
            ClockKind::Virtual => self.now_ns(parent_instrs),
            ClockKind::Real => 0,
        };
        Clock { kind: self.kind, start: self.start, ns_per_instr: self.ns_per_instr, jumped }
    }

    /// Virtual clock only: advance to `t` (when nothing can run before it).
    pub fn jump_to(&mut self, t: u64, instr_count: u64) {
        let now = self.now_ns(instr_count);
        if t > now {
            self.jumped += t - now;
        }
    }
}
