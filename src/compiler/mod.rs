//! The compiler: AST to code objects. Names are resolved to local / global /
//! cell / free / name at compile time (see `symtable`), then `codegen` emits
//! the instructions of `crate::bytecode` (CPython 3.9-style blocks for
//! `try`/`with`, 3.11 names).
//!
//! Notes for the VM:
//! - Comprehensions and generator expressions are functions of one
//!   positional parameter `.0` (`varnames[0]`, `argcount == 1`): the caller
//!   evaluates the first iterable, applies `GetIter` and calls the function
//!   with the iterator (`MakeFunction; <iter>; GetIter; Call(1)`).
//! - Class bodies (kind Class, no parameters) start with
//!   `__module__ = __name__` and `__qualname__ = '<qualname>'`. When a method
//!   uses `super()` or `__class__`, the class body has a cell `__class__` and
//!   ends with `LoadClosure(i); StoreName('__classcell__'); LoadConst None;
//!   ReturnValue`: `__build_class__` must take `__classcell__` out of the
//!   namespace and, once the class exists, store the class in that cell.
//! - Module and class bodies with annotated names start with
//!   `BuildMap 0; StoreName '__annotations__'`.

pub mod codegen;
mod stackdepth;
pub mod symtable;
pub mod warnings;

#[cfg(test)]
mod pyast_bridge;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_src;

use crate::ast::{Expr, Loc, Module};
use crate::bytecode::CodeObject;
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};

/// Compile a module body. Errors are SyntaxErrors (`'return' outside function`,
/// `nonlocal` problems, ...).
pub fn compile_module(module: &Module, filename: &str) -> Result<CodeObject, SyntaxErrorInfo> {
    let st = symtable::build_module(module)?;
    codegen::Compiler::new(&st, filename).compile_module(module)
}

/// Compile an expression for `eval()`: a Module-kind code object whose body
/// evaluates the expression and returns its value.
pub fn compile_expression(expr: &Expr, filename: &str) -> Result<CodeObject, SyntaxErrorInfo> {
    let st = symtable::build_expression(expr)?;
    codegen::Compiler::new(&st, filename).compile_expression(expr)
}

/// A SyntaxError covering `loc` (CPython's 1-based offsets).
pub(crate) fn error_at(msg: impl Into<String>, loc: Loc) -> SyntaxErrorInfo {
    let offset = loc.col + 1;
    let end_offset = if loc.end_line == loc.line && loc.end_col > loc.col { loc.end_col + 1 } else { offset + 1 };
    SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, msg, loc.line.max(1), offset, end_offset)
}
