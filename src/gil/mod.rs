//! The simulated GIL: who runs, for how long, and on which clock.
//!
//! The scheduler never runs Python code; the VM asks it at every
//! instruction whether the holder's slice is over (`tick`), and hands the
//! GIL to the next runnable thread it picks (`pick_next`). Blocking and
//! waking go through `crate::vm::thread`.

pub mod clock;
pub mod interrupt;
pub mod rng;

use crate::config::{ClockKind, Config, SwitchInterval, SwitchPoints};
pub use clock::Clock;
use rng::Rng;
use std::collections::{BTreeMap, VecDeque};

/// Long instruction slices are handed out in pieces of at most this many
/// instructions, so interrupts and limits are polled often whatever the
/// switch interval (the switch points themselves do not move).
pub const POLL_EVERY: i64 = 1000;

/// Why a thread gave up the GIL (for statistics and the trace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseReason {
    /// The switch interval expired and another thread was waiting.
    Interval,
    /// It blocked (sleep, lock, queue, join, I/O).
    Blocked,
    /// It gave the GIL up voluntarily at an I/O point (print).
    Io,
    /// It ended.
    Ended,
}

pub struct Scheduler {
    /// Runnable threads waiting for the GIL, in FIFO order.
    pub run_queue: VecDeque<usize>,
    /// Wake-up times: (deadline in clock ns, sequence) -> thread index.
    pub timers: BTreeMap<(u64, u64), usize>,
    timer_seq: u64,
    /// Instructions left in the current slice; below zero while a switch
    /// waits for a switch point.
    budget: i64,
    /// The budget the current slice started with.
    slice_len: i64,
    /// Instructions of the slice not yet handed to `budget` (see POLL_EVERY).
    held_back: i64,
    /// Instructions executed before the current slice.
    counted: u64,
    /// Clock time at which the current slice ends (duration intervals).
    slice_end: u64,
    pub interval: SwitchInterval,
    /// A switch may happen at any instruction (else only at switch points).
    pub any_switch_point: bool,
    pub clock: Clock,
    rng: Option<Rng>,
    /// Counters for `--gil-stats`.
    pub forced_switches: u64,
    pub voluntary_switches: u64,
}

impl Scheduler {
    pub fn new(config: &Config) -> Scheduler {
        let clock = Clock::new(config.clock, config.virtual_ns_per_instr);
        let mut s = Scheduler {
            run_queue: VecDeque::new(),
            timers: BTreeMap::new(),
            timer_seq: 0,
            budget: 0,
            slice_len: 0,
            held_back: 0,
            counted: 0,
            slice_end: 0,
            interval: config.switch_interval,
            any_switch_point: config.switch_points == SwitchPoints::Any,
            clock,
            rng: config.seed.map(Rng::new),
            forced_switches: 0,
            voluntary_switches: 0,
        };
        s.reset_slice();
        s
    }

    /// Instructions executed by the interpreter so far. Counting is folded
    /// into the slice budget so the dispatch loop pays one decrement.
    #[inline]
    pub fn instructions(&self) -> u64 {
        self.counted + (self.slice_len - self.budget) as u64
    }

    /// The instruction just counted was not executed (switched away before it).
    #[inline]
    pub fn untick(&mut self) {
        self.budget += 1;
    }

    /// Clock time now.
    pub fn now_ns(&self) -> u64 {
        self.clock.now_ns(self.instructions())
    }

    /// Count one instruction; true when the slice is over.
    #[inline(always)]
    pub fn tick(&mut self) -> bool {
        self.budget -= 1;
        self.budget <= 0
    }

    /// Would the next `n` ticks leave the slice running? Then the VM may
    /// run those instructions fused and count them with `tick_n`: the
    /// counts and switch points stay those of running them one by one.
    #[inline(always)]
    pub fn room_for(&self, n: i64) -> bool {
        self.budget > n
    }

    /// The slice budget itself, for a loop that counts its instructions
    /// in a register and writes the count back (see `vm::fast_path`).
    #[inline(always)]
    pub fn budget_mut(&mut self) -> &mut i64 {
        &mut self.budget
    }

    /// Count `n` instructions that `room_for` said fit in the slice
    /// (negative: give back ticks of a fused run that was not done).
    #[inline(always)]
    pub fn tick_n(&mut self, n: i64) {
        self.budget -= n;
    }

    /// Start a new slice for the thread that now holds the GIL.
    pub fn reset_slice(&mut self) {
        self.counted = self.instructions();
        match self.interval {
            SwitchInterval::Instructions(n) => {
                // The slice's last tick is the switch point and that
                // instruction runs when the thread is back: a slice of N
                // runs N-1 instructions. At least one must run, or two
                // threads at interval 1 would hand the GIL over forever.
                let n = n.clamp(2, i64::MAX as u64 / 2) as i64;
                // With a seed, the switch point jitters around N (±25%).
                let n = match &mut self.rng {
                    Some(r) if n >= 4 => n - n / 4 + (r.next_u64() % ((n / 2) as u64 + 1)) as i64,
                    _ => n,
                };
                self.budget = n.min(POLL_EVERY);
                self.held_back = n - self.budget;
            }
            SwitchInterval::Duration(d) => {
                // Check the clock every few instructions; the slice ends by time.
                self.budget = 64;
                self.held_back = 0;
                self.slice_end = self.clock.now_ns(self.counted) + d.as_nanos() as u64;
            }
        }
        self.slice_len = self.budget;
    }

    /// For duration intervals: is the slice really over (by the clock)?
    /// Otherwise refill the instruction budget and go on.
    pub fn slice_expired(&mut self) -> bool {
        match self.interval {
            SwitchInterval::Instructions(_) => {
                if self.held_back <= 0 {
                    return true;
                }
                // The slice goes on: hand out its next piece.
                self.counted = self.instructions();
                self.budget = self.held_back.min(POLL_EVERY);
                self.slice_len = self.budget;
                self.held_back -= self.budget;
                false
            }
            SwitchInterval::Duration(_) => {
                if self.now_ns() >= self.slice_end {
                    true
                } else {
                    // Check the clock again in a few instructions.
                    self.counted = self.instructions();
                    self.budget = 64;
                    self.slice_len = 64;
                    false
                }
            }
        }
    }

    /// Keep running the current thread: nobody else wants the GIL.
    pub fn extend_slice(&mut self) {
        self.reset_slice();
    }

    /// Choose the next thread from the run queue: FIFO, or seeded random.
    pub fn pick_next(&mut self) -> Option<usize> {
        if self.run_queue.is_empty() {
            return None;
        }
        match &mut self.rng {
            Some(r) => {
                let i = (r.next_u64() % self.run_queue.len() as u64) as usize;
                self.run_queue.remove(i)
            }
            None => self.run_queue.pop_front(),
        }
    }

    pub fn add_timer(&mut self, deadline: u64, thread: usize) -> (u64, u64) {
        self.timer_seq += 1;
        let key = (deadline, self.timer_seq);
        self.timers.insert(key, thread);
        key
    }

    pub fn cancel_timer(&mut self, key: (u64, u64)) {
        self.timers.remove(&key);
    }

    /// The earliest timer, if any.
    pub fn next_deadline(&self) -> Option<u64> {
        self.timers.keys().next().map(|k| k.0)
    }

    /// Remove and return the threads whose timers are due at `now`.
    pub fn due_timers(&mut self, now: u64) -> Vec<(u64, u64, usize)> {
        let mut out = Vec::new();
        while let Some((&k, &t)) = self.timers.iter().next() {
            if k.0 > now {
                break;
            }
            self.timers.remove(&k);
            out.push((k.0, k.1, t));
        }
        out
    }

    pub fn is_virtual(&self) -> bool {
        self.clock.kind == ClockKind::Virtual
    }

    /// A seeded choice used by modules (random default seeds etc.).
    pub fn rng_u64(&mut self) -> Option<u64> {
        self.rng.as_mut().map(|r| r.next_u64())
    }
}
