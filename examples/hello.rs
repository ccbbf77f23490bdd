//! Run a Python snippet with pygil and read its output and exit status.
//!
//!     cargo run --example hello

use pygil::config::Config;
use pygil::interpreter::Interpreter;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A writer that keeps what the program printed.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn main() {
    let out = Captured::default();
    let mut interp = Interpreter::with_output(Config::default(), Box::new(out.clone()), Box::new(std::io::stderr()));
    let result = interp.run_source(
        "<hello>",
        "import _thread\nlock = _thread.allocate_lock()\nwith lock:\n    print('hello from pygil', 6 * 7)\n",
    );
    let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
    print!("{}", text);
    println!("exit status: {}", result.exit_code);
    assert_eq!(text, "hello from pygil 42\n");
}
