//! Run a Python snippet with pygil, capture what it prints, read a result.
//!
//!     cargo run --release --example hello

use pygil::embed::OutputBuffer;
use pygil::Interpreter;

fn main() {
    let out = OutputBuffer::new();
    let mut interp = Interpreter::builder().stdout(out.clone()).build();
    let result = interp.run_source("<hello>", "answer = 6 * 7\nprint('hello from pygil', answer)\n");
    let text = out.text();
    print!("{}", text);
    println!("exit status: {}", result.exit_code);
    let answer: i64 = interp.get_global("answer").unwrap();
    println!("answer read from Rust: {}", answer);
    assert_eq!(text, "hello from pygil 42\n");
    assert_eq!(answer, 42);
}
