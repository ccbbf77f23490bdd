//! `pygil dis`: a human-readable listing of code objects, in the spirit of
//! CPython's `dis` module.

use crate::bytecode::CodeObject;

/// Disassemble a code object and, after it, every code object in its
/// constants (recursively), as `dis.dis` does for a module.
pub fn disassemble(code: &CodeObject) -> String {
    let _ = code;
    String::new()
}
