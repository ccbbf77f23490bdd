//! The compiler: AST to code objects. Names are resolved to local / global /
//! cell / free / builtin at compile time (see symtable).

use crate::ast::Module;
use crate::bytecode::CodeObject;
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};

/// Compile a module body. Errors are SyntaxErrors (`'return' outside function`,
/// `nonlocal` problems, ...).
pub fn compile_module(module: &Module, filename: &str) -> Result<CodeObject, SyntaxErrorInfo> {
    let _ = (module, filename);
    Err(SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, "compiler not built yet", 1, 1, 2))
}
