//! Tests of the embedding API (one binary: `cargo test --test embed`).

// The heap limit needs the counting allocator, as a host would install it.
#[global_allocator]
static ALLOC: pygil::embed::CountingAlloc = pygil::embed::CountingAlloc;

mod callin;
mod convert;
mod host;
mod limits;
mod parallel;
mod send;

use pygil::embed::OutputBuffer;

/// An interpreter writing into two captured buffers.
pub fn captured() -> (pygil::InterpreterBuilder, OutputBuffer, OutputBuffer) {
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let b = pygil::Interpreter::builder().stdout(out.clone()).stderr(err.clone());
    (b, out, err)
}
