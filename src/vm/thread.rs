//! VM threads: creation, blocking and waking, the hand-over of the GIL,
//! interpreter shutdown and deadlock detection.

use super::eval::{FrameResult, LoopEnd};
use super::frame::{Frame, ReturnTo};
use super::{PyErr, PyResult, Vm};
use crate::gil::ReleaseReason;
use crate::value::Value;
use std::rc::Rc;

pub type ThreadId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadState {
    /// Holds the GIL or waits in the run queue for it.
    Runnable,
    Blocked,
    Finished,
}

/// What a blocked thread waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    /// `time.sleep`.
    Sleep,
    /// A lock or RLock.
    Lock,
    /// A condition variable.
    Condition,
    /// `threading.Event.wait`.
    Event,
    /// A semaphore.
    Semaphore,
    /// `Thread.join`.
    Join,
    /// `queue` get/put.
    Queue,
    /// A barrier.
    Barrier,
    /// I/O or a blocking host function (on a worker thread).
    Io,
}

impl WaitReason {
    pub fn name(self) -> &'static str {
        match self {
            WaitReason::Sleep => "sleep",
            WaitReason::Lock => "lock",
            WaitReason::Condition => "condition",
            WaitReason::Event => "event",
            WaitReason::Semaphore => "semaphore",
            WaitReason::Join => "join",
            WaitReason::Queue => "queue",
            WaitReason::Barrier => "barrier",
            WaitReason::Io => "I/O",
        }
    }
}

/// A synchronisation object threads can wait on.
pub trait Waitable {
    /// Forget a waiter whose timeout expired.
    fn remove_waiter(&self, tid: ThreadId);
    /// For the deadlock report: `Lock created at x.py:3`.
    fn describe(&self) -> String;
    /// The thread holding it, if that is a meaningful notion (locks).
    fn holder(&self) -> Option<ThreadId>;
    /// True when `describe` already names the holder (a join's "waiting
    /// for Thread-1 to end"), so the report need not repeat it.
    fn describe_names_holder(&self) -> bool {
        false
    }
}

/// What `join` waits on: the end of a thread. Made when a join first
/// blocks; the thread's end wakes the joiners.
pub struct ThreadEnd {
    thread: ThreadId,
    /// `Thread-1 (f) to end`, for the deadlock report.
    what: String,
    joiners: std::cell::RefCell<Vec<ThreadId>>,
}

impl Waitable for ThreadEnd {
    fn remove_waiter(&self, tid: ThreadId) {
        self.joiners.borrow_mut().retain(|&j| j != tid);
    }
    fn describe(&self) -> String {
        self.what.clone()
    }
    fn holder(&self) -> Option<ThreadId> {
        Some(self.thread)
    }
    fn describe_names_holder(&self) -> bool {
        true
    }
}

pub struct WaitInfo {
    pub reason: WaitReason,
    pub object: Option<Rc<dyn Waitable>>,
    pub timer: Option<(u64, u64)>,
    /// What the blocked call returns when its timeout expires.
    pub timeout_result: Value,
    /// Where the thread blocked (file:line), for the deadlock report.
    pub site: Site,
}

/// A place in the user's code (`case14.py:12`), kept as code and
/// instruction and only turned into text when a report needs it: threads
/// block and locks are made far more often than anything is reported.
#[derive(Clone)]
pub enum Site {
    Code(Rc<crate::objects::CodeRef>, usize),
    Text(String),
}

impl Site {
    pub fn render(&self) -> String {
        match self {
            Site::Code(code, pc) => format!("{}:{}", short_path(&code.filename), code.code.line_of(*pc)),
            Site::Text(t) => t.clone(),
        }
    }
}

pub struct VmThread {
    pub ident: u64,
    pub name: String,
    /// Daemon threads (and `_thread` ones) do not keep the interpreter alive.
    pub daemon: bool,
    pub frames: Vec<Box<Frame>>,
    pub state: ThreadState,
    pub wait: Option<WaitInfo>,
    /// The result of a blocked call, delivered when the thread runs again.
    pub pending: Option<PyResult<Value>>,
    /// The exception being handled (`sys.exc_info()`, implicit chaining).
    pub handled: Option<Value>,
    /// Native frames on the Rust stack for this thread (nested calls).
    pub nested: u32,
    pub boundary_result: Option<PyResult<FrameResult>>,
    pub parked_at_boundary: bool,
    /// Blocked inside a native call made from native code: when woken, the
    /// nested loop waiting for it takes `pending` itself.
    pub native_wait: bool,
    /// The `threading.Thread` object, if any.
    pub thread_obj: Value,
    /// For threads started by `_thread.start_new_thread`: the function, for
    /// the "Exception ignored in thread started by" report.
    pub raw_func: Option<Value>,
    /// `--gil-stats` counters, made at the thread's first event (most runs
    /// keep none: see `Vm::events_wanted`).
    pub stats: Option<Box<crate::events::ThreadStats>>,
    /// What to do when the thread gets the GIL back after yielding at an
    /// I/O point (print writes its `end` after its text).
    pub resume: Option<Box<dyn FnOnce(&mut Vm) -> PyResult<Value>>>,
    /// Started by `_thread.start_new_thread` (counted by `_thread._count`).
    pub started_by_thread_module: bool,
    /// What threads joining this one wait on (while any do).
    pub end: Option<Rc<ThreadEnd>>,
}

impl VmThread {
    pub fn new(ident: u64, name: String) -> VmThread {
        VmThread {
            ident,
            name,
            daemon: false,
            frames: Vec::new(),
            state: ThreadState::Runnable,
            wait: None,
            pending: None,
            handled: None,
            nested: 0,
            boundary_result: None,
            parked_at_boundary: false,
            native_wait: false,
            thread_obj: Value::None,
            raw_func: None,
            stats: None,
            resume: None,
            started_by_thread_module: false,
            end: None,
        }
    }
    /// The thread's counters, made on first use: thread 0 (the main thread)
    /// starts running, the others waiting for the GIL.
    pub fn stats_mut(&mut self, index: usize) -> &mut crate::events::ThreadStats {
        self.stats.get_or_insert_with(|| {
            let mut s = Box::<crate::events::ThreadStats>::default();
            if index == 0 {
                s.state = crate::events::StatState::Running;
            }
            s
        })
    }

    /// The counters as they are (zero when none were made).
    pub fn stats(&self) -> &crate::events::ThreadStats {
        static NONE: std::sync::OnceLock<crate::events::ThreadStats> = std::sync::OnceLock::new();
        self.stats.as_deref().unwrap_or_else(|| NONE.get_or_init(Default::default))
    }

    pub fn is_runnable(&self) -> bool {
        self.state == ThreadState::Runnable && !self.parked_at_boundary
    }
}

/// Why the whole run stops early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitRequest {
    Deadlock(String),
    /// Ctrl-C after the main thread had ended.
    Interrupted,
    Until,
    /// An embedder's limit or interrupt (see `vm::limits`).
    Limit { kind: super::limits::LimitKind, type_name: &'static str, message: String, thread: ThreadId },
    /// `os._exit(n)`, or a terminated process (-15).
    Exit(i32),
}

impl Vm {
    /// Start a VM thread running `func(*args, **kwargs)`.
    pub fn spawn_thread(&mut self, func: Value, args: Value, kwargs: Value, name: String, daemon: bool) -> PyResult<usize> {
        self.check_thread_limit()?;
        let code = self.bootstrap_code();
        let globals = self.builtins.clone();
        let mut frame = Box::new(Frame::new(code, globals, None));
        frame.fast[0] = func;
        frame.fast[1] = args;
        frame.fast[2] = kwargs;
        self.spawn_frame(frame, name, daemon)
    }

    /// Start a VM thread running `func()`. A Python function or method
    /// (`Thread._bootstrap`) is the thread's bottom frame itself.
    pub fn spawn_thread_call(&mut self, func: Value, name: String, daemon: bool) -> PyResult<usize> {
        let (f, args) = match &func {
            Value::Function(f) => (f.clone(), Vec::new()),
            Value::BoundMethod(m) => match &m.func {
                Value::Function(f) => (f.clone(), vec![m.self_.clone()]),
                _ => return self.spawn_thread(func, Value::tuple(Vec::new()), Value::Dict(self.new_dict()), name, daemon),
            },
            _ => return self.spawn_thread(func, Value::tuple(Vec::new()), Value::Dict(self.new_dict()), name, daemon),
        };
        self.check_thread_limit()?;
        match self.function_frame(&f, args, Vec::new())? {
            super::call::FrameOrValue::Frame(frame) => self.spawn_frame(frame, name, daemon),
            // A generator function: the general way.
            super::call::FrameOrValue::Value(_) => self.spawn_thread(func, Value::tuple(Vec::new()), Value::Dict(self.new_dict()), name, daemon),
        }
    }

    /// A new runnable thread whose bottom frame is `frame`.
    fn spawn_frame(&mut self, mut frame: Box<Frame>, name: String, daemon: bool) -> PyResult<usize> {
        frame.ret = ReturnTo::ThreadExit;
        let idx = self.threads.len();
        let ident = self.new_thread_ident();
        let mut t = VmThread::new(ident, name);
        t.daemon = daemon;
        t.frames.push(frame);
        self.threads.push(Box::new(t));
        self.sched.run_queue.push_back(idx);
        self.emit_event(idx, crate::events::EventKind::ThreadStart);
        Ok(idx)
    }

    pub fn new_thread_ident(&mut self) -> u64 {
        self.next_thread_ident += 1;
        if self.config.deterministic {
            140_000_000_000_000 + self.next_thread_ident * 4096
        } else {
            // Look like CPython's (pthread addresses), unique per run.
            let base = (self as *const Vm as u64) & 0x7fff_ffff_f000;
            (base | 0x7f00_0000_0000) + self.next_thread_ident * 0x80_0000
        }
    }

    /// Park the current thread; the native returns the error this gives.
    /// `timeout`: seconds, `None` to wait forever.
    pub fn block_current(&mut self, reason: WaitReason, object: Option<Rc<dyn Waitable>>, timeout: Option<f64>, timeout_result: Value) -> PyErr {
        let t = self.current;
        // A new wait replaces any wait on another process.
        if self.process.me.is_some() {
            self.process.external.remove(&t);
            self.process.retry.remove(&t);
        }
        let site = self.user_site();
        let timer = timeout.map(|secs| {
            let now = self.now_ns();
            let d = if secs <= 0.0 { 0 } else { (secs * 1e9) as u64 };
            self.sched.add_timer(now.saturating_add(d), t)
        });
        self.threads[t].state = super::thread::ThreadState::Blocked;
        self.threads[t].wait = Some(WaitInfo { reason, object, timer, timeout_result, site });
        self.emit_event(t, crate::events::EventKind::Block(reason));
        PyErr::Blocked
    }

    /// Park the current thread until an absolute clock time (`None`: no
    /// timeout).
    pub fn block_until(&mut self, reason: WaitReason, object: Option<Rc<dyn Waitable>>, deadline: Option<u64>, timeout_result: Value) -> PyErr {
        // (No clock read without a deadline: the real clock is a system call.)
        let secs = deadline.map(|d| d.saturating_sub(self.now_ns()) as f64 / 1e9);
        self.block_current(reason, object, secs, timeout_result)
    }

    /// Wake a blocked thread and, when it runs again, call `then` to
    /// produce its blocked call's result (it may block again: lock retries).
    pub fn wake_resume(&mut self, t: ThreadId, then: Box<dyn FnOnce(&mut Vm) -> PyResult<Value>>) {
        if self.threads[t].state != ThreadState::Blocked {
            return;
        }
        if let Some(w) = self.threads[t].wait.take() {
            if let Some(k) = w.timer {
                self.sched.cancel_timer(k);
            }
        }
        self.threads[t].resume = Some(then);
        self.threads[t].state = ThreadState::Runnable;
        self.sched.run_queue.push_back(t);
        self.emit_event(t, crate::events::EventKind::Wake);
    }

    /// The first call site in user code (not in pygil's own library
    /// modules), for reports: `case14.py:12`.
    pub fn user_site_string(&self) -> String {
        self.user_site().render()
    }

    /// `user_site_string`, not yet rendered.
    pub fn user_site(&self) -> Site {
        if let Some((code, pc)) = &self.native_site {
            if !code.filename.starts_with('<') {
                return Site::Code(code.clone(), *pc);
            }
        }
        for f in self.threads[self.current].frames.iter().rev() {
            if !f.code.filename.starts_with('<') {
                return Site::Code(f.code.clone(), f.pc.saturating_sub(1));
            }
        }
        match &self.native_site {
            Some((code, pc)) => Site::Code(code.clone(), *pc),
            None => Site::Text("?".to_string()),
        }
    }

    /// Wake a blocked thread with the result of its blocked call.
    pub fn wake(&mut self, t: ThreadId, result: PyResult<Value>) {
        if self.threads[t].state != ThreadState::Blocked {
            return;
        }
        if let Some(w) = self.threads[t].wait.take() {
            if let Some(k) = w.timer {
                self.sched.cancel_timer(k);
            }
        }
        self.threads[t].pending = Some(result);
        self.threads[t].state = ThreadState::Runnable;
        self.sched.run_queue.push_back(t);
        self.emit_event(t, crate::events::EventKind::Wake);
    }

    /// A timer fired: time out the wait (or end the sleep).
    fn timeout_wake(&mut self, t: ThreadId) {
        if self.threads[t].state != ThreadState::Blocked {
            return;
        }
        let w = match self.threads[t].wait.take() {
            Some(w) => w,
            None => return,
        };
        if let Some(o) = &w.object {
            o.remove_waiter(t);
        }
        self.threads[t].pending = Some(Ok(w.timeout_result));
        self.threads[t].state = ThreadState::Runnable;
        self.sched.run_queue.push_back(t);
        self.emit_event(t, crate::events::EventKind::Wake);
    }

    pub fn now_ns(&self) -> u64 {
        self.sched.now_ns()
    }

    /// Called when the slice of the running thread is over at a switch
    /// point: hand the GIL over if anyone else can run. When it returns
    /// true, the instruction just counted has been uncounted.
    pub(crate) fn should_switch(&mut self) -> bool {
        if self.process.me.is_some() && self.process_poll() {
            return true;
        }
        let expired = self.sched.slice_expired();
        if self.poll_limits() {
            return true;
        }
        if !expired {
            return false;
        }
        if self.workers.in_flight > 0 {
            self.poll_workers(None);
        }
        self.fire_timers();
        // As `check_until`, without polling the limits a second time.
        self.check_interrupt();
        if self.until_reached() || self.exit_request.is_some() {
            self.sched.untick();
            return true;
        }
        if self.sched.run_queue.is_empty() && !(self.current == 0 && self.threads[0].pending.is_some()) {
            self.sched.extend_slice();
            return false;
        }
        // The instruction that reached the switch point runs when this
        // thread is back: uncount it before the event, so the stretch
        // ends where the next thread's begins.
        self.sched.untick();
        let t = self.current;
        self.sched.run_queue.push_back(t);
        self.sched.forced_switches += 1;
        self.emit_event(t, crate::events::EventKind::Release(ReleaseReason::Interval));
        true
    }

    /// Voluntary hand-over at an I/O point (print): the current thread goes
    /// to the back of the queue if another thread is waiting for the GIL.
    pub fn io_yield(&mut self) -> bool {
        self.fire_timers();
        !self.sched.run_queue.is_empty()
    }

    /// Ctrl-C: KeyboardInterrupt in the main thread (real clock only).
    fn check_interrupt(&mut self) {
        if self.sched.is_virtual() || !crate::gil::interrupt::take_interrupt() {
            return;
        }
        let e = self.new_exception("KeyboardInterrupt", "");
        match self.threads[0].state {
            ThreadState::Blocked => self.wake(0, Err(e)),
            ThreadState::Runnable => self.threads[0].pending = Some(Err(e)),
            ThreadState::Finished => {
                // Interrupted while waiting for the other threads at exit.
                self.exit_code = 130;
                self.exit_request = Some(ExitRequest::Interrupted);
            }
        }
    }

    fn check_until(&mut self) -> bool {
        self.check_interrupt();
        self.poll_limits();
        self.until_reached();
        self.exit_request.is_some()
    }

    /// `--until`: request the stop once the clock has reached it.
    #[inline]
    fn until_reached(&mut self) -> bool {
        if let Some(u) = self.config.until {
            if self.exit_request.is_none() && self.now_ns() >= u.as_nanos() as u64 {
                self.exit_request = Some(ExitRequest::Until);
                return true;
            }
        }
        false
    }

    #[inline]
    fn fire_timers(&mut self) {
        if !self.sched.timers.is_empty() {
            self.fire_due_timers();
        }
    }

    fn fire_due_timers(&mut self) {
        let now = self.now_ns();
        for (_, _, t) in self.sched.due_timers(now) {
            self.timeout_wake(t);
        }
    }

    pub(crate) fn switch_to(&mut self, t: ThreadId) {
        if self.current != t {
            let from = self.current;
            self.emit_event(from, crate::events::EventKind::SwitchOut);
        }
        self.current = t;
        self.sched.reset_slice();
        self.emit_event(t, crate::events::EventKind::Acquire);
    }

    /// Pick the thread to run next. `Ok(false)`: nothing will ever run
    /// again (all done, or the run must stop).
    pub(crate) fn schedule_next(&mut self, target: Option<usize>) -> PyResult<bool> {
        loop {
            if self.exit_request.is_some() {
                return Ok(false);
            }
            if let Some(ft) = self.process.fork_request.take() {
                match self.do_fork(ft) {
                    Ok(pid) => self.wake(ft, Ok(Value::Int(pid))),
                    Err(e) => self.wake(ft, Err(e)),
                }
            }
            if self.process.me.is_some() {
                self.process_drain();
                if self.exit_request.is_some() {
                    return Ok(false);
                }
            }
            self.fire_timers();
            if let Some(t) = target {
                if self.threads[t].boundary_result.is_some() || (self.threads[t].native_wait && self.threads[t].state == ThreadState::Runnable) {
                    self.sched.run_queue.retain(|&x| x != t);
                    self.switch_to(t);
                    return Ok(true);
                }
            }
            while let Some(next) = self.sched.pick_next() {
                if self.threads[next].state != ThreadState::Runnable {
                    continue;
                }
                if self.threads[next].parked_at_boundary || (self.threads[next].native_wait && Some(next) != target) {
                    // It cannot run until an inner native call returns.
                    self.parked.push(next);
                    continue;
                }
                self.unpark();
                self.switch_to(next);
                return Ok(true);
            }
            self.unpark();
            if self.run_finished() {
                return Ok(false);
            }
            self.check_interrupt();
            if self.poll_limits() {
                return Ok(false);
            }
            if self.sched.run_queue.iter().any(|&t| t == 0) && self.threads[0].pending.is_some() {
                continue;
            }
            if self.workers.in_flight > 0 {
                // Blocking calls are out on worker threads: wait for one, but
                // wake up for timers (real clock) and to poll the limits.
                let step = std::time::Duration::from_millis(10);
                let wait = match self.sched.next_deadline() {
                    Some(d) if !self.sched.is_virtual() => step.min(std::time::Duration::from_nanos(d.saturating_sub(self.now_ns()))),
                    _ => step,
                };
                self.poll_workers(Some(wait));
                continue;
            }
            if let Some(deadline) = self.sched.next_deadline() {
                if let Some(u) = self.config.until {
                    if deadline > u.as_nanos() as u64 {
                        if self.sched.is_virtual() {
                            self.sched.clock.jump_to(u.as_nanos() as u64, self.sched.instructions());
                        } else {
                            self.sleep_until(u.as_nanos() as u64);
                        }
                        self.check_until();
                        continue;
                    }
                }
                if self.under_baton() || (!self.sched.is_virtual() && self.process.me.is_some()) {
                    // Other processes may run (or wake us) before the timer.
                    self.process_wait_external(Some(deadline));
                } else if self.sched.is_virtual() {
                    self.sched.clock.jump_to(deadline, self.sched.instructions());
                } else {
                    self.sleep_until(deadline);
                }
                continue;
            }
            if self.threads.iter().any(|t| t.state == ThreadState::Runnable && !t.parked_at_boundary) {
                // Only threads parked behind native calls: let them through.
                continue;
            }
            if self.process_wait_external(None) {
                continue;
            }
            // Nobody can run, no timer will fire: a deadlock.
            let report = self.deadlock_report();
            self.exit_request = Some(ExitRequest::Deadlock(report));
            return Ok(false);
        }
    }

    /// Threads set aside behind an inner native call go back in the queue.
    #[inline]
    fn unpark(&mut self) {
        if !self.parked.is_empty() {
            let parked = std::mem::take(&mut self.parked);
            self.sched.run_queue.extend(parked);
        }
    }

    fn sleep_until(&mut self, deadline: u64) {
        let now = self.now_ns();
        if deadline > now {
            let d = std::time::Duration::from_nanos(deadline - now);
            // Sleep in short steps so Ctrl-C, interrupts and timeouts are noticed.
            let step = std::time::Duration::from_millis(10);
            std::thread::sleep(d.min(step));
        }
    }

    /// The main thread has ended and no non-daemon thread is alive.
    fn run_finished(&self) -> bool {
        if self.threads[0].state != ThreadState::Finished {
            return false;
        }
        !self.threads.iter().skip(1).any(|t| t.state != ThreadState::Finished && !t.daemon)
    }

    /// A thread's bottom frame returned or raised.
    pub(crate) fn thread_finished(&mut self, t: ThreadId, r: PyResult<Value>) {
        if t == 0 && self.exit_request.is_none() {
            if let Err(PyErr::Exception(e)) = &r {
                // Show the main thread's traceback now, as CPython does
                // before waiting for the other threads, and while the thread
                // can still run Python code (an exception's own __str__).
                self.main_exception = Some(e.clone());
                self.report_main_exception();
            }
        }
        self.threads[t].state = ThreadState::Finished;
        // (Finished threads stay in the table: free what they held.)
        self.threads[t].frames = Vec::new();
        self.emit_event(t, crate::events::EventKind::Release(ReleaseReason::Ended));
        match r {
            Ok(_) => {}
            Err(PyErr::Exception(e)) => {
                if t == 0 {
                    if self.exit_request.is_some() {
                        self.main_exception = Some(e);
                    }
                } else if self.exit_request.is_none() {
                    self.report_thread_exception(t, e);
                }
            }
            Err(PyErr::Blocked) => {}
        }
        if t == 0 && self.exit_request.is_none() {
            // Show the main thread's traceback now, as CPython does before
            // waiting for the other threads.
            self.report_main_exception();
        }
        // Wake joiners.
        if let Some(end) = self.threads[t].end.take() {
            let joiners = end.joiners.take();
            for j in joiners {
                if self.blocked_on(j, Rc::as_ptr(&end) as *const u8) {
                    self.wake(j, Ok(Value::None));
                }
            }
        }
    }

    /// Is thread `t` blocked waiting on the object at `obj`? (A waiter list
    /// may still name a thread an interrupt or a stop took away.)
    pub fn blocked_on(&self, t: ThreadId, obj: *const u8) -> bool {
        let th = &self.threads[t];
        th.state == ThreadState::Blocked
            && th.wait.as_ref().and_then(|w| w.object.as_ref()).map_or(false, |o| Rc::as_ptr(o) as *const u8 == obj)
    }

    /// `join` of thread `t` from the current thread: `Ok(true)` at once when
    /// it has ended; else park until it ends or `deadline` (absolute clock
    /// time) passes, when the join returns false. Without a deadline and
    /// `block` false, or with one that has passed, return false at once.
    pub fn join_thread(&mut self, t: ThreadId, block: bool, deadline: Option<u64>) -> PyResult<Value> {
        if t >= self.threads.len() || self.threads[t].state == ThreadState::Finished {
            return Ok(Value::Bool(true));
        }
        if !block || deadline.map_or(false, |d| self.now_ns() >= d) {
            return Ok(Value::Bool(false));
        }
        let end = match &self.threads[t].end {
            Some(e) => e.clone(),
            None => {
                let e = Rc::new(ThreadEnd { thread: t, what: format!("{} to end", self.threads[t].name), joiners: Default::default() });
                self.threads[t].end = Some(e.clone());
                e
            }
        };
        end.joiners.borrow_mut().push(self.current);
        Err(self.block_until(WaitReason::Join, Some(end), deadline, Value::Bool(false)))
    }

    /// An exception escaped a thread started by `_thread.start_new_thread`
    /// (threading's threads catch their own and call excepthook).
    fn report_thread_exception(&mut self, t: ThreadId, e: Value) {
        if self.is_instance_of(&e, "SystemExit") {
            return;
        }
        let func = self.threads[t].raw_func.clone();
        let mut text = String::new();
        if let Some(f) = func {
            let r = self.repr(&f).unwrap_or_default();
            text.push_str(&format!("Exception ignored in thread started by: {}\n", r));
        }
        text.push_str(&self.format_exception(&e));
        self.write_stderr(&text);
    }

    /// Run other threads until the current one, blocked inside a native call
    /// made from native code, is woken; return that call's result.
    pub(crate) fn wait_blocked_nested(&mut self) -> PyResult<Value> {
        let t = self.current;
        self.threads[t].native_wait = true;
        self.threads[t].nested += 1;
        let r = self.schedule_next(Some(t)).and_then(|more| {
            if !more {
                return Ok(LoopEnd::AllDone);
            }
            self.run_loop(Some(t))
        });
        self.threads[t].nested -= 1;
        self.threads[t].native_wait = false;
        if self.current != t {
            self.switch_to(t);
        }
        r?;
        if let Some(then) = self.threads[t].resume.take() {
            return match then(self) {
                Err(PyErr::Blocked) => self.wait_blocked_nested(),
                r => r,
            };
        }
        match self.threads[t].pending.take() {
            Some(r) => r,
            None => Err(self.interrupted_error()),
        }
    }

    /// The error that unwinds native code when the run is stopping.
    pub(crate) fn interrupted_error(&mut self) -> PyErr {
        self.new_exception("SystemExit", "")
    }

    /// Describe every blocked thread and the wait-for cycle.
    pub fn deadlock_report(&mut self) -> String {
        let mut out = String::from("pygil: deadlock: no thread can run, no timer is pending\n");
        let mut edges: Vec<(usize, Option<usize>)> = Vec::new();
        for (i, t) in self.threads.iter().enumerate() {
            if t.state != ThreadState::Blocked {
                continue;
            }
            let w = match &t.wait {
                Some(w) => w,
                None => continue,
            };
            let what = w.object.as_ref().map(|o| o.describe()).unwrap_or_else(|| w.reason.name().to_string());
            let holder = w.object.as_ref().and_then(|o| o.holder());
            let names_holder = w.object.as_ref().map_or(false, |o| o.describe_names_holder());
            let held = match holder {
                Some(_) if names_holder => String::new(),
                Some(h) if h < self.threads.len() => format!(", held by {}", self.threads[h].name),
                // Held by a thread of the parent when this process forked.
                Some(_) => ", held by a thread that does not exist in this process".to_string(),
                None => String::new(),
            };
            out.push_str(&format!("  {} is blocked at {} waiting for {}{}\n", t.name, w.site.render(), what, held));
            edges.push((i, holder));
        }
        // Follow holder edges from each blocked thread; report each cycle once.
        let mut seen_cycles: Vec<Vec<usize>> = Vec::new();
        for &(start, _) in &edges {
            let mut path = vec![start];
            let mut cur = start;
            while let Some(n) = edges.iter().find(|e| e.0 == cur).and_then(|e| e.1) {
                if let Some(pos) = path.iter().position(|&p| p == n) {
                    let mut cycle = path[pos..].to_vec();
                    let mut key = cycle.clone();
                    key.sort_unstable();
                    if !seen_cycles.contains(&key) {
                        seen_cycles.push(key);
                        cycle.push(n);
                        let names: Vec<String> = cycle.iter().map(|&i| self.threads[i].name.clone()).collect();
                        out.push_str(&format!("  wait-for cycle: {}\n", names.join(" -> ")));
                    }
                    break;
                }
                path.push(n);
                cur = n;
            }
        }
        out
    }

    /// `file:line` of the native call being made (for reports).
    pub fn native_site_string(&self) -> String {
        match &self.native_site {
            Some((code, pc)) => format!("{}:{}", short_path(&code.filename), code.code.line_of(*pc)),
            None => "?".to_string(),
        }
    }

    /// The code run as a thread's bottom frame: `func(*args, **kwargs)`.
    fn bootstrap_code(&mut self) -> Rc<crate::objects::CodeRef> {
        if let Some(c) = &self.bootstrap {
            return c.clone();
        }
        use crate::bytecode::{CodeKind, CodeObject, Instr};
        let instrs = vec![Instr::LoadFast(0), Instr::LoadFast(1), Instr::LoadFast(2), Instr::CallEx(1), Instr::ReturnValue];
        let code = CodeObject {
            name: "<thread>".into(),
            qualname: "<thread>".into(),
            filename: "<pygil>".into(),
            firstlineno: 0,
            kind: CodeKind::Function,
            argcount: 3,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            is_generator: false,
            docstring: None,
            locs: vec![Default::default(); instrs.len()],
            instructions: instrs,
            consts: vec![],
            names: vec![],
            varnames: vec!["func".into(), "args".into(), "kwargs".into()],
            cellvars: vec![],
            freevars: vec![],
            cell2arg: vec![],
            max_stack: 4,
        };
        let c = self.load_code(std::sync::Arc::new(code));
        self.bootstrap = Some(c.clone());
        c
    }
}

/// The file name as shown in reports: the last path component.
pub fn short_path(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}
