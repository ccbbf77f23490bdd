//! Stopping a running interpreter from another OS thread.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Stops a running interpreter from any OS thread (it is `Send + Sync` and
/// cheap to clone). Each interpreter has its own; interrupting one never
/// touches another.
///
/// The interpreter notices within a few milliseconds: between bytecode
/// instructions (polled at least every 1000), while all its threads sleep,
/// and while it waits for blocking host calls. The run then ends with
/// `KeyboardInterrupt: interrupted by the host`, which Python code cannot
/// catch, and exit status 130. A long single native operation (sorting a
/// huge list, one big `str.join`) finishes first. An interrupt sent while
/// nothing runs stops the next run, call or eval at once.
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    pub(crate) flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Ask the interpreter to stop.
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::SeqCst);
    }

    /// Has an interrupt been asked for and not yet acted on?
    pub fn is_pending(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}
