//! Heap accounting for the `max_heap` limit.
//!
//! Rust gives a library no way to see its own allocations, so the limit
//! relies on [`CountingAlloc`], a wrapper around the system allocator that
//! the host (or the `pygil` binary) installs as `#[global_allocator]`. It
//! counts, per OS thread, bytes allocated minus bytes freed. An interpreter
//! runs on one OS thread, so that count, taken from when the interpreter was
//! created, approximates its heap. It is approximate: memory freed on another
//! thread, or allocated by a worker thread for a blocking call, is not
//! attributed to the interpreter, and two interpreters used alternately on one
//! OS thread share a count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    /// Bytes allocated minus bytes freed on this OS thread.
    static BYTES: Cell<isize> = const { Cell::new(0) };
}

/// The system allocator, counting bytes per OS thread. Install it in the
/// host binary to enable [`Limits::max_heap`](crate::embed::Limits):
///
/// ```
/// #[global_allocator]
/// static ALLOC: pygil::embed::CountingAlloc = pygil::embed::CountingAlloc;
/// # fn main() {}
/// ```
pub struct CountingAlloc;

fn count(delta: isize) {
    // `try_with`: during thread teardown the slot may be gone; skip then.
    let _ = BYTES.try_with(|b| b.set(b.get().wrapping_add(delta)));
}

// SAFETY: forwards to `System`, only adding bookkeeping that never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Bytes allocated minus freed on the calling OS thread (0 without
/// [`CountingAlloc`]).
pub fn thread_bytes() -> isize {
    BYTES.try_with(|b| b.get()).unwrap_or(0)
}

/// Is [`CountingAlloc`] the global allocator? (A test allocation moves the
/// count only if it is.)
pub fn counting_installed() -> bool {
    let before = thread_bytes();
    let probe = std::hint::black_box(Box::new([0u8; 64]));
    let moved = thread_bytes() != before;
    drop(probe);
    moved
}
