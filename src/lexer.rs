//! Tokenizer for Python 3.11 source.
//!
//! Two layers: a `logos` scanner for single tokens (names, numbers,
//! operators, whitespace, comments) and a stateful driver that adds what
//! logos cannot express: strings (prefixes, triple quotes), NEWLINE / INDENT /
//! DEDENT with CPython's rules (tab stops of 8, TabError, bracket depth,
//! backslash continuation, blank and comment-only lines) and CPython's
//! tokenizer error messages.
//!
//! Locations are byte offsets into the full source; the parser converts them
//! to (line, character column).

use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;
use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    /// A string literal; its text (prefix, quotes, body) is the source span.
    Str,
    Newline,
    Indent,
    Dedent,
    // keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// The soft keywords `match` and `case` where they start a statement
    /// (set by `parser::soft_keywords`, never by the lexer).
    Match,
    Case,
    /// `as` inside a case pattern (`case [1 as one, _]:`).
    CaseAs,
    // operators and delimiters
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

impl Token {
    /// `+=`, `-=`, ... `@=`: the augmented assignment operators.
    pub fn is_augmented_assign(&self) -> bool {
        matches!(
            self,
            Token::PlusEqual
                | Token::MinEqual
                | Token::StarEqual
                | Token::SlashEqual
                | Token::PercentEqual
                | Token::AmperEqual
                | Token::VBarEqual
                | Token::CircumflexEqual
                | Token::LeftShiftEqual
                | Token::RightShiftEqual
                | Token::DoubleStarEqual
                | Token::DoubleSlashEqual
                | Token::AtEqual
        )
    }
}

pub type Spanned = (usize, Token, usize);

/// A tokenizer error. `at_eof` marks the "'(' was never closed" error, which
/// CPython only reports when the parser actually reaches the end of input.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub info: SyntaxErrorInfo,
    /// Byte position of the error (for ordering against parser errors).
    pub pos: usize,
    pub at_eof: bool,
    /// True for errors raised by the tokenizer (they override a later
    /// generic "invalid syntax" as in CPython).
    pub from_tokenizer: bool,
}

impl LexError {
    pub fn syntax(msg: impl Into<String>, line: u32, offset: u32, end_offset: u32, pos: usize) -> LexError {
        LexError {
            info: SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, msg, line, offset, end_offset),
            pos,
            at_eof: false,
            from_tokenizer: false,
        }
    }
}

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
enum Raw {
    #[regex(r"[ \t\x0c]+")]
    Ws,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\")]
    Backslash,
    #[regex(r"[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    StrStart,
    #[regex(r"[0-9][0-9_]*")]
    DecInt,
    #[regex(r"0[xX][0-9a-fA-F_]*")]
    HexInt,
    #[regex(r"0[oO][0-9a-fA-F_]*")]
    OctInt,
    #[regex(r"0[bB][0-9a-fA-F_]*")]
    BinInt,
    #[regex(r"[0-9][0-9_]*\.([0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*")]
    Float,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LtGt,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

fn keyword(s: &str) -> Option<Token> {
    Some(match s {
        "False" => Token::False,
        "None" => Token::None,
        "True" => Token::True,
        "and" => Token::And,
        "as" => Token::As,
        "assert" => Token::Assert,
        "async" => Token::Async,
        "await" => Token::Await,
        "break" => Token::Break,
        "class" => Token::Class,
        "continue" => Token::Continue,
        "def" => Token::Def,
        "del" => Token::Del,
        "elif" => Token::Elif,
        "else" => Token::Else,
        "except" => Token::Except,
        "finally" => Token::Finally,
        "for" => Token::For,
        "from" => Token::From,
        "global" => Token::Global,
        "if" => Token::If,
        "import" => Token::Import,
        "in" => Token::In,
        "is" => Token::Is,
        "lambda" => Token::Lambda,
        "nonlocal" => Token::Nonlocal,
        "not" => Token::Not,
        "or" => Token::Or,
        "pass" => Token::Pass,
        "raise" => Token::Raise,
        "return" => Token::Return,
        "try" => Token::Try,
        "while" => Token::While,
        "with" => Token::With,
        "yield" => Token::Yield,
        _ => return None,
    })
}

/// Is `c` printable in CPython's sense (`str.isprintable`)? Approximation:
/// controls, separators other than space and common format characters are not.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xD800..=0xDFFF)
}

/// Can `c` (non-ASCII) appear in an identifier (approximation of XID_Continue)?
pub fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c as u32, 0xB7 | 0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x610..=0x61A
            | 0x64B..=0x65F | 0x900..=0x903 | 0x93A..=0x94F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20FF | 0x3099..=0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// 1-based line and 0-based character column of byte position `pos`.
pub fn line_col(src: &str, pos: usize) -> (u32, u32) {
    let pos = pos.min(src.len());
    let bytes = src.as_bytes();
    let mut line = 1u32;
    let mut start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut i = 0;
    while i < pos {
        match bytes[i] {
            b'\n' => {
                line += 1;
                start = i + 1;
            }
            b'\r' => {
                if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    i += 1;
                }
                if i < pos {
                    line += 1;
                    start = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let start = start.min(pos);
    (line, src[start..pos].chars().count() as u32)
}

pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    end: usize,
    pending: VecDeque<Spanned>,
    /// (column with tabs to multiples of 8, column with tabs as 1)
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    at_bol: bool,
    /// Tokens have been produced on the current logical line.
    line_has_tokens: bool,
    /// No INDENT/DEDENT/NEWLINE at all (inside an f-string field).
    implicit_brackets: bool,
    done: bool,
    failed: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer::new_range(src, start, src.len(), false)
    }

    /// Tokenize `src[start..end]`; with `implicit_brackets` the range behaves
    /// as if it were inside parentheses (f-string replacement fields).
    pub fn new_range(src: &'a str, start: usize, end: usize, implicit_brackets: bool) -> Lexer<'a> {
        Lexer {
            src,
            pos: start,
            end,
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: !implicit_brackets,
            line_has_tokens: false,
            implicit_brackets,
            done: false,
            failed: false,
        }
    }

    fn err(&self, msg: impl Into<String>, pos: usize, len_chars: u32) -> LexError {
        let (line, col) = line_col(self.src, pos);
        LexError {
            info: SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, msg, line, col + 1, col + 1 + len_chars.max(1)),
            pos,
            at_eof: false,
            from_tokenizer: true,
        }
    }

    fn err_kind(&self, kind: SyntaxErrorKind, msg: &str, pos: usize, offset: u32) -> LexError {
        let (line, _) = line_col(self.src, pos);
        LexError { info: SyntaxErrorInfo::new(kind, msg, line, offset, offset + 1), pos, at_eof: false, from_tokenizer: true }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..self.end]
    }

    fn peek_byte(&self, at: usize) -> Option<u8> {
        if at < self.end {
            Some(self.src.as_bytes()[at])
        } else {
            None
        }
    }

    /// Handle the start of a physical line outside brackets: measure the
    /// indentation, skip blank/comment lines, queue INDENT/DEDENTs.
    fn line_start(&mut self) -> Result<(), LexError> {
        let line_begin = self.pos;
        let bytes = self.src.as_bytes();
        let (mut col, mut altcol) = (0usize, 0usize);
        let mut p = self.pos;
        while p < self.end {
            match bytes[p] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            p += 1;
        }
        self.pos = p;
        // Blank line, comment-only line or end of input: no indentation processing.
        match self.peek_byte(p) {
            None => return Ok(()),
            Some(b'#') | Some(b'\n') | Some(b'\r') => {
                self.at_bol = true;
                while let Some(b) = self.peek_byte(self.pos) {
                    if b == b'\n' || b == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
                if let Some(b'\r') = self.peek_byte(self.pos) {
                    self.pos += 1;
                    if let Some(b'\n') = self.peek_byte(self.pos) {
                        self.pos += 1;
                    }
                } else if self.peek_byte(self.pos).is_some() {
                    self.pos += 1;
                }
                return Ok(());
            }
            Some(b'\\') => {
                // A continuation line starting with a backslash: CPython treats
                // the indentation as usual; keep it simple.
            }
            _ => {}
        }
        let (top, alttop) = *self.indents.last().unwrap();
        let tab_error = |s: &Lexer| {
            let (line, _) = line_col(s.src, p);
            LexError {
                info: SyntaxErrorInfo::new(
                    SyntaxErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    line,
                    1,
                    2,
                ),
                pos: p,
                at_eof: false,
                from_tokenizer: true,
            }
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            self.indents.push((col, altcol));
            self.pending.push_back((line_begin, Token::Indent, p));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.pending.push_back((p, Token::Dedent, p));
            }
            let (top, alttop) = *self.indents.last().unwrap();
            if col != top {
                // CPython points just past the end of the offending line.
                let eol = self.src[p..self.end].find(['\n', '\r']).map_or(self.end, |i| p + i);
                let (_, c) = line_col(self.src, eol);
                return Err(self.err_kind(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    p,
                    c + 1,
                ));
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn eof(&mut self) -> Result<(), LexError> {
        self.done = true;
        if let Some(&(b, p)) = self.brackets.last() {
            let mut e = self.err(format!("'{}' was never closed", b as char), p, 1);
            e.at_eof = true;
            return Err(e);
        }
        if self.implicit_brackets {
            return Ok(());
        }
        if self.line_has_tokens {
            self.pending.push_back((self.end, Token::Newline, self.end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((self.end, Token::Dedent, self.end));
        }
        Ok(())
    }

    fn scan_string(&mut self, start: usize, prefix_len: usize) -> Result<Spanned, LexError> {
        let bytes = self.src.as_bytes();
        let qpos = start + prefix_len;
        let q = bytes[qpos];
        let triple = qpos + 2 < self.end && bytes[qpos + 1] == q && bytes[qpos + 2] == q;
        let mut p = if triple { qpos + 3 } else { qpos + 1 };
        loop {
            if p >= self.end {
                // CPython counts the last line, not the empty one after a final newline.
                let last = if self.src[..self.end].ends_with('\n') { self.end - 1 } else { self.end };
                let (line, _) = line_col(self.src, last);
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {})", line)
                } else {
                    format!("unterminated string literal (detected at line {})", line)
                };
                return Err(self.err(msg, start, 0));
            }
            let b = bytes[p];
            if b == b'\\' {
                p += 2;
                if p > self.end {
                    p = self.end;
                }
                // `\` + CRLF
                if p < self.end && bytes[p - 1] == b'\r' && bytes[p] == b'\n' {
                    p += 1;
                }
                continue;
            }
            if b == q {
                if !triple {
                    p += 1;
                    break;
                }
                if p + 2 < self.end + 0 && bytes[p + 1] == q && bytes[p + 2] == q {
                    p += 3;
                    break;
                }
                p += 1;
                continue;
            }
            if (b == b'\n' || b == b'\r') && !triple {
                let (line, _) = line_col(self.src, p);
                return Err(self.err(format!("unterminated string literal (detected at line {})", line), start, 0));
            }
            p += 1;
        }
        self.pos = p;
        Ok((start, Token::Str, p))
    }

    fn number(&mut self, kind: Raw, start: usize, len: usize) -> Result<Spanned, LexError> {
        let text = &self.src[start..start + len];
        let mut end = start + len;
        let bytes = self.src.as_bytes();
        let kind_name = match kind {
            Raw::HexInt => "hexadecimal",
            Raw::OctInt => "octal",
            Raw::BinInt => "binary",
            _ => "decimal",
        };
        // Underscore rules: no trailing, no doubled; must be followed by a digit.
        let digits = match kind {
            Raw::HexInt | Raw::OctInt | Raw::BinInt => &text[2..],
            _ => text,
        };
        {
            let db = digits.as_bytes();
            let base_off = text.len() - digits.len();
            for (i, &c) in db.iter().enumerate() {
                if c == b'_' {
                    let next = db.get(i + 1).copied();
                    if !next.map_or(false, |n| n.is_ascii_hexdigit() && !(matches!(kind, Raw::Float | Raw::DecInt) && !n.is_ascii_digit())) {
                        // CPython points at the offending underscore.
                        return Err(self.err(format!("invalid {} literal", kind_name), start + base_off + i, 0));
                    }
                }
            }
            if matches!(kind, Raw::HexInt | Raw::OctInt | Raw::BinInt) {
                if db.is_empty() {
                    return Err(self.err(format!("invalid {} literal", kind_name), start + text.len() - 1, 0));
                }
                for (i, &c) in db.iter().enumerate() {
                    let ok = match kind {
                        Raw::OctInt => (b'0'..=b'7').contains(&c) || c == b'_',
                        Raw::BinInt => c == b'0' || c == b'1' || c == b'_',
                        _ => true,
                    };
                    if !ok {
                        if c.is_ascii_digit() {
                            return Err(self.err(
                                format!("invalid digit '{}' in {} literal", c as char, kind_name),
                                start + 2 + i,
                                0,
                            ));
                        }
                        return Err(self.err(format!("invalid {} literal", kind_name), start + 2 + i, 0));
                    }
                }
            }
        }
        let mut imag = false;
        if matches!(kind, Raw::DecInt | Raw::Float) && end < self.end && (bytes[end] == b'j' || bytes[end] == b'J') {
            imag = true;
            end += 1;
        }
        // verify_end_of_number: an identifier character right after a number.
        if end < self.end {
            let c = self.src[end..].chars().next().unwrap();
            if c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && is_ident_char(c)) {
                let rest = &self.src[end..self.end];
                let kw = ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| {
                    rest.starts_with(k)
                        && !rest[k.len()..].chars().next().map_or(false, |n| n.is_alphanumeric() || n == '_')
                });
                if !kw {
                    let what = if imag { "imaginary" } else { kind_name };
                    return Err(self.err(format!("invalid {} literal", what), start, 0));
                }
            }
        }
        self.pos = end;
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        let tok = if imag {
            Token::Imag(clean.parse::<f64>().unwrap_or(f64::INFINITY))
        } else {
            match kind {
                Raw::Float => Token::Float(clean.parse::<f64>().unwrap_or(f64::INFINITY)),
                Raw::DecInt => {
                    if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
                        let (line, col) = line_col(self.src, start);
                        return Err(LexError {
                            info: SyntaxErrorInfo::new(
                                SyntaxErrorKind::SyntaxError,
                                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                line,
                                col + 1,
                                col + 2,
                            ),
                            pos: start,
                            at_eof: false,
                            from_tokenizer: true,
                        });
                    }
                    Token::Int(BigInt::from_str_radix(&clean, 10).unwrap())
                }
                Raw::HexInt => Token::Int(BigInt::from_str_radix(&clean[2..], 16).unwrap()),
                Raw::OctInt => Token::Int(BigInt::from_str_radix(&clean[2..], 8).unwrap()),
                Raw::BinInt => Token::Int(BigInt::from_str_radix(&clean[2..], 2).unwrap()),
                _ => unreachable!(),
            }
        };
        Ok((start, tok, end))
    }

    fn open(&mut self, b: u8, start: usize) {
        self.brackets.push((b, start));
    }

    fn close(&mut self, b: u8, start: usize) -> Result<(), LexError> {
        let want = match b {
            b')' => b'(',
            b']' => b'[',
            _ => b'{',
        };
        match self.brackets.pop() {
            None => Err(self.err(format!("unmatched '{}'", b as char), start, 0)),
            Some((o, opos)) if o != want => {
                let (oline, _) = line_col(self.src, opos);
                let (line, _) = line_col(self.src, start);
                let msg = if oline != line {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                        b as char, o as char, oline
                    )
                } else {
                    format!("closing parenthesis '{}' does not match opening parenthesis '{}'", b as char, o as char)
                };
                Err(self.err(msg, start, 0))
            }
            Some(_) => Ok(()),
        }
    }

    fn next_token(&mut self) -> Result<(), LexError> {
        loop {
            if !self.pending.is_empty() || self.done {
                return Ok(());
            }
            if self.at_bol && self.brackets.is_empty() {
                self.at_bol = false;
                self.line_has_tokens = false;
                self.line_start()?;
                if self.at_bol || !self.pending.is_empty() {
                    continue;
                }
            }
            if self.pos >= self.end {
                return self.eof();
            }
            let start = self.pos;
            let mut lx = Raw::lexer(self.rest());
            let raw = lx.next();
            let len = lx.span().end;
            let text = lx.slice();
            let raw = match raw {
                Some(Ok(r)) => r,
                _ => {
                    let c = self.rest().chars().next().unwrap();
                    if c == '!' || c == '$' || c == '?' || c == '`' {
                        // CPython reports these as plain invalid syntax at the char.
                        return Err(self.err("invalid syntax", start, 1));
                    }
                    return Err(self.err(format!("invalid character '{}' (U+{:04X})", c, c as u32), start, 0));
                }
            };
            self.pos = start + len;
            let tok = match raw {
                Raw::Ws | Raw::Comment => continue,
                Raw::Newline => {
                    if !self.brackets.is_empty() || self.implicit_brackets {
                        continue;
                    }
                    self.at_bol = true;
                    if self.line_has_tokens {
                        self.pending.push_back((start, Token::Newline, start + len));
                    }
                    continue;
                }
                Raw::Backslash => {
                    match self.peek_byte(self.pos) {
                        Some(b'\n') => self.pos += 1,
                        Some(b'\r') => {
                            self.pos += 1;
                            if let Some(b'\n') = self.peek_byte(self.pos) {
                                self.pos += 1;
                            }
                        }
                        None => {
                            let mut e = self.err("unexpected EOF while parsing", self.pos, 0);
                            e.at_eof = true;
                            return Err(e);
                        }
                        _ => {
                            return Err(self.err("unexpected character after line continuation character", start + 1, 0))
                        }
                    }
                    continue;
                }
                Raw::Name => {
                    for (i, c) in text.char_indices() {
                        if c.is_ascii() || is_ident_char(c) {
                            continue;
                        }
                        let at = start + i;
                        if !is_printable(c) {
                            return Err(self.err(format!("invalid non-printable character U+{:04X}", c as u32), at, 0));
                        }
                        return Err(self.err(format!("invalid character '{}' (U+{:04X})", c, c as u32), at, 0));
                    }
                    let tok = keyword(text).unwrap_or_else(|| Token::Name(text.to_string()));
                    self.line_has_tokens = true;
                    self.pending.push_back((start, tok, start + len));
                    return Ok(());
                }
                Raw::StrStart => {
                    let t = self.scan_string(start, len - 1)?;
                    self.line_has_tokens = true;
                    self.pending.push_back(t);
                    return Ok(());
                }
                Raw::DecInt | Raw::HexInt | Raw::OctInt | Raw::BinInt | Raw::Float => {
                    let t = self.number(raw, start, len)?;
                    self.line_has_tokens = true;
                    self.pending.push_back(t);
                    return Ok(());
                }
                Raw::LPar => {
                    self.open(b'(', start);
                    Token::LPar
                }
                Raw::LSqb => {
                    self.open(b'[', start);
                    Token::LSqb
                }
                Raw::LBrace => {
                    self.open(b'{', start);
                    Token::LBrace
                }
                Raw::RPar => {
                    self.close(b')', start)?;
                    Token::RPar
                }
                Raw::RSqb => {
                    self.close(b']', start)?;
                    Token::RSqb
                }
                Raw::RBrace => {
                    self.close(b'}', start)?;
                    Token::RBrace
                }
                Raw::Colon => Token::Colon,
                Raw::Comma => Token::Comma,
                Raw::Semi => Token::Semi,
                Raw::Plus => Token::Plus,
                Raw::Minus => Token::Minus,
                Raw::Star => Token::Star,
                Raw::Slash => Token::Slash,
                Raw::VBar => Token::VBar,
                Raw::Amper => Token::Amper,
                Raw::Less => Token::Less,
                Raw::Greater => Token::Greater,
                Raw::Equal => Token::Equal,
                Raw::Dot => Token::Dot,
                Raw::Percent => Token::Percent,
                Raw::EqEqual => Token::EqEqual,
                Raw::NotEqual => Token::NotEqual,
                Raw::LtGt => return Err(self.err("invalid syntax", start, 2)),
                Raw::LessEqual => Token::LessEqual,
                Raw::GreaterEqual => Token::GreaterEqual,
                Raw::Tilde => Token::Tilde,
                Raw::Circumflex => Token::Circumflex,
                Raw::LeftShift => Token::LeftShift,
                Raw::RightShift => Token::RightShift,
                Raw::DoubleStar => Token::DoubleStar,
                Raw::PlusEqual => Token::PlusEqual,
                Raw::MinEqual => Token::MinEqual,
                Raw::StarEqual => Token::StarEqual,
                Raw::SlashEqual => Token::SlashEqual,
                Raw::PercentEqual => Token::PercentEqual,
                Raw::AmperEqual => Token::AmperEqual,
                Raw::VBarEqual => Token::VBarEqual,
                Raw::CircumflexEqual => Token::CircumflexEqual,
                Raw::LeftShiftEqual => Token::LeftShiftEqual,
                Raw::RightShiftEqual => Token::RightShiftEqual,
                Raw::DoubleStarEqual => Token::DoubleStarEqual,
                Raw::DoubleSlash => Token::DoubleSlash,
                Raw::DoubleSlashEqual => Token::DoubleSlashEqual,
                Raw::At => Token::At,
                Raw::AtEqual => Token::AtEqual,
                Raw::RArrow => Token::RArrow,
                Raw::Ellipsis => Token::Ellipsis,
                Raw::ColonEqual => Token::ColonEqual,
            };
            self.line_has_tokens = true;
            self.pending.push_back((start, tok, start + len));
            return Ok(());
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        if self.pending.is_empty() && !self.done {
            if let Err(e) = self.next_token() {
                self.failed = true;
                return Some(Err(e));
            }
        }
        self.pending.pop_front().map(Ok)
    }
}

/// Tokenize a whole source; stops at the first error.
pub fn tokenize(src: &str) -> (Vec<Spanned>, Option<LexError>) {
    let mut toks = Vec::new();
    for t in Lexer::new(src) {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(e)),
        }
    }
    (toks, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Token::*;

    fn kinds(src: &str) -> Vec<Token> {
        let (toks, err) = tokenize(src);
        assert!(err.is_none(), "{:?}", err);
        toks.into_iter().map(|t| t.1).collect()
    }
    fn name(s: &str) -> Token {
        Name(s.to_string())
    }
    fn int(i: i64) -> Token {
        Int(BigInt::from(i))
    }
    fn err(src: &str) -> SyntaxErrorInfo {
        tokenize(src).1.expect("expected an error").info
    }

    #[test]
    fn simple_lines() {
        assert_eq!(kinds("x = 1\n"), vec![name("x"), Equal, int(1), Newline]);
        assert_eq!(kinds("x = 1"), vec![name("x"), Equal, int(1), Newline]);
        assert_eq!(kinds(""), vec![]);
        assert_eq!(kinds("\n\n# c\n   \n"), vec![]);
    }

    #[test]
    fn indent_dedent() {
        let src = "if x:\n    y\n    if z:\n        w\nv\n";
        assert_eq!(
            kinds(src),
            vec![
                If, name("x"), Colon, Newline, Indent, name("y"), Newline, If, name("z"), Colon, Newline, Indent,
                name("w"), Newline, Dedent, Dedent, name("v"), Newline
            ]
        );
        // EOF dedents without final newline
        assert_eq!(
            kinds("if x:\n  if y:\n    z"),
            vec![If, name("x"), Colon, Newline, Indent, If, name("y"), Colon, Newline, Indent, name("z"), Newline, Dedent, Dedent]
        );
    }

    #[test]
    fn blank_and_comment_lines() {
        let src = "if x:\n\n    # comment\n  # other\n    y  # trailing\n\n";
        assert_eq!(kinds(src), vec![If, name("x"), Colon, Newline, Indent, name("y"), Newline, Dedent]);
    }

    #[test]
    fn brackets_and_continuation() {
        assert_eq!(
            kinds("x = (1,\n  2)\ny = [\n]\n"),
            vec![name("x"), Equal, LPar, int(1), Comma, int(2), RPar, Newline, name("y"), Equal, LSqb, RSqb, Newline]
        );
        assert_eq!(kinds("x = 1 + \\\n    2\n"), vec![name("x"), Equal, int(1), Plus, int(2), Newline]);
    }

    #[test]
    fn tabs() {
        assert_eq!(kinds("if x:\n\ty\n\tz\n"), vec![If, name("x"), Colon, Newline, Indent, name("y"), Newline, name("z"), Newline, Dedent]);
        let e = err("if x:\n        y\n\tz\n");
        assert_eq!((e.kind, e.msg.as_str(), e.line), (SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3));
        let e = err("if x:\n\tif y:\n        z\n\t  w\n");
        assert_eq!(e.kind, SyntaxErrorKind::TabError);
        assert_eq!(e.line, 3);
    }

    #[test]
    fn inconsistent_dedent() {
        let e = err("if x:\n  a\n b\n");
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
        assert_eq!((e.line, e.offset), (3, 3));
    }

    #[test]
    fn form_feed_and_bom() {
        assert_eq!(kinds("\u{feff}x\n\x0cy\n"), vec![name("x"), Newline, name("y"), Newline]);
    }

    #[test]
    fn numbers() {
        assert_eq!(kinds("0x_ff 0o17 0b101 1_000"), vec![int(255), int(15), int(5), int(1000), Newline]);
        assert_eq!(kinds("1. .5 1e3 1_0.5e-1_0 3j"), vec![Float(1.0), Float(0.5), Float(1000.0), Float(10.5e-10), Imag(3.0), Newline]);
        let big = "123456789012345678901234567890";
        assert_eq!(kinds(big)[0], Int(big.parse().unwrap()));
        assert_eq!(err("x = 1abc").msg, "invalid decimal literal");
        assert_eq!(err("x = 0b12").msg, "invalid digit '2' in binary literal");
        assert_eq!(kinds("1if x else y")[1], If);
    }

    #[test]
    fn strings_and_errors() {
        assert_eq!(kinds("'a' rb\"b\" '''c\nd''' f'{x}'"), vec![Str, Str, Str, Str, Newline]);
        let e = err("x = \"abc\n");
        assert_eq!((e.msg.as_str(), e.offset), ("unterminated string literal (detected at line 1)", 5));
        let e = err("x = '''abc\n\ny\n");
        assert_eq!(e.msg, "unterminated triple-quoted string literal (detected at line 3)");
        assert_eq!(err("x\u{a0}= 1").msg, "invalid non-printable character U+00A0");
        assert_eq!(err("print（1）").msg, "invalid character '（' (U+FF08)");
        assert_eq!(kinds("变量 = '中文' # 注释\n"), vec![name("变量"), Equal, Str, Newline]);
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(err("x = )").msg, "unmatched ')'");
        assert_eq!(err("x = (]").msg, "closing parenthesis ']' does not match opening parenthesis '('");
        assert_eq!(err("x = (\n]").msg, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        let e = tokenize("foo(1,\n").1.unwrap();
        assert!(e.at_eof);
        assert_eq!((e.info.msg.as_str(), e.info.offset), ("'(' was never closed", 4));
    }
}
