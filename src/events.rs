//! The one event stream of a run: every GIL hand-over, block, wake, thread
//! start and end. Statistics (`--gil-stats`) are kept from it as it goes;
//! the full list is recorded only when something asked for it (traces).
//! When nothing reads the stream (no `--gil-stats`, no recording, no
//! embedder callback) no event is made at all (see `events_wanted`).

use crate::gil::ReleaseReason;
use crate::vm::thread::WaitReason;
use crate::vm::Vm;

/// What happens to a thread and the GIL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A new Python thread exists (it waits for the GIL).
    ThreadStart,
    /// The thread took the GIL.
    Acquire,
    /// The thread gave the GIL up (and stays runnable unless it ended).
    Release(ReleaseReason),
    /// Another thread took over from this one.
    SwitchOut,
    /// The thread blocked (and so gave the GIL up).
    Block(WaitReason),
    /// The thread became runnable again; it waits for the GIL.
    Wake,
}

/// One entry of the event stream (see `Interpreter::on_event`).
#[derive(Debug, Clone)]
pub struct Event {
    /// The Python thread, by index: 0 is the main thread, then in order of
    /// creation (`Interpreter::thread_name` names it).
    pub thread: usize,
    /// What happened.
    pub kind: EventKind,
    /// Clock time in nanoseconds (virtual or real).
    pub time_ns: u64,
    /// Instructions executed by the interpreter so far.
    pub instr: u64,
    /// Blocks: what is waited on and where; forced switches: the
    /// instruction the thread was stopped before. Only kept when recording.
    pub detail: Option<Box<EventDetail>>,
}

/// What a block waits on and where, or where a forced switch stopped a
/// thread (`Event::detail`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventDetail {
    /// `Lock created at case14.py:9`, `Thread-1 (f) to end`.
    pub object: Option<String>,
    /// `case14.py:18`, or for a forced switch
    /// `case11.py:17 between LOAD_GLOBAL sum and LOAD_CONST 1`.
    pub site: String,
}

/// Where a thread's time goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatState {
    /// Runnable, waiting for the GIL.
    #[default]
    Waiting,
    Running,
    Blocked(WaitReason),
    Done,
}

pub const BLOCK_REASONS: [WaitReason; 9] = [
    WaitReason::Sleep,
    WaitReason::Lock,
    WaitReason::Condition,
    WaitReason::Event,
    WaitReason::Semaphore,
    WaitReason::Join,
    WaitReason::Queue,
    WaitReason::Barrier,
    WaitReason::Io,
];

/// Per-thread counters for `--gil-stats`.
#[derive(Debug, Clone, Default)]
pub struct ThreadStats {
    pub state: StatState,
    pub since_ns: u64,
    pub since_instr: u64,
    pub instructions: u64,
    pub acquisitions: u64,
    pub forced_releases: u64,
    pub voluntary_releases: u64,
    pub held_ns: u64,
    pub waiting_ns: u64,
    /// Indexed like `BLOCK_REASONS`.
    pub blocked_ns: [u64; 9],
}

impl ThreadStats {
    /// Close the current stretch at `now` and enter `next`.
    fn enter(&mut self, next: StatState, now: u64, instr: u64) {
        let d = now.saturating_sub(self.since_ns);
        match self.state {
            StatState::Running => {
                self.held_ns += d;
                self.instructions += instr.saturating_sub(self.since_instr);
            }
            StatState::Waiting => self.waiting_ns += d,
            StatState::Blocked(r) => {
                let i = BLOCK_REASONS.iter().position(|x| *x == r).unwrap_or(0);
                self.blocked_ns[i] += d;
            }
            StatState::Done => {}
        }
        self.state = next;
        self.since_ns = now;
        self.since_instr = instr;
    }
}

impl Vm {
    /// Does anything read the event stream: `--gil-stats`, a recording
    /// (trace, timeline, explore) or the embedder's callback? When nothing
    /// does, events are not made at all: a GIL hand-over then costs no
    /// clock read and no bookkeeping.
    #[inline(always)]
    pub(crate) fn events_wanted(&self) -> bool {
        self.config.gil_stats || self.record_events || self.event_sink.is_some()
    }

    #[inline(always)]
    pub(crate) fn emit_event(&mut self, thread: usize, kind: EventKind) {
        if self.events_wanted() {
            self.record_event(thread, kind);
        }
    }

    #[inline(never)]
    fn record_event(&mut self, thread: usize, kind: EventKind) {
        // A lock taken inside `queue.get` or `Thread.join` is a queue or a
        // join wait to the learner: name the library call the user made.
        let kind = match kind {
            EventKind::Block(r) => EventKind::Block(self.library_wait_reason(thread, r)),
            k => k,
        };
        let now = self.now_ns();
        let instr = self.sched.instructions();
        let st = self.threads[thread].stats_mut(thread);
        match kind {
            EventKind::ThreadStart => st.enter(StatState::Waiting, now, instr),
            EventKind::Acquire => {
                if st.state != StatState::Running {
                    st.acquisitions += 1;
                    st.enter(StatState::Running, now, instr);
                }
            }
            EventKind::Release(ReleaseReason::Interval) => {
                st.forced_releases += 1;
                st.enter(StatState::Waiting, now, instr);
            }
            EventKind::Release(ReleaseReason::Ended) => st.enter(StatState::Done, now, instr),
            EventKind::Release(_) => {
                st.voluntary_releases += 1;
                st.enter(StatState::Waiting, now, instr);
            }
            EventKind::Block(r) => {
                st.voluntary_releases += 1;
                st.enter(StatState::Blocked(r), now, instr);
            }
            EventKind::Wake => st.enter(StatState::Waiting, now, instr),
            EventKind::SwitchOut => {}
        }
        if self.record_events || self.event_sink.is_some() {
            let detail = match kind {
                EventKind::Block(_) => self.threads[thread].wait.as_ref().map(|w| {
                    Box::new(EventDetail { object: w.object.as_ref().map(|o| o.describe()), site: w.site.render() })
                }),
                _ => None,
            };
            let e = Event { thread, kind, time_ns: now, instr, detail };
            if let Some(sink) = self.event_sink.as_mut() {
                sink(&e);
            }
            if self.record_events {
                self.events.push(e);
            }
        }
    }

    /// The reason a blocked thread waits for, as the user's code sees it:
    /// the outermost library function (in pygil's Python modules) between
    /// the user's code and the primitive that blocked.
    fn library_wait_reason(&self, thread: usize, primitive: WaitReason) -> WaitReason {
        // Innermost to outermost library frame; the outermost one that
        // names a kind of wait wins (`Queue.get` over the `Condition.wait`
        // it calls; `Event.wait` inside `Thread.start`).
        let mut reason = primitive;
        for f in self.threads[thread].frames.iter().rev() {
            let module = match f.code.filename.strip_prefix("<pygil ") {
                Some(m) => m.trim_end_matches('>'),
                None => break,
            };
            let q = f.code.code.qualname.as_str();
            let class = q.split('.').next().unwrap_or("");
            let kind = match (module, class) {
                ("queue", _) => Some(WaitReason::Queue),
                ("threading", "Thread" | "_MainThread" | "_DummyThread" | "Timer") if q.ends_with(".join") => Some(WaitReason::Join),
                ("threading", "Condition") => Some(WaitReason::Condition),
                ("threading", "Event") => Some(WaitReason::Event),
                ("threading", "Semaphore" | "BoundedSemaphore") => Some(WaitReason::Semaphore),
                ("threading", "Barrier") => Some(WaitReason::Barrier),
                _ => None,
            };
            if let Some(k) = kind {
                reason = k;
            }
        }
        reason
    }

    /// The running thread was just stopped by the switch interval before
    /// instruction `pc` of `code`: remember where, for the trace and for
    /// `explore --minimize` ("between LOAD_GLOBAL sum and STORE_GLOBAL sum").
    pub(crate) fn note_switch_site(&mut self, code: &crate::objects::CodeRef, pc: usize) {
        if !self.record_events {
            return;
        }
        let c = &code.code;
        if pc >= c.instructions.len() {
            return;
        }
        let instr = |pc: usize| {
            let (name, _, arg) = crate::dis::describe(c, pc);
            if arg.is_empty() { name } else { format!("{} {}", name, arg) }
        };
        let place = format!("{}:{}", crate::vm::thread::short_path(&code.filename), c.line_of(pc));
        let site = if pc > 0 { format!("{} between {} and {}", place, instr(pc - 1), instr(pc)) } else { format!("{} before {}", place, instr(pc)) };
        if let Some(e) = self.events.last_mut() {
            if matches!(e.kind, EventKind::Release(ReleaseReason::Interval)) {
                e.detail = Some(Box::new(EventDetail { object: None, site }));
            }
        }
    }

    /// The `--gil-stats` table: one row per thread and a total.
    pub fn gil_stats_table(&mut self) -> String {
        let now = self.now_ns();
        let instr = self.sched.instructions();
        let clock = if self.sched.is_virtual() { "virtual" } else { "real" };
        // Close the open stretches so the totals are up to date.
        for (i, t) in self.threads.iter_mut().enumerate() {
            let st = t.stats_mut(i);
            let s = st.state;
            st.enter(s, now, instr);
        }
        let used: Vec<usize> = (0..BLOCK_REASONS.len()).filter(|&i| self.threads.iter().any(|t| t.stats().blocked_ns[i] > 0)).collect();
        let mut header: Vec<String> = ["thread", "instructions", "GIL taken", "held", "waiting"].iter().map(|s| s.to_string()).collect();
        for &i in &used {
            header.push(format!("blocked:{}", BLOCK_REASONS[i].name()));
        }
        header.push("forced".into());
        header.push("voluntary".into());
        let ms = |ns: u64| format!("{:.3}ms", ns as f64 / 1e6);
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut total = ThreadStats::default();
        for t in &self.threads {
            let s = t.stats();
            let mut row = vec![t.name.clone(), s.instructions.to_string(), s.acquisitions.to_string(), ms(s.held_ns), ms(s.waiting_ns)];
            for &i in &used {
                row.push(ms(s.blocked_ns[i]));
            }
            row.push(s.forced_releases.to_string());
            row.push(s.voluntary_releases.to_string());
            rows.push(row);
            total.instructions += s.instructions;
            total.acquisitions += s.acquisitions;
            total.held_ns += s.held_ns;
            total.waiting_ns += s.waiting_ns;
            for i in 0..BLOCK_REASONS.len() {
                total.blocked_ns[i] += s.blocked_ns[i];
            }
            total.forced_releases += s.forced_releases;
            total.voluntary_releases += s.voluntary_releases;
        }
        let mut row = vec![
            "total".to_string(),
            total.instructions.to_string(),
            total.acquisitions.to_string(),
            ms(total.held_ns),
            ms(total.waiting_ns),
        ];
        for &i in &used {
            row.push(ms(total.blocked_ns[i]));
        }
        row.push(total.forced_releases.to_string());
        row.push(total.voluntary_releases.to_string());
        rows.push(row);
        let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
        for r in &rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let fmt_row = |r: &[String]| -> String {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(i, c)| if i == 0 { format!("{:<w$}", c, w = widths[i]) } else { format!("{:>w$}", c, w = widths[i]) })
                .collect();
            cells.join("  ").trim_end().to_string()
        };
        let mut out = format!("pygil: GIL statistics ({} clock; held = running with the GIL, waiting = runnable without it)\n", clock);
        out.push_str(&fmt_row(&header));
        out.push('\n');
        for (i, r) in rows.iter().enumerate() {
            if i == rows.len() - 1 {
                out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
                out.push('\n');
            }
            out.push_str(&fmt_row(r));
            out.push('\n');
        }
        // How busy the GIL was: the lesson of CPU-bound against sleeping.
        let share = if now == 0 { 0.0 } else { total.held_ns as f64 * 100.0 / now as f64 };
        out.push_str(&format!(
            "run time {} on the {} clock; the GIL was held {:.1}% of it, free {:.1}%\n",
            ms(now),
            clock,
            share.min(100.0),
            (100.0 - share).max(0.0)
        ));
        out
    }
}
