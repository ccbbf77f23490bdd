//! pygil: a Python bytecode interpreter whose threads hold a simulated GIL.

pub mod ast;
pub mod bytecode;
pub mod compiler;
pub mod dis;
pub mod format;
pub mod lexer;
pub mod parser;
pub mod syntax_error;
