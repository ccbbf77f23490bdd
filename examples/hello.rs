//! Run a Python snippet with pygil, capture what it prints, read a result.
//!
//!     cargo run --release --example hello

use pygil::Interpreter;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A writer that keeps what the program printed.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn main() {
    let out = Captured::default();
    let mut interp = Interpreter::builder().stdout(out.clone()).build();
    let result = interp.run_source("<hello>", "answer = 6 * 7\nprint('hello from pygil', answer)\n");
    let text = String::from_utf8_lossy(&out.0.lock().unwrap()).to_string();
    print!("{}", text);
    println!("exit status: {}", result.exit_code);
    let answer: i64 = interp.get_global("answer").unwrap();
    println!("answer read from Rust: {}", answer);
    assert_eq!(text, "hello from pygil 42\n");
    assert_eq!(answer, 42);
}
