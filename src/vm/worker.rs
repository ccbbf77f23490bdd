//! Blocking work that pygil cannot simulate (a host function that waits on
//! the network, a slow computation in Rust) runs on a worker OS thread
//! while the calling VM thread is parked with `WaitReason::Io`: the GIL is
//! released, as CPython releases it around blocking C calls, and the other
//! VM threads keep running. The result comes back over a crossbeam channel
//! and is turned into a Python value on the interpreter's own OS thread
//! (values are `Rc`-based and never cross threads).
//!
//! Under the virtual clock a blocking call takes no virtual time: when
//! nothing else can run, the scheduler waits for in-flight calls before it
//! jumps the clock to the next timer.

use super::thread::{ThreadId, WaitReason};
use super::{PyErr, PyResult, Vm};
use crate::value::Value;
use crossbeam_channel::{Receiver, Sender};
use std::time::Duration;

/// Turns a worker's result into the blocked call's return value; runs on
/// the interpreter's thread.
pub type Completion = Box<dyn FnOnce(&mut Vm) -> PyResult<Value> + Send>;

/// A job for a worker thread: does the blocking part, returns the completion.
pub type Job = Box<dyn FnOnce() -> Completion + Send>;

pub struct Workers {
    tx: Sender<(ThreadId, Completion)>,
    rx: Receiver<(ThreadId, Completion)>,
    /// Jobs started and not yet delivered.
    pub in_flight: usize,
}

impl Default for Workers {
    fn default() -> Self {
        let (tx, rx) = crossbeam_channel::unbounded();
        Workers { tx, rx, in_flight: 0 }
    }
}

impl Vm {
    /// Run `job` on a new OS thread and park the current VM thread until it
    /// is done; the native returns the error this gives (`Blocked`).
    pub fn block_on_worker(&mut self, job: Job) -> PyErr {
        let tx = self.workers.tx.clone();
        let t = self.current;
        let spawned = std::thread::Builder::new().name("pygil-worker".into()).spawn(move || {
            // A panicking job must not take the interpreter down with it.
            let c = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
                Ok(c) => c,
                Err(p) => {
                    let msg = panic_message(&p);
                    Box::new(move |vm: &mut Vm| Err(vm.new_exception("RuntimeError", &format!("host function panicked: {}", msg)))) as Completion
                }
            };
            let _ = tx.send((t, c));
        });
        if let Err(e) = spawned {
            return self.new_exception("RuntimeError", &format!("can't start worker thread: {}", e));
        }
        self.workers.in_flight += 1;
        self.block_current(WaitReason::Io, None, None, Value::None)
    }

    /// Deliver finished worker jobs to their threads; with `wait`, block up
    /// to that long for the first one. True if any was delivered.
    pub(crate) fn poll_workers(&mut self, wait: Option<Duration>) -> bool {
        if self.workers.in_flight == 0 {
            return false;
        }
        let first = match wait {
            Some(d) => self.workers.rx.recv_timeout(d).ok(),
            None => self.workers.rx.try_recv().ok(),
        };
        let mut got = false;
        let mut next = first;
        while let Some((t, c)) = next {
            got = true;
            self.workers.in_flight -= 1;
            // A thread stopped meanwhile (interrupt) ignores its result.
            self.wake_resume(t, Box::new(move |vm: &mut Vm| c(vm)));
            next = self.workers.rx.try_recv().ok();
        }
        got
    }
}

/// The text of a panic payload.
pub fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
