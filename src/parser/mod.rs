//! Parser glue: runs the lexer and the lalrpop grammar (grammar/python.lalrpop)
//! and turns their errors into CPython's SyntaxError messages.

pub(crate) mod build;
mod errors;
pub(crate) mod match_stmt;
mod strings;
mod unicode_names;
#[cfg(test)]
mod dump;
#[cfg(test)]
mod tests;

use crate::ast::{Expr, Loc, Module};
use crate::lexer::{LexError, Lexer, Spanned};
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    python,
    "/python.rs"
);

/// The source text plus a line table, to turn byte offsets into `Loc`s.
pub struct Src<'a> {
    pub text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Src<'a> {
    pub fn new(text: &'a str) -> Src<'a> {
        let first = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut line_starts = vec![first];
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        Src { text, line_starts }
    }

    /// (1-based line, 0-based character column) of a byte offset.
    pub fn lc(&self, pos: usize) -> (u32, u32) {
        let pos = pos.min(self.text.len());
        let idx = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[idx].min(pos);
        let seg = &self.text.as_bytes()[start..pos];
        let col = if seg.is_ascii() { seg.len() } else { self.text[start..pos].chars().count() };
        (idx as u32 + 1, col as u32)
    }

    pub fn loc(&self, l: usize, r: usize) -> Loc {
        let (line, col) = self.lc(l);
        let (end_line, end_col) = self.lc(r.max(l));
        Loc { line, col, end_line, end_col }
    }

    /// Length in characters of a 1-based line (without its newline).
    fn line_len(&self, line: u32) -> u32 {
        let i = (line as usize).saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[i];
        let end = self.line_starts.get(i + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r']).chars().count() as u32
    }

    /// A SyntaxError covering `loc` (offsets are 1-based as in CPython).
    pub fn error_at(&self, loc: Loc, msg: impl Into<String>) -> LexError {
        let offset = loc.col + 1;
        let end_offset = if loc.end_line == loc.line {
            (loc.end_col + 1).max(offset + 1)
        } else {
            (self.line_len(loc.line) + 1).max(offset + 1)
        };
        LexError {
            info: SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, msg, loc.line, offset, end_offset),
            pos: 0,
            at_eof: false,
            from_tokenizer: false,
        }
    }
}

fn collect(lexer: Lexer) -> (Vec<Spanned>, Option<LexError>) {
    let mut toks = Vec::new();
    for t in lexer {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(e)),
        }
    }
    (toks, None)
}

fn feed<'t>(toks: &'t [Spanned], err: &Option<LexError>) -> impl Iterator<Item = Result<Spanned, LexError>> + 't {
    toks.iter().cloned().map(Ok).chain(err.clone().map(Err))
}

/// Parse a whole module. `filename` is only used for messages.
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxErrorInfo> {
    let _ = filename;
    let src = Src::new(source);
    let (mut toks, lexerr) = collect(Lexer::new(source));
    match_stmt::mark_soft_keywords(&mut toks);
    match python::ModuleParser::new().parse(&src, feed(&toks, &lexerr)) {
        Ok(body) => Ok(Module { body }),
        Err(e) => Err(errors::map_error(&src, &toks, lexerr.as_ref(), e, false)),
    }
}

/// Parse an expression for `eval()` (leading spaces and tabs are ignored,
/// as CPython's eval does).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxErrorInfo> {
    let src = Src::new(source);
    let mut start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    while matches!(source.as_bytes().get(start), Some(b' ') | Some(b'\t')) {
        start += 1;
    }
    let (toks, lexerr) = collect(Lexer::new_range(source, start, source.len(), false));
    match python::EvalParser::new().parse(&src, feed(&toks, &lexerr)) {
        Ok(e) => Ok(e),
        Err(e) => Err(errors::map_error(&src, &toks, lexerr.as_ref(), e, false)),
    }
}

/// Parse the expression of an f-string replacement field, `src[start..end]`.
pub(crate) fn parse_field(src: &Src, start: usize, end: usize) -> Result<Expr, build::PErr> {
    let (toks, lexerr) = collect(Lexer::new_range(src.text, start, end, true));
    match python::FieldExprParser::new().parse(src, feed(&toks, &lexerr)) {
        Ok(e) => Ok(e),
        Err(ParseError::User { error }) if !error.from_tokenizer => Err(ParseError::User { error }),
        Err(e) => {
            let mut info = errors::map_error(src, &toks, lexerr.as_ref(), e, true);
            let from_tokenizer = lexerr.as_ref().map_or(false, |l| l.info == info);
            if !from_tokenizer {
                // CPython 3.11 parses the expression alone, as `(expr)`: the
                // error's text and offsets are within that string, its line
                // counts from the line where the expression starts.
                let inner = format!("({})", &src.text[start..end]);
                let src2 = Src::new(&inner);
                let (toks2, lexerr2) = collect(Lexer::new_range(&inner, 0, inner.len(), true));
                let info2 = match python::FieldExprParser::new().parse(&src2, feed(&toks2, &lexerr2)) {
                    Ok(_) => None,
                    Err(ParseError::User { error }) => Some(error.info),
                    Err(e2) => Some(errors::map_error(&src2, &toks2, lexerr2.as_ref(), e2, true)),
                };
                if let Some(mut i2) = info2 {
                    let text = inner.split('\n').nth((i2.line as usize).saturating_sub(1)).unwrap_or("").to_string();
                    i2.line = src.lc(start).0 + i2.line - 1;
                    i2.text = Some(text);
                    info = i2;
                }
            }
            if !info.msg.starts_with("f-string") && !from_tokenizer {
                info.msg = format!("f-string: {}", info.msg);
            }
            Err(ParseError::User { error: LexError { info, pos: start, at_eof: false, from_tokenizer: false } })
        }
    }
}
