//! Ctrl-C: SIGINT sets a flag the scheduler checks at every slice end and
//! while it sleeps; the main thread then raises KeyboardInterrupt, as in
//! CPython (only under the real clock, and only for the `pygil` command,
//! which installs the handler).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

#[cfg(unix)]
extern "C" fn on_sigint(_sig: i32) {
    // Only an atomic store: async-signal-safe.
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Route SIGINT to the interpreter instead of killing the process.
pub fn install_sigint_handler() {
    #[cfg(unix)]
    {
        extern "C" {
            fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
        }
        const SIGINT: i32 = 2;
        // SAFETY: installs a handler that only stores to an atomic.
        unsafe {
            signal(SIGINT, on_sigint);
        }
    }
}

/// True once per Ctrl-C.
pub fn take_interrupt() -> bool {
    // A plain load first: the swap (a locked instruction) only after a Ctrl-C.
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::SeqCst)
}
