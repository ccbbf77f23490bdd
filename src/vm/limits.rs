//! Limits an embedder sets on untrusted scripts (instruction budget,
//! wall-clock timeout, heap size, threads, recursion) and the per-interpreter
//! interrupt flag. The dispatch loop polls them at slice ends (at least every
//! `gil::POLL_EVERY` instructions) and while it waits for sleepers or
//! blocking calls, so a stop lands within milliseconds. A stop is not a
//! catchable exception: `try: ... except BaseException:` cannot swallow it;
//! the run ends and the host gets the exception in `RunResult`.

use super::thread::ExitRequest;
use super::Vm;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The limits themselves (all off by default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// Stop after this many bytecode instructions per entry (run, eval, call).
    pub instruction_budget: Option<u64>,
    /// Stop after this much wall-clock time per entry.
    pub timeout: Option<Duration>,
    /// Cap on `sys.setrecursionlimit` and the initial recursion limit.
    pub max_recursion: Option<usize>,
    /// At most this many live Python threads, the main thread included.
    pub max_threads: Option<usize>,
    /// Approximate heap cap in bytes (needs `pygil::embed::CountingAlloc`).
    pub max_heap: Option<usize>,
}

/// Which limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    /// `Limits::instruction_budget` (`RuntimeError`).
    InstructionBudget,
    /// `Limits::timeout` (`TimeoutError`).
    Timeout,
    /// `Limits::max_heap` (`MemoryError`).
    Heap,
    /// `InterruptHandle::interrupt` (`KeyboardInterrupt`).
    Interrupt,
}

/// The limits plus the state needed to check them.
pub struct Guard {
    /// The limits in force.
    pub limits: Limits,
    /// Set from any OS thread by an `InterruptHandle`.
    pub interrupt: Arc<AtomicBool>,
    start_instr: u64,
    deadline: Option<Instant>,
    /// Heap bytes since the interpreter was made.
    heap: crate::embed::heap::HeapMeter,
    /// `CountingAlloc` is installed (else `max_heap` cannot be enforced).
    counting: bool,
}

impl Guard {
    /// Limits counted from now (the heap from the current thread's count).
    pub fn new(limits: Limits) -> Guard {
        Guard { limits, interrupt: Arc::new(AtomicBool::new(false)), start_instr: 0, deadline: None, heap: Default::default(), counting: crate::embed::heap::counting_installed() }
    }

    /// Anything to poll at all?
    fn active(&self) -> bool {
        let l = &self.limits;
        l.instruction_budget.is_some() || l.timeout.is_some() || l.max_heap.is_some()
    }
}

impl Vm {
    /// Start the per-entry budgets (instruction count, deadline) afresh and
    /// clear a stop left from an earlier entry.
    pub fn arm_limits(&mut self) {
        self.guard.start_instr = self.sched.instructions();
        self.guard.deadline = self.guard.limits.timeout.map(|d| Instant::now() + d);
        if matches!(self.exit_request, Some(ExitRequest::Limit { .. })) {
            self.exit_request = None;
        }
        if let Some(m) = self.guard.limits.max_recursion {
            self.recursion_limit = self.recursion_limit.min(m);
        }
    }

    /// Bytes allocated (minus freed) by the interpreter since it was made.
    pub fn heap_in_use(&self) -> usize {
        self.guard.heap.in_use()
    }

    /// Take a heap reading at the end of an entry, so that the count
    /// carries over exactly if the host moves the interpreter to another
    /// OS thread before the next one (see `HeapMeter`).
    pub(crate) fn note_heap(&self) {
        self.guard.heap.in_use();
    }

    /// Would allocating `bytes` more break the heap limit? (Checked before
    /// big single allocations such as `[0] * n`.)
    pub fn heap_would_exceed(&self, bytes: usize) -> bool {
        match self.guard.limits.max_heap {
            Some(max) => self.heap_in_use().saturating_add(bytes) > max,
            None => false,
        }
    }

    /// Check the interrupt flag and the limits; on a breach, request the
    /// stop and return true.
    pub(crate) fn poll_limits(&mut self) -> bool {
        if self.exit_request.is_some() {
            return true;
        }
        let kind = if self.guard.interrupt.load(Ordering::Relaxed) {
            // Consumed: the next run starts clean.
            self.guard.interrupt.store(false, Ordering::SeqCst);
            Some(LimitKind::Interrupt)
        } else if !self.guard.active() {
            None
        } else {
            self.breached_limit()
        };
        match kind {
            Some(k) => {
                self.stop_for(k);
                true
            }
            None => false,
        }
    }

    fn breached_limit(&self) -> Option<LimitKind> {
        let l = &self.guard.limits;
        if let Some(b) = l.instruction_budget {
            if self.sched.instructions().saturating_sub(self.guard.start_instr) >= b {
                return Some(LimitKind::InstructionBudget);
            }
        }
        if let Some(d) = self.guard.deadline {
            if Instant::now() >= d {
                return Some(LimitKind::Timeout);
            }
        }
        if let Some(max) = l.max_heap {
            if !self.guard.counting || self.heap_in_use() > max {
                return Some(LimitKind::Heap);
            }
        }
        None
    }

    /// Request the end of the run for limit `kind`.
    pub(crate) fn stop_for(&mut self, kind: LimitKind) {
        let l = &self.guard.limits;
        let (type_name, message) = match kind {
            LimitKind::InstructionBudget => {
                ("RuntimeError", format!("instruction budget of {} instructions exhausted", l.instruction_budget.unwrap_or(0)))
            }
            LimitKind::Timeout => {
                let secs = l.timeout.map(|d| d.as_secs_f64()).unwrap_or(0.0);
                ("TimeoutError", format!("wall-clock timeout of {}s exceeded", crate::format::float_repr(secs)))
            }
            LimitKind::Heap if !self.guard.counting => {
                ("MemoryError", "max_heap is set but pygil::embed::CountingAlloc is not the global allocator".to_string())
            }
            LimitKind::Heap => (
                "MemoryError",
                format!("heap limit of {} bytes exceeded (about {} bytes in use)", l.max_heap.unwrap_or(0), self.heap_in_use()),
            ),
            LimitKind::Interrupt => ("KeyboardInterrupt", "interrupted by the host".to_string()),
        };
        self.exit_request = Some(ExitRequest::Limit { kind, type_name, message, thread: self.current });
    }

    /// The exception a limit stop reports: the given type and message with
    /// a traceback of where the stopped thread was.
    pub(crate) fn limit_exception(&mut self, type_name: &str, message: &str, thread: usize) -> crate::value::Value {
        let exc = match self.new_exception(type_name, message) {
            super::PyErr::Exception(e) => e,
            super::PyErr::Blocked => return crate::value::Value::None,
        };
        // Entries are innermost first; the top frame's pc is the instruction
        // it stopped before, callers' pcs are past their call.
        let frames: Vec<(std::rc::Rc<crate::objects::CodeRef>, usize)> = self
            .threads
            .get(thread)
            .map(|t| t.frames.iter().rev().enumerate().map(|(i, f)| (f.code.clone(), if i == 0 { f.pc } else { f.pc.saturating_sub(1) })).collect())
            .unwrap_or_default();
        for (code, pc) in frames {
            self.add_traceback(&exc, &code, pc);
        }
        exc
    }

    /// May another Python thread start? (`max_threads`)
    pub(crate) fn check_thread_limit(&mut self) -> super::PyResult<()> {
        if let Some(max) = self.guard.limits.max_threads {
            let alive = self.threads.iter().filter(|t| t.state != super::thread::ThreadState::Finished).count();
            if alive >= max {
                return Err(self.new_exception("RuntimeError", &format!("can't start new thread: limit of {} threads reached", max)));
            }
        }
        Ok(())
    }
}

impl Vm {
    /// After a run was stopped (limit, interrupt, deadlock, `until`): end
    /// every thread so that nothing of it runs on in a later run or call.
    pub fn end_all_threads(&mut self) {
        for t in self.threads.iter_mut() {
            t.state = super::thread::ThreadState::Finished;
            t.frames.clear();
            t.wait = None;
            t.pending = None;
            t.resume = None;
            t.boundary_result = None;
            t.parked_at_boundary = false;
            t.native_wait = false;
            t.end = None;
        }
        self.sched.run_queue.clear();
        self.sched.timers.clear();
        self.parked.clear();
    }

    /// Make the main thread ready for a new run or a call from the host.
    pub fn revive_main_thread(&mut self) {
        let t = &mut self.threads[0];
        if t.state == super::thread::ThreadState::Finished {
            t.state = super::thread::ThreadState::Runnable;
            t.pending = None;
            t.resume = None;
            t.wait = None;
        }
        self.current = 0;
    }
}

