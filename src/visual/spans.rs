//! Turn the event stream into stretches per thread: running (holding the
//! GIL), waiting for the GIL (runnable), blocked (by reason), plus the
//! instants at which the switch interval forced a hand-over.

use crate::events::{Event, EventKind};
use crate::gil::ReleaseReason;
use crate::vm::thread::WaitReason;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanState {
    Running,
    Waiting,
    Blocked(WaitReason),
}

impl SpanState {
    /// A short label: `running`, `waiting for the GIL`, `blocked: lock`.
    pub fn label(self) -> String {
        match self {
            SpanState::Running => "running (holds the GIL)".into(),
            SpanState::Waiting => "waiting for the GIL".into(),
            SpanState::Blocked(r) => format!("blocked: {}", r.name()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Span {
    pub thread: usize,
    pub state: SpanState,
    pub start_ns: u64,
    pub end_ns: u64,
    /// Instructions the thread executed in a running span.
    pub instructions: u64,
    /// Blocked spans: what was waited on (`Lock created at x.py:3`).
    pub object: Option<String>,
    /// Blocked spans: where the thread blocked (`x.py:12`).
    pub site: Option<String>,
}

/// A forced switch: the interval took the GIL from `thread`.
#[derive(Debug, Clone)]
pub struct ForcedSwitch {
    pub thread: usize,
    pub time_ns: u64,
    /// `case11.py:17 between LOAD_GLOBAL sum and LOAD_CONST 1`.
    pub site: Option<String>,
}

/// The whole run, ready to draw.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// Thread names, indexed like `Span::thread`.
    pub threads: Vec<String>,
    /// Spans in order of their end, of positive length but for waits
    /// still going on when the run ended.
    pub spans: Vec<Span>,
    pub forced: Vec<ForcedSwitch>,
    pub end_ns: u64,
    /// `virtual` or `real`.
    pub clock: &'static str,
    /// The program's name, for titles.
    pub program: String,
}

struct Open {
    state: SpanState,
    start_ns: u64,
    start_instr: u64,
    object: Option<String>,
    site: Option<String>,
}

impl Timeline {
    /// Build from recorded events. The main thread (index 0) holds the GIL
    /// from time 0 without an event; the run ended at `end_ns`.
    pub fn build(events: &[Event], threads: Vec<String>, end_ns: u64, end_instr: u64, clock: &'static str, program: &str) -> Timeline {
        let mut open: Vec<Option<Open>> = (0..threads.len()).map(|_| None).collect();
        if !open.is_empty() {
            open[0] = Some(Open { state: SpanState::Running, start_ns: 0, start_instr: 0, object: None, site: None });
        }
        let mut spans = Vec::new();
        let mut forced = Vec::new();
        // `last`: the run is over. A wait still going on then is kept even
        // when it took no time: it is how a deadlock looks.
        let close = |open: &mut Vec<Option<Open>>, t: usize, now: u64, instr: u64, spans: &mut Vec<Span>, last: bool| {
            if let Some(o) = open.get_mut(t).and_then(|o| o.take()) {
                if now > o.start_ns || (last && matches!(o.state, SpanState::Blocked(_))) {
                    spans.push(Span {
                        thread: t,
                        state: o.state,
                        start_ns: o.start_ns,
                        end_ns: now,
                        instructions: if o.state == SpanState::Running { instr.saturating_sub(o.start_instr) } else { 0 },
                        object: o.object,
                        site: o.site,
                    });
                }
            }
        };
        for e in events {
            let t = e.thread;
            if t >= open.len() {
                // A thread without a name (should not happen): skip it.
                continue;
            }
            let enter = |state: SpanState, e: &Event| Open {
                state,
                start_ns: e.time_ns,
                start_instr: e.instr,
                object: e.detail.as_ref().and_then(|d| d.object.clone()),
                site: e.detail.as_ref().map(|d| d.site.clone()),
            };
            let current = open[t].as_ref().map(|o| o.state);
            match e.kind {
                EventKind::ThreadStart | EventKind::Wake => {
                    close(&mut open, t, e.time_ns, e.instr, &mut spans, false);
                    open[t] = Some(enter(SpanState::Waiting, e));
                }
                EventKind::Acquire => {
                    if current != Some(SpanState::Running) {
                        close(&mut open, t, e.time_ns, e.instr, &mut spans, false);
                        open[t] = Some(enter(SpanState::Running, e));
                    }
                }
                EventKind::Release(ReleaseReason::Ended) => close(&mut open, t, e.time_ns, e.instr, &mut spans, false),
                EventKind::Release(r) => {
                    if r == ReleaseReason::Interval {
                        forced.push(ForcedSwitch { thread: t, time_ns: e.time_ns, site: e.detail.as_ref().map(|d| d.site.clone()) });
                    }
                    close(&mut open, t, e.time_ns, e.instr, &mut spans, false);
                    open[t] = Some(Open { state: SpanState::Waiting, start_ns: e.time_ns, start_instr: e.instr, object: None, site: None });
                }
                EventKind::SwitchOut => {
                    // Another thread took over: if this one still looked
                    // like running, it is waiting now.
                    if current == Some(SpanState::Running) {
                        close(&mut open, t, e.time_ns, e.instr, &mut spans, false);
                        open[t] = Some(Open { state: SpanState::Waiting, start_ns: e.time_ns, start_instr: e.instr, object: None, site: None });
                    }
                }
                EventKind::Block(r) => {
                    close(&mut open, t, e.time_ns, e.instr, &mut spans, false);
                    open[t] = Some(enter(SpanState::Blocked(r), e));
                }
            }
        }
        for t in 0..open.len() {
            close(&mut open, t, end_ns, end_instr, &mut spans, true);
        }
        Timeline { threads, spans, forced, end_ns, clock, program: program.to_string() }
    }

    /// The timeline of a finished run whose VM recorded its events.
    pub fn from_vm(vm: &crate::vm::Vm, program: &str) -> Timeline {
        let names = vm.threads.iter().map(|t| t.name.clone()).collect();
        let clock = if vm.sched.is_virtual() { "virtual" } else { "real" };
        Timeline::build(&vm.events, names, vm.now_ns(), vm.sched.instructions(), clock, program)
    }

    /// The same for an interpreter built with `record_events(true)`.
    pub fn of(interp: &crate::Interpreter, program: &str) -> Timeline {
        Timeline::from_vm(interp.vm_ref(), program)
    }

    /// Total time per thread in each state, for summaries.
    pub fn share(&self, thread: usize, state: SpanState) -> u64 {
        self.spans.iter().filter(|s| s.thread == thread && s.state == state).map(|s| s.end_ns - s.start_ns).sum()
    }
}
