//! pygil: a Python 3.11 bytecode interpreter whose threads hold a simulated
//! global interpreter lock (GIL), usable as a scripting engine.
//!
//! # Quick start
//!
//! Make an [`Interpreter`], give scripts a Rust function, run a threaded
//! script that calls it, and read the result (a global, and what it
//! printed):
//!
//! ```
//! use pygil::embed::OutputBuffer;
//! use pygil::{Interpreter, PyException};
//!
//! let out = OutputBuffer::new();
//! let mut interp = Interpreter::builder().stdout(out.clone()).build();
//! // A Rust closure as a Python built-in; arguments by position or keyword.
//! interp.add_function("score", |args| {
//!     let word: String = args.arg(0, "word")?;
//!     let bonus: i64 = args.opt(1, "bonus")?.unwrap_or(0);
//!     if word.is_empty() {
//!         return Err(PyException::value_error("empty word"));
//!     }
//!     Ok(word.len() as i64 + bonus)
//! });
//! let result = interp.run_source("game.py", "
//! import threading
//! scores = {}
//! def play(w):
//!     scores[w] = score(w, bonus=1)
//! ts = [threading.Thread(target=play, args=(w,)) for w in ['gil', 'python']]
//! for t in ts: t.start()
//! for t in ts: t.join()
//! print(len(scores), 'scores')
//! ");
//! assert_eq!(result.exit_code, 0);
//! let scores: std::collections::HashMap<String, i64> = interp.get_global("scores").unwrap();
//! assert_eq!(scores["python"], 7);
//! assert_eq!(out.text(), "2 scores\n");
//!
//! // Calling in: expressions, functions, and Python errors as Rust errors.
//! assert_eq!(interp.eval::<i64>("score('ab') * 10").unwrap(), 20);
//! let err = interp.call::<_, i64>("score", ("",)).unwrap_err();
//! assert_eq!((err.type_name.as_str(), err.message.as_str()), ("ValueError", "empty word"));
//!
//! // An interpreter is `Send`: it can go on on another OS thread.
//! let handle = std::thread::spawn(move || interp.eval::<i64>("scores['gil']").unwrap());
//! assert_eq!(handle.join().unwrap(), 4);
//! ```
//!
//! Everything handed to an interpreter (functions, streams, the event
//! callback) is `Send` for that reason: share host state with an `Arc`.
//!
//! # Where to look
//!
//! - [`Interpreter`]: run files and source, globals, `eval`/`exec`/`call`,
//!   host functions, interrupt handle;
//! - [`embed::InterpreterBuilder`]: GIL model, switch interval, seed, clock,
//!   epoch, streams ([`embed::OutputBuffer`] captures them), event callback,
//!   limits;
//! - [`embed::IntoPy`] / [`embed::FromPy`]: conversions (a value that does
//!   not fit is a Python `TypeError`, never a panic);
//! - [`embed::HostModule`], [`embed::Args`]: native modules written in Rust,
//!   blocking functions that release the GIL
//!   ([`Interpreter::add_blocking_function`]);
//! - [`embed::Limits`], [`embed::InterruptHandle`], [`embed::CountingAlloc`]:
//!   running untrusted scripts;
//! - [`embed::thread_safety`]: interpreters on several OS threads, and why
//!   an `Interpreter` is `Send` but not `Sync`;
//! - `examples/`: `hello`, `host_function`, `blocking_host_call`, `limits`,
//!   `events`, `parallel_interpreters`; `docs/embedding.md` for the design.
//!
//! The other modules are the interpreter's internals (lexer, parser,
//! compiler, VM, GIL scheduler, built-in modules), public for the `pygil`
//! command and for tools; their API may change.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod config;
pub mod dis;
#[warn(missing_docs)]
pub mod embed;
pub mod events;
pub mod explore;
pub mod format;
pub mod gil;
#[warn(missing_docs)]
pub mod interpreter;
pub mod lexer;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod process;
pub mod syntax_error;
pub mod value;
pub mod visual;
pub mod vm;

pub use embed::{FromPy, HostModule, InterpreterBuilder, IntoPy, PyException};
pub use interpreter::{Interpreter, RunResult};
