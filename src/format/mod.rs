//! Text formatting shared by the object model: float repr, the format-spec
//! mini-language (`format()`, `str.format`, f-strings) and `%` formatting.
//!
//! Everything here works on Rust primitives. Errors are `Err(String)` with
//! CPython's exact message; each function's doc names the exception type.

mod float_repr;

pub use float_repr::float_repr;
mod convert;
mod layout;
mod spec;

pub use convert::{bigint_to_f64, f64_to_bigint, float_to_int_string, int_true_div, INT_TOO_LARGE_FOR_FLOAT};
pub use spec::{parse_format_spec, FormatSpec};
mod format_value;

pub use format_value::{format_float, format_int, format_str, C_ARG_NOT_IN_RANGE};
mod format_string;

pub use format_string::{
    check_conversion, expand_fields, parse_field_name, parse_format_string, AutoNumber, FieldAccessor, FieldFirst, FieldKey,
    FieldName, FormatField, FormatPiece, FormatStringIter, MAX_RECURSION_MSG,
};
mod percent;

pub use percent::{
    parse_percent_format, percent_char, percent_format_float, percent_format_int, percent_format_str, Count,
    PercentIter, PercentPiece, PercentSpec,
};
mod numbers;

pub use numbers::{parse_float, parse_int, round_float, round_half_even};
