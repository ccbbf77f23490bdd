//! [`OutputBuffer`]: capture what a script prints.

use std::io::Write;
use std::sync::{Arc, Mutex, MutexGuard};

/// A writer that keeps what was written, for reading back from the host.
/// Clones share one buffer: give one to
/// [`InterpreterBuilder::stdout`](super::InterpreterBuilder::stdout) (or
/// `stderr`) and read the other. It is `Send`, as an interpreter's streams
/// must be.
///
/// ```
/// use pygil::embed::OutputBuffer;
/// let out = OutputBuffer::new();
/// let mut interp = pygil::Interpreter::builder().stdout(out.clone()).build();
/// interp.run_source("<hi>", "print('hi')");
/// assert_eq!(out.text(), "hi\n");
/// ```
#[derive(Clone, Debug, Default)]
pub struct OutputBuffer(Arc<Mutex<Vec<u8>>>);

impl OutputBuffer {
    /// An empty buffer.
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    fn bytes(&self) -> MutexGuard<'_, Vec<u8>> {
        // A panic while writing leaves the bytes valid: read them anyway.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What was written so far, as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes()).into_owned()
    }

    /// Take what was written so far, leaving the buffer empty.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.bytes())
    }
}

impl Write for OutputBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
