//! Why an [`Interpreter`] may move to another OS thread (it is `Send`)
//! although its values are `Rc`-based, and why it is not `Sync`.
//!
//! Moving an `Rc` is unsound only when a clone of it stays behind: two
//! threads would then update one non-atomic count. Moving a whole *closed*
//! heap is sound: if every `Rc` reachable from the interpreter is reachable
//! only through it, the move takes every clone along, and since all entry
//! points take `&mut self`, one thread at a time touches them. pygil keeps
//! the heap closed by four rules:
//!
//! 1. **Nothing of the heap goes out.** The public API gives out plain Rust
//!    data only (`RunResult`, [`PyException`](super::PyException), `Event`,
//!    conversions to Rust types). There is no conversion to the VM's
//!    `Value`, and [`IntoPy`](super::IntoPy)/[`FromPy`](super::FromPy) are
//!    `unsafe` to implement: an implementation promises to keep no `Rc`.
//!    `Interpreter::vm()` (a `&mut Vm`, whose fields are `Rc`s a caller
//!    could clone) is crate-private, and `Args` does not hand out the VM.
//! 2. **Nothing from outside comes in unless it is `Send`.** Host functions
//!    (and what blocking ones run on workers), typed arguments, module
//!    constants, stdout, stderr, stdin and the event callback are all
//!    bounded `Send`, and so are the types the VM stores them as (checked
//!    below; `HostFn` is an `Rc<dyn Fn + Send>`). A host closure lives
//!    inside the heap but owns only `Send` captures.
//! 3. **No thread-bound state outside the interpreter.** No `thread_local!`
//!    or `static` in pygil holds an `Rc`: interned names, native classes
//!    and caches live in the `Vm`. The process-wide compiled-code cache
//!    (`vm::code_cache`) holds immutable `Arc<CodeObject>`s (`Send + Sync`,
//!    checked in `process::world`). The seeded `os.urandom` counter lives in
//!    the `Vm` too. What remains is an integer thread-local
//!    ([`CountingAlloc`](super::CountingAlloc)'s byte count, per OS thread by
//!    nature; [`HeapMeter`](super::heap::HeapMeter) carries an interpreter's
//!    count over a move), the SIGINT flag of the `pygil` command and the
//!    epoch of the class attribute caches (`vm::attr_cache`: the caches
//!    live in each `Vm`, the epoch only says when to empty them), both
//!    atomics. tests/embed/send.rs fails if a new one appears unreviewed.
//! 4. **What the VM hands to other threads is `Send`.** Worker jobs and
//!    their completions (`vm::worker`), forked child interpreters (deep
//!    copies sharing no `Rc`, `process::world::SendVm`), and the streams
//!    processes share (`Arc<Mutex<OutStream>>`).
//!
//! It is not `Sync`: two threads holding `&Interpreter` could call `&self`
//! methods at once, and those read the heap (`thread_name`) or update
//! counters in `Cell`s (`heap_in_use`). The `Rc`s inside make it `!Sync`
//! without any marker; a doctest on [`Interpreter`] checks it.

use super::{HostModule, InterpreterBuilder};
use crate::interpreter::Interpreter;
use crate::vm::{EventSink, InStream, OutStream};

// What the API gives out is plain data: `Send`, so it holds no `Rc` (rule 1).
const _: () = {
    const fn send<T: Send>() {}
    send::<crate::interpreter::RunResult>();
    send::<super::PyException>();
    send::<crate::events::Event>();
    send::<crate::visual::Timeline>();
};

// What the host hands in, as the VM stores it, and what the VM keeps
// besides the heap, must be `Send` (rules 2 and 4).
const _: () = {
    const fn send<T: Send + ?Sized>() {}
    send::<OutStream>();
    send::<InStream>();
    send::<EventSink>();
    send::<crate::vm::worker::Workers>();
    send::<crate::vm::worker::Job>();
    send::<crate::vm::limits::Guard>();
    send::<crate::gil::Scheduler>();
    send::<crate::config::Config>();
    send::<HostModule>();
    send::<InterpreterBuilder>();
};

// SAFETY: the heap is closed (rules 1-4 above): every `Rc` the `Vm` holds
// is reachable only through this `Interpreter`, and everything else in it
// is `Send`. Moving the interpreter moves all of them together, and
// `&mut self` on every entry point keeps one thread at a time inside.
unsafe impl Send for Interpreter {}
