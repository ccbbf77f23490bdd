//! Text formatting shared by the object model: float repr, the format-spec
//! mini-language (`format()`, `str.format`, f-strings) and `%` formatting.
//!
//! Everything here works on Rust primitives. Errors are `Err(String)` with
//! CPython's exact message; each function's doc names the exception type.

mod float_repr;

pub use float_repr::float_repr;
