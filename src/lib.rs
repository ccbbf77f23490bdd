//! pygil: a Python bytecode interpreter whose threads hold a simulated GIL.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod config;
pub mod dis;
pub mod events;
pub mod format;
pub mod gil;
pub mod interpreter;
pub mod lexer;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod process;
pub mod syntax_error;
pub mod value;
pub mod vm;
