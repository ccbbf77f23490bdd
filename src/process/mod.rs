//! Processes: separate interpreters, each with its own heap and GIL.
//!
//! - `clone`: fork, a deep copy of the heap into a new `Vm`;
//! - `world`: the table of processes of one run, pids, and under the
//!   virtual clock the baton that interleaves them deterministically;
//! - `shared`: objects shared between processes (queues, semaphores,
//!   process handles) and how a VM thread blocks on them;
//! - `sendable`: the pickle boundary (values crossing processes are copied
//!   into a `Send` form and rebuilt on the other side).
//!
//! See docs/processes.md.

pub mod clone;
pub mod sendable;
pub mod shared;
pub mod world;

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use shared::Waiter;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
pub use world::{ProcShared, World};

/// Where other processes post wake-ups for this interpreter's threads.
pub struct Inbox {
    woken: Mutex<Vec<usize>>,
    cv: Condvar,
    any: AtomicBool,
    /// Under the baton: (world, index) to mark this process ready.
    pub world: Mutex<Option<(Arc<World>, usize)>>,
}

impl Inbox {
    pub fn new() -> Inbox {
        Inbox { woken: Mutex::new(Vec::new()), cv: Condvar::new(), any: AtomicBool::new(false), world: Mutex::new(None) }
    }
    /// Wake VM thread `tid` of this process (or just the process: usize::MAX).
    pub fn notify(&self, tid: usize) {
        self.woken.lock().unwrap_or_else(|e| e.into_inner()).push(tid);
        self.any.store(true, Ordering::Release);
        self.cv.notify_all();
        let w = self.world.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some((world, idx)) = w {
            world.make_ready(idx);
        }
    }
    pub fn has_news(&self) -> bool {
        self.any.load(Ordering::Acquire)
    }
    fn take(&self) -> Vec<usize> {
        let mut g = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        self.any.store(false, Ordering::Release);
        std::mem::take(&mut *g)
    }
    /// Real clock: sleep until a wake-up arrives or `d` passes.
    fn wait(&self, d: Duration) {
        let g = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        if g.is_empty() {
            let _ = self.cv.wait_timeout(g, d);
        }
    }
}

impl Default for Inbox {
    fn default() -> Self {
        Inbox::new()
    }
}

/// A blocked call to retry when the thread is woken by another process.
pub type Retry = Box<dyn FnOnce(&mut Vm) -> PyResult<Value>>;

/// The per-interpreter process state (a field of `Vm`).
#[derive(Default)]
pub struct ProcessCtx {
    /// Set when this interpreter first forks, or when it is a child.
    pub world: Option<Arc<World>>,
    /// This process's entry (pid, exit code, terminate flag, inbox).
    pub me: Option<Arc<ProcShared>>,
    pub children: Vec<Arc<ProcShared>>,
    /// Threads blocked on process-shared objects, and how to retry.
    pub external: HashSet<usize>,
    pub retry: HashMap<usize, Retry>,
    /// `os.fork()` was called by this thread: fork at the next hand-over.
    pub fork_request: Option<usize>,
    /// Instructions executed when the baton was last passed.
    pub last_pass: u64,
    /// Set when this interpreter is a child started by fork.
    pub is_child: bool,
    /// stdout and stderr, shared with the children once one exists.
    pub streams: Option<shared::Streams>,
}

/// Instructions a process runs before it passes the baton (virtual clock).
const QUANTUM: u64 = 2000;

impl Vm {
    /// The inbox of this interpreter (creating the world on first use).
    pub fn process_me(&mut self) -> Arc<ProcShared> {
        if self.process.me.is_none() {
            let (world, me) = World::new_root(self);
            self.process.world = Some(world);
            self.process.me = Some(me);
        }
        self.process.me.clone().expect("process entry")
    }

    pub fn pid(&self) -> i64 {
        match &self.process.me {
            Some(m) => m.pid,
            None => world::root_pid(self),
        }
    }
    pub fn ppid(&self) -> i64 {
        match &self.process.me {
            Some(m) => m.ppid,
            None => world::root_ppid(self),
        }
    }

    /// Park the current thread on a process-shared object; `retry` runs
    /// when another process wakes it (it may block again).
    pub fn block_external(&mut self, waitable: Option<Rc<dyn crate::vm::thread::Waitable>>, deadline: Option<u64>, timeout_result: Value, retry: Retry) -> PyErr {
        let t = self.current;
        let e = self.block_until(crate::vm::thread::WaitReason::Queue, waitable, deadline, timeout_result);
        self.process.external.insert(t);
        self.process.retry.insert(t, retry);
        e
    }

    /// Who to wake: this thread of this process.
    pub fn waiter(&mut self) -> Waiter {
        let me = self.process_me();
        Waiter { inbox: me.inbox.clone(), tid: self.current }
    }

    /// Take the wake-ups other processes posted. Cheap when there are none.
    pub(crate) fn process_drain(&mut self) {
        let me = match &self.process.me {
            Some(m) => m.clone(),
            None => return,
        };
        let signal = me.terminate.load(Ordering::Acquire);
        if signal != 0 && self.exit_request.is_none() {
            self.exit_request = Some(crate::vm::thread::ExitRequest::Exit(signal));
        }
        if !me.inbox.has_news() {
            return;
        }
        for tid in me.inbox.take() {
            if tid >= self.threads.len() || !self.process.external.contains(&tid) {
                continue;
            }
            if self.threads[tid].state != crate::vm::thread::ThreadState::Blocked {
                continue;
            }
            if let Some(r) = self.process.retry.remove(&tid) {
                self.process.external.remove(&tid);
                self.wake_resume(tid, r);
            }
        }
    }

    /// At the end of a slice: wake-ups, terminate, and under the baton a
    /// turn for the other processes. True when the run must stop.
    pub(crate) fn process_poll(&mut self) -> bool {
        if self.process.me.is_none() {
            return false;
        }
        self.process_drain();
        if self.exit_request.is_some() {
            return true;
        }
        if let Some(w) = self.process.world.clone() {
            if w.baton {
                let n = self.sched.instructions();
                if n - self.process.last_pass >= QUANTUM {
                    self.process.last_pass = n;
                    self.pass_baton(world::PState::Ready);
                    self.process_drain();
                }
            }
        }
        self.exit_request.is_some()
    }

    /// Give the baton to another process and wait for it to come back; the
    /// clock catches up with the world's. True when nothing can ever wake
    /// this process (every process waits without a timer).
    pub(crate) fn pass_baton(&mut self, st: world::PState) -> bool {
        let (w, me) = match (&self.process.world, &self.process.me) {
            (Some(w), Some(m)) => (w.clone(), m.index),
            _ => return false,
        };
        let now = self.now_ns();
        let (t, stuck) = w.pass(me, st, now);
        let n = self.sched.instructions();
        self.sched.clock.jump_to(t, n);
        stuck
    }

    /// No thread can run and none has a timer: are some waiting for other
    /// processes? Then wait for them (true) instead of reporting a deadlock.
    pub(crate) fn process_wait_external(&mut self, deadline: Option<u64>) -> bool {
        let threads = &self.threads;
        self.process.external.retain(|&t| t < threads.len() && threads[t].state == crate::vm::thread::ThreadState::Blocked);
        if self.process.external.is_empty() && deadline.is_none() {
            return false;
        }
        let w = match self.process.world.clone() {
            Some(w) => w,
            None => return false,
        };
        if w.baton {
            let stuck = self.pass_baton(world::PState::Idle(deadline));
            self.process_drain();
            if stuck && deadline.is_none() && !self.threads.iter().any(|t| t.is_runnable()) {
                return false;
            }
        } else {
            let me = self.process_me();
            let d = match deadline {
                Some(dl) => Duration::from_nanos(dl.saturating_sub(self.now_ns())).min(Duration::from_millis(50)),
                None => Duration::from_millis(50),
            };
            me.inbox.wait(d);
            self.process_drain();
        }
        true
    }

    /// Is the baton in use (virtual clock with other processes)?
    pub(crate) fn under_baton(&self) -> bool {
        self.process.world.as_ref().map_or(false, |w| w.baton)
    }

    /// Before the interpreter ends: terminate daemonic children, wait for
    /// the others (a forked child outlives nobody: its output is awaited).
    pub(crate) fn wait_children_at_exit(&mut self, kill_all: bool) {
        let children = self.process.children.clone();
        for c in &children {
            if kill_all || c.daemon.load(Ordering::Acquire) {
                c.request_terminate();
            }
        }
        loop {
            if children.iter().all(|c| c.exitcode().is_some()) {
                break;
            }
            let me = self.process_me();
            if self.under_baton() {
                if self.pass_baton(world::PState::Idle(None)) {
                    // Nothing can end them: stop them.
                    for c in &children {
                        c.request_terminate();
                    }
                }
            } else {
                me.inbox.wait(Duration::from_millis(20));
            }
            me.inbox.take();
            if crate::gil::interrupt::take_interrupt() {
                for c in &children {
                    c.request_terminate();
                }
            }
        }
    }

    /// `os.fork()` asked for at a hand-over point, with every frame of the
    /// forking thread back on its stack: copy the interpreter, start the
    /// copy, and return the child's pid to the parent.
    pub(crate) fn do_fork(&mut self, t: usize) -> PyResult<i64> {
        let me = self.process_me();
        let world = self.process.world.clone().expect("world");
        // Make the output streams shareable by both interpreters.
        shared::share_streams(self);
        let child = world.add_child(self, &me);
        let mut vm = clone::fork_vm(self, t, child.clone());
        vm.process.world = Some(world.clone());
        vm.process.me = Some(child.clone());
        vm.process.is_child = true;
        vm.process.streams = self.process.streams.clone();
        self.process.children.push(child.clone());
        // The parent's quantum starts again at the fork, so a process's turns
        // do not depend on how much code ran before it.
        self.process.last_pass = self.sched.instructions();
        let send = world::SendVm(vm);
        let spawned = std::thread::Builder::new().name(format!("pygil-pid-{}", child.pid)).stack_size(256 << 20).spawn(move || {
            // A method call moves the whole wrapper (not its !Send field).
            world::child_main(send.into_inner());
        });
        if spawned.is_err() {
            child.finish(1);
            return Err(self.new_exception("OSError", "[Errno 11] Resource temporarily unavailable"));
        }
        Ok(child.pid)
    }
}


impl Vm {
    /// A forked interpreter's run: its main thread goes on from the fork.
    /// Returns its exit status (as the parent's `waitpid` reports it).
    pub(crate) fn run_child(&mut self) -> i32 {
        self.sched.reset_slice();
        let _ = self.run_loop(None);
        let kill_all = self.exit_request.is_some();
        let status = match self.exit_request.clone() {
            Some(crate::vm::thread::ExitRequest::Exit(c)) => c,
            Some(crate::vm::thread::ExitRequest::Deadlock(report)) => {
                self.report_main_exception();
                self.write_stderr(&report);
                crate::vm::interp::EXIT_DEADLOCK
            }
            Some(crate::vm::thread::ExitRequest::Until) => -15,
            Some(crate::vm::thread::ExitRequest::Interrupted) => 130,
            Some(crate::vm::thread::ExitRequest::Limit { message, .. }) => {
                self.write_stderr(&format!("pygil: {}\n", message));
                crate::vm::interp::EXIT_LIMIT
            }
            None => {
                self.report_main_exception();
                self.exit_code
            }
        };
        self.flush();
        self.wait_children_at_exit(kill_all);
        self.flush();
        status
    }
}
