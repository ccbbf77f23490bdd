//! The processes of one run: pids, exit codes, and under the virtual clock
//! the baton.
//!
//! Real clock: every process runs on its own OS thread, in parallel.
//! Virtual clock: they run on their own OS threads too, but only the holder
//! of the baton executes. It is passed round-robin every `QUANTUM`
//! instructions, and when its holder waits; when every process waits, the
//! one with the earliest timer gets it and the shared virtual time jumps
//! there. Who runs when is then a function of instruction counts only, so
//! the output is byte-identical from run to run.

use super::Inbox;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Condvar, Mutex};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PState {
    Ready,
    /// Waiting: for a timer at this virtual time, or for another process.
    Idle(Option<u64>),
    Done,
}

/// One process as the others see it.
pub struct ProcShared {
    pub pid: i64,
    pub ppid: i64,
    /// Position in the world's table (baton order).
    pub index: usize,
    pub inbox: Arc<Inbox>,
    /// The exit code a signal asked for (-15 terminate, -9 kill), or 0.
    pub terminate: AtomicI32,
    pub daemon: AtomicBool,
    exit: Mutex<Option<i32>>,
    /// Threads of other processes waiting for this one to end (join).
    waiters: Mutex<Vec<super::shared::Waiter>>,
    world: std::sync::Weak<World>,
}

impl ProcShared {
    pub fn exitcode(&self) -> Option<i32> {
        *self.exit.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// The process ended: record its status, wake whoever joins it.
    pub fn finish(&self, code: i32) {
        *self.exit.lock().unwrap_or_else(|e| e.into_inner()) = Some(code);
        let ws = std::mem::take(&mut *self.waiters.lock().unwrap_or_else(|e| e.into_inner()));
        for w in ws {
            w.inbox.notify(w.tid);
        }
        if let Some(w) = self.world.upgrade() {
            w.finished(self.index);
        }
    }
    /// Register a joiner; false when the process has already ended.
    pub fn add_waiter(&self, w: super::shared::Waiter) -> bool {
        let ex = self.exit.lock().unwrap_or_else(|e| e.into_inner());
        if ex.is_some() {
            return false;
        }
        self.waiters.lock().unwrap_or_else(|e| e.into_inner()).push(w);
        true
    }
    pub fn remove_waiter(&self, inbox: &Arc<Inbox>, tid: usize) {
        self.waiters.lock().unwrap_or_else(|e| e.into_inner()).retain(|w| !(Arc::ptr_eq(&w.inbox, inbox) && w.tid == tid));
    }
    /// SIGTERM: the process stops at its next slice end or wake-up.
    pub fn request_terminate(&self) {
        self.signal(-15);
    }
    /// SIGTERM (-15) or SIGKILL (-9): the exit code the process ends with.
    pub fn signal(&self, code: i32) {
        if self.exitcode().is_none() {
            let _ = self.terminate.compare_exchange(0, code, Ordering::AcqRel, Ordering::Acquire);
            self.inbox.notify(usize::MAX);
        }
    }
}

struct WorldState {
    procs: Vec<(Arc<ProcShared>, PState)>,
    holder: usize,
    time: u64,
    next_pid: i64,
}

pub struct World {
    m: Mutex<WorldState>,
    cv: Condvar,
    /// Processes are interleaved by the baton (virtual clock).
    pub baton: bool,
}

pub fn root_pid(vm: &Vm) -> i64 {
    if vm.config.deterministic {
        1000
    } else {
        std::process::id() as i64
    }
}

pub fn root_ppid(vm: &Vm) -> i64 {
    if vm.config.deterministic {
        999
    } else {
        std::os::unix::process::parent_id() as i64
    }
}

impl World {
    /// The world of a run, with the interpreter that first forks as its root.
    pub fn new_root(vm: &Vm) -> (Arc<World>, Arc<ProcShared>) {
        let pid = root_pid(vm);
        let world = Arc::new(World {
            m: Mutex::new(WorldState { procs: Vec::new(), holder: 0, time: 0, next_pid: pid + 1 }),
            cv: Condvar::new(),
            baton: vm.sched.is_virtual(),
        });
        let me = Arc::new(ProcShared {
            pid,
            ppid: root_ppid(vm),
            index: 0,
            inbox: Arc::new(Inbox::new()),
            terminate: AtomicI32::new(0),
            daemon: AtomicBool::new(false),
            exit: Mutex::new(None),
            waiters: Mutex::new(Vec::new()),
            world: Arc::downgrade(&world),
        });
        if world.baton {
            *me.inbox.world.lock().unwrap_or_else(|e| e.into_inner()) = Some((world.clone(), 0));
        }
        world.lock().procs.push((me.clone(), PState::Ready));
        (world, me)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, WorldState> {
        self.m.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new process, child of `parent`, ready to run.
    pub fn add_child(self: &Arc<Self>, vm: &Vm, parent: &ProcShared) -> Arc<ProcShared> {
        let mut w = self.lock();
        let pid = w.next_pid;
        // Real pids are not consecutive; look like them without clashing.
        w.next_pid += if vm.config.deterministic { 1 } else { 7 };
        let index = w.procs.len();
        let p = Arc::new(ProcShared {
            pid,
            ppid: parent.pid,
            index,
            inbox: Arc::new(Inbox::new()),
            terminate: AtomicI32::new(0),
            daemon: AtomicBool::new(false),
            exit: Mutex::new(None),
            waiters: Mutex::new(Vec::new()),
            world: Arc::downgrade(self),
        });
        if self.baton {
            *p.inbox.world.lock().unwrap_or_else(|e| e.into_inner()) = Some((self.clone(), index));
        }
        w.procs.push((p.clone(), PState::Ready));
        p
    }

    /// Another process posted a wake-up for process `i`.
    pub fn make_ready(&self, i: usize) {
        let mut w = self.lock();
        if let Some(e) = w.procs.get_mut(i) {
            if matches!(e.1, PState::Idle(_)) {
                e.1 = PState::Ready;
            }
        }
        self.cv.notify_all();
    }

    fn finished(&self, i: usize) {
        let mut w = self.lock();
        if let Some(e) = w.procs.get_mut(i) {
            e.1 = PState::Done;
        }
        if self.baton && w.holder == i {
            Self::choose(&mut w, i);
        }
        self.cv.notify_all();
    }

    /// Pick the next holder after `me`. True when nobody is ready and no
    /// timer is pending (the holder is then `me`, or any live process).
    fn choose(w: &mut WorldState, me: usize) -> bool {
        // Timers due by the shared time make their process ready.
        let now = w.time;
        for p in w.procs.iter_mut() {
            if matches!(p.1, PState::Idle(Some(d)) if d <= now) {
                p.1 = PState::Ready;
            }
        }
        let n = w.procs.len();
        for k in 1..=n {
            let i = (me + k) % n;
            if w.procs[i].1 == PState::Ready {
                w.holder = i;
                return false;
            }
        }
        let mut best: Option<(u64, usize)> = None;
        for (i, p) in w.procs.iter().enumerate() {
            if let PState::Idle(Some(d)) = p.1 {
                if best.map_or(true, |b| d < b.0) {
                    best = Some((d, i));
                }
            }
        }
        if let Some((d, i)) = best {
            w.time = w.time.max(d);
            w.procs[i].1 = PState::Ready;
            w.holder = i;
            return false;
        }
        w.holder = if w.procs.get(me).map_or(false, |p| p.1 != PState::Done) {
            me
        } else {
            w.procs.iter().position(|p| p.1 != PState::Done).unwrap_or(usize::MAX)
        };
        true
    }

    /// Pass the baton in state `st` at local time `now`; wait until it comes
    /// back. Returns the world's time and whether it came back because
    /// nothing else could happen.
    pub fn pass(&self, me: usize, st: PState, now: u64) -> (u64, bool) {
        let mut w = self.lock();
        w.time = w.time.max(now);
        // A wake-up posted while we ran makes us ready at once.
        let st = if matches!(st, PState::Idle(_)) && w.procs[me].0.inbox.has_news() { PState::Ready } else { st };
        w.procs[me].1 = st;
        let mut stuck = Self::choose(&mut w, me);
        self.cv.notify_all();
        while w.holder != me {
            w = self.cv.wait(w).unwrap_or_else(|e| e.into_inner());
            if w.holder == usize::MAX || (w.holder != me && w.procs[w.holder].1 == PState::Done) {
                // The holder ended without passing: choose again.
                let h = if w.holder == usize::MAX { me } else { w.holder };
                stuck = Self::choose(&mut w, h);
                self.cv.notify_all();
            } else {
                stuck = false;
            }
        }
        if w.procs[me].1 != PState::Done {
            w.procs[me].1 = PState::Ready;
        }
        (w.time, stuck)
    }

    /// A new child waits for its first turn.
    pub fn acquire(&self, me: usize) -> u64 {
        let mut w = self.lock();
        while w.holder != me {
            w = self.cv.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        w.time
    }
}

/// An interpreter moving to its own OS thread.
///
/// SAFETY: a `Vm` is `!Send` because of its `Rc`s. A forked `Vm` is built
/// by `clone::fork_vm` from fresh allocations only (the identity memo never
/// hands out a parent `Rc`), and there are no thread-local or static `Rc`
/// caches in pygil (interned names live in the `Vm`). What it shares with
/// its parent is `Arc`s of thread-safe objects (`Mutex`-guarded queues,
/// process entries, the output streams) and immutable `Arc<CodeObject>`s.
/// So no `Rc` is ever reachable from two OS threads.
pub struct SendVm(pub Vm);

// What a child does share with its parent must be thread-safe.
const _: () = {
    const fn shareable<T: Send + Sync>() {}
    shareable::<crate::bytecode::CodeObject>();
    shareable::<ProcShared>();
    shareable::<World>();
};
const _: () = {
    const fn sendable<T: Send>() {}
    sendable::<super::sendable::SendValue>();
    sendable::<super::shared::SharedObj>();
};
unsafe impl Send for SendVm {}

impl SendVm {
    pub fn into_inner(self) -> Vm {
        self.0
    }
}

/// The OS thread of a child process: run it, record its exit status.
pub fn child_main(mut vm: Vm) {
    let me = vm.process.me.clone().expect("child process entry");
    if let Some(w) = vm.process.world.clone() {
        if w.baton {
            let t = w.acquire(me.index);
            let n = vm.sched.instructions();
            vm.sched.clock.jump_to(t, n);
        }
    }
    let code = vm.run_child();
    vm.flush();
    // Drop the heap on this thread, before anyone can see the exit status.
    drop(vm);
    me.finish(code);
}
