//! Tests of the embedding API (one binary: `cargo test --test embed`).

// The heap limit needs the counting allocator, as a host would install it.
#[global_allocator]
static ALLOC: pygil::embed::CountingAlloc = pygil::embed::CountingAlloc;

mod callin;
mod convert;
mod host;
mod limits;
mod parallel;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A writer whose text the test can read afterwards.
#[derive(Clone, Default)]
pub struct Captured(Rc<RefCell<Vec<u8>>>);

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).to_string()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An interpreter writing into two captured buffers.
pub fn captured() -> (pygil::InterpreterBuilder, Captured, Captured) {
    let out = Captured::default();
    let err = Captured::default();
    let b = pygil::Interpreter::builder().stdout(out.clone()).stderr(err.clone());
    (b, out, err)
}
