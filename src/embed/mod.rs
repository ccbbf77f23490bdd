//! The embedding API: everything a Rust host needs to run Python scripts
//! with pygil, in one place. [`Interpreter`] is the entry point; the crate
//! documentation has a quick start.
//!
//! - [`InterpreterBuilder`]: configuration, streams, event callback, limits;
//!   [`OutputBuffer`] to capture what scripts print;
//! - [`IntoPy`] / [`FromPy`]: values across the boundary;
//! - [`HostModule`], [`Args`] and `Interpreter::add_*function`: Rust
//!   functions callable from Python, blocking ones included;
//! - [`PyException`]: the error type both ways;
//! - [`Limits`], [`InterruptHandle`], [`CountingAlloc`]: control over
//!   untrusted scripts;
//! - [`thread_safety`]: why an [`Interpreter`] is `Send` but not `Sync`.

pub mod builder;
pub mod convert;
pub mod error;
pub mod heap;
pub mod host;
pub mod interrupt;
pub mod output;
pub mod thread_safety;

pub use crate::config::{ClockKind, Config, GilModel, SwitchInterval, SwitchPoints};
pub use crate::events::{Event, EventKind};
pub use crate::gil::ReleaseReason;
pub use crate::interpreter::{Interpreter, RunResult};
pub use crate::vm::limits::{LimitKind, Limits};
pub use crate::vm::thread::WaitReason;
pub use builder::InterpreterBuilder;
pub use convert::{FromArgs, FromPy, IntoArgs, IntoPy};
pub use error::PyException;
pub use heap::CountingAlloc;
pub use host::{Args, HostModule};
pub use interrupt::InterruptHandle;
pub use output::OutputBuffer;
