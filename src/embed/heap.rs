//! Heap accounting for the `max_heap` limit.
//!
//! Rust gives a library no way to see its own allocations, so the limit
//! relies on [`CountingAlloc`], a wrapper around the system allocator that
//! the host (or the `pygil` binary) installs as `#[global_allocator]`. It
//! counts, per OS thread, bytes allocated minus bytes freed. An interpreter
//! runs on one OS thread at a time, so that count, taken from when the
//! interpreter was created, approximates its heap; a [`HeapMeter`] carries
//! it over when the interpreter moves to another OS thread. It is
//! approximate: memory freed on another thread, or allocated by a worker
//! thread for a blocking call, is not attributed to the interpreter, and two
//! interpreters used alternately on one OS thread share a count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::thread::ThreadId;

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

/// An interpreter's heap count, following the interpreter from OS thread
/// to OS thread (`Interpreter` is `Send`). The count on the current thread
/// is taken relative to a base; on the first reading after a move, the
/// last reading on the old thread is carried over and the new thread's
/// count becomes the base. What the interpreter allocated between that
/// last reading and the move is lost, which the heap limit's tolerance
/// absorbs (readings happen at every limit poll).
pub struct HeapMeter {
    thread: Cell<ThreadId>,
    base: Cell<isize>,
    carried: Cell<isize>,
    last: Cell<isize>,
}

impl HeapMeter {
    /// Start counting from now, on the calling OS thread.
    pub fn new() -> HeapMeter {
        HeapMeter { thread: Cell::new(std::thread::current().id()), base: Cell::new(thread_bytes()), carried: Cell::new(0), last: Cell::new(0) }
    }

    /// Bytes counted since [`HeapMeter::new`], on whichever threads.
    pub fn in_use(&self) -> usize {
        let bytes = thread_bytes();
        let here = std::thread::current().id();
        if here != self.thread.get() {
            self.thread.set(here);
            self.carried.set(self.last.get());
            self.base.set(bytes);
        }
        let n = self.carried.get() + bytes.wrapping_sub(self.base.get());
        self.last.set(n);
        n.max(0) as usize
    }
}

impl Default for HeapMeter {
    fn default() -> Self {
        HeapMeter::new()
    }
}
