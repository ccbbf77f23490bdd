//! What the parser and compiler report when source is not valid Python:
//! enough for the VM to raise SyntaxError/IndentationError and print it
//! exactly as CPython 3.11 does (file, line, the source line, the carets).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    /// The message, e.g. `invalid syntax`, `expected ':'`,
    /// `unexpected indent`, `invalid non-printable character U+00A0`.
    pub msg: String,
    /// 1-based line number.
    pub line: u32,
    /// 1-based character offset of the first caret (CPython's `offset`).
    pub offset: u32,
    /// 1-based character offset one past the last caret (CPython's
    /// `end_offset`); equal to `offset + 1` for a single caret; 0 when
    /// there is none (CPython's -1: the error is past the end of input).
    pub end_offset: u32,
    /// The source text shown, when it is not the file's line `line`
    /// (an f-string expression is reported as CPython 3.11 parsed it:
    /// `(expr)`).
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, offset: u32, end_offset: u32) -> Self {
        SyntaxErrorInfo { kind, msg: msg.into(), line, offset, end_offset, text: None }
    }
}
