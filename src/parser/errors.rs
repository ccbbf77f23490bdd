//! Turning lalrpop's parse errors into CPython 3.11's SyntaxError messages.
//!
//! CPython's PEG parser re-parses failing input with `invalid_*` rules that
//! produce specialised messages. We emulate the common ones from the token
//! stream around the failure point, re-parsing token slices with the
//! expression grammar to find sub-expression ranges.

use super::{python, Src};
use crate::ast::{Expr, ExprKind, Loc};
use crate::lexer::{LexError, Spanned, Token};
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};
use lalrpop_util::ParseError;

fn info(src: &Src, loc: Loc, msg: impl Into<String>) -> SyntaxErrorInfo {
    src.error_at(loc, msg).info
}

fn tok_loc(src: &Src, t: &Spanned) -> Loc {
    src.loc(t.0, t.2)
}

fn starts_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str
            | Token::LPar
            | Token::LSqb
            | Token::LBrace
            | Token::Minus
            | Token::Plus
            | Token::Tilde
            | Token::Not
            | Token::Lambda
            | Token::Await
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

fn ends_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str
            | Token::RPar
            | Token::RSqb
            | Token::RBrace
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

fn is_line_break(t: &Token) -> bool {
    matches!(t, Token::Newline | Token::Indent | Token::Dedent)
}

/// Parse `toks[from..to]` as an expression (tuple allowed).
fn parse_slice(src: &Src, toks: &[Spanned], from: usize, to: usize) -> Result<Expr, Option<usize>> {
    if from >= to {
        return Err(None);
    }
    let it = toks[from..to].iter().cloned().map(Ok::<Spanned, LexError>);
    match python::FieldExprParser::new().parse(src, it) {
        Ok(e) => Ok(e),
        Err(ParseError::UnrecognizedToken { token, .. }) => {
            Err(toks[from..to].iter().position(|t| t.0 == token.0 && t.1 == token.1).map(|i| i + from))
        }
        Err(_) => Err(None),
    }
}

/// The longest expression starting at `from` (stops at the logical line end).
fn longest_expr(src: &Src, toks: &[Spanned], from: usize) -> Option<(Expr, usize)> {
    let mut end = from;
    while end < toks.len() && !is_line_break(&toks[end].1) {
        end += 1;
    }
    for _ in 0..8 {
        match parse_slice(src, toks, from, end) {
            Ok(e) => return Some((e, end)),
            Err(Some(j)) if j > from && j < end => end = j,
            Err(_) => return None,
        }
    }
    None
}

/// Bracket depth just before token `k`.
fn depth_at(toks: &[Spanned], k: usize) -> i32 {
    let mut d = 0;
    for t in &toks[..k] {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => d += 1,
            Token::RPar | Token::RSqb | Token::RBrace => d -= 1,
            _ => {}
        }
    }
    d
}

/// Start index of the disjunction-level expression ending just before `k`,
/// or None when it sits in a context CPython would not hint about.
fn expr_start_before(toks: &[Spanned], k: usize) -> Option<usize> {
    let mut d = 0;
    let mut i = k;
    while i > 0 {
        let t = &toks[i - 1].1;
        match t {
            Token::RPar | Token::RSqb | Token::RBrace => d += 1,
            Token::LPar | Token::LSqb | Token::LBrace => {
                if d == 0 {
                    return Some(i);
                }
                d -= 1;
            }
            _ if d > 0 => {}
            Token::For | Token::Async => return None,
            Token::Comma
            | Token::Colon
            | Token::Equal
            | Token::ColonEqual
            | Token::Semi
            | Token::Newline
            | Token::Indent
            | Token::Dedent
            | Token::If
            | Token::Else
            | Token::Elif
            | Token::While
            | Token::Return
            | Token::Yield
            | Token::Lambda
            | Token::Del
            | Token::Assert
            | Token::Import
            | Token::From
            | Token::As
            | Token::With
            | Token::Raise
            | Token::RArrow
            | Token::At => return Some(i),
            t if t.is_augmented_assign() => return Some(i),
            Token::Star | Token::DoubleStar => {
                // An unpacking star (after a separator) ends the expression.
                if i < 2 || matches!(toks[i - 2].1, Token::Comma | Token::LPar | Token::LSqb | Token::LBrace) {
                    return Some(i);
                }
            }
            _ => {}
        }
        i -= 1;
    }
    Some(0)
}

fn line_start(toks: &[Spanned], k: usize) -> usize {
    let mut i = k;
    while i > 0 && !is_line_break(&toks[i - 1].1) {
        i -= 1;
    }
    i
}

fn block_header(src: &Src, toks: &[Spanned], k: usize) -> Option<String> {
    // toks[k-1] is the NEWLINE ending the header line.
    let nl = k.checked_sub(1)?;
    let s = line_start(toks, nl);
    let mut i = s;
    if toks.get(i).map(|t| &t.1) == Some(&Token::Async) {
        i += 1;
    }
    let t = toks.get(i)?;
    let (line, _) = src.lc(t.0);
    let what = match t.1 {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::For => "'for' statement",
        Token::While => "'while' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        Token::Match => "'match' statement",
        Token::Case => "'case' statement",
        _ => return None,
    };
    Some(format!("expected an indented block after {} on line {}", what, line))
}

fn is_compound_header(toks: &[Spanned], k: usize) -> bool {
    let s = line_start(toks, k);
    matches!(
        toks.get(s).map(|t| &t.1),
        Some(
            Token::If
                | Token::Elif
                | Token::Else
                | Token::For
                | Token::While
                | Token::Try
                | Token::Except
                | Token::Finally
                | Token::With
                | Token::Def
                | Token::Class
                | Token::Async
                | Token::Match
                | Token::Case
        )
    )
}

/// CPython's `invalid_double_starred_kvpairs` / `invalid_kvpair`: inside a
/// dict display (its first item a `key: value` or `**mapping`), a key with
/// no `:` after it, a `:` with no value, or a starred value.
fn dict_display_error(src: &Src, toks: &[Spanned], k: usize) -> Option<SyntaxErrorInfo> {
    if k == 0 || k >= toks.len() {
        return None;
    }
    let mut depth = 0usize;
    let mut open = None;
    for i in (0..k).rev() {
        match toks[i].1 {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb | Token::LBrace => {
                if depth == 0 {
                    open = Some(i);
                    break;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    let o = open?;
    if toks[o].1 != Token::LBrace {
        return None;
    }
    // Top-level items of the display up to the error token: for each, does
    // it hold a `:` of its own (not a lambda's), and where does it start.
    let mut items: Vec<(usize, bool)> = vec![(o + 1, false)];
    let mut lambdas = 0usize;
    let mut depth = 0usize;
    let mut last_colon = None;
    for (i, tk) in toks.iter().enumerate().take(k).skip(o + 1) {
        match tk.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth = depth.saturating_sub(1),
            Token::Lambda if depth == 0 => lambdas += 1,
            Token::Colon if depth == 0 => {
                if lambdas > 0 {
                    lambdas -= 1;
                } else {
                    items.last_mut().expect("one item").1 = true;
                    last_colon = Some(i);
                }
            }
            Token::Comma if depth == 0 => {
                items.push((i + 1, false));
                lambdas = 0;
            }
            Token::For | Token::Async if depth == 0 => return None,
            _ => {}
        }
    }
    let is_pair = |&(start, colon): &(usize, bool)| colon || (start < k && toks[start].1 == Token::DoubleStar);
    let (cur_start, cur_colon) = *items.last().expect("one item");
    let t = &toks[k];
    if cur_colon && last_colon == Some(k - 1) {
        if !items[..items.len() - 1].iter().all(is_pair) {
            return None;
        }
        if matches!(t.1, Token::RBrace | Token::Comma) {
            return Some(info(src, tok_loc(src, &toks[k - 1]), "expression expected after dictionary key and ':'"));
        }
        if t.1 == Token::Star {
            let end = toks.get(k + 1).map_or(t.2, |n| n.2);
            return Some(info(src, src.loc(t.0, end), "cannot use a starred expression in a dictionary value"));
        }
        return None;
    }
    if items.len() < 2 || cur_colon || cur_start >= k || t.1 == Token::Colon {
        return None;
    }
    if toks[cur_start].1 == Token::DoubleStar || !items[..items.len() - 1].iter().all(is_pair) {
        return None;
    }
    // The key ends at the token before the error; CPython points at its
    // last character, with no end (end_offset 0).
    let prev = &toks[k - 1];
    let (line, col) = src.lc(prev.2);
    Some(SyntaxErrorInfo::new(SyntaxErrorKind::SyntaxError, "':' expected after dictionary key", line, col, 0))
}

pub fn map_error(
    src: &Src,
    toks: &[Spanned],
    lexerr: Option<&LexError>,
    e: ParseError<usize, Token, LexError>,
    implicit_brackets: bool,
) -> SyntaxErrorInfo {
    let (k, expected) = match e {
        ParseError::User { error } => return error.info,
        ParseError::InvalidToken { location } => {
            return info(src, src.loc(location, location + 1), "invalid syntax");
        }
        ParseError::ExtraToken { token } => {
            return info(src, src.loc(token.0, token.2), "invalid syntax");
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let k = toks.iter().position(|t| t.0 == token.0 && t.1 == token.1).unwrap_or(toks.len());
            (k, expected)
        }
        ParseError::UnrecognizedEof { expected, .. } => (toks.len(), expected),
    };
    let pos = toks.get(k).map(|t| t.0).unwrap_or(src.text.len());
    // An unclosed bracket reached at end of input wins over errors after it.
    if let Some(le) = lexerr {
        // CPython: the parser ran into the end of input (its look-ahead
        // past the last token fails there), or the generic error lies on a
        // later line than the innermost unclosed bracket (`def g(:` followed
        // by more tokens keeps "invalid syntax").
        let reads_eof = k + 1 >= toks.len();
        if le.at_eof && !implicit_brackets && pos >= le.pos && (reads_eof || src.lc(pos).0 > src.lc(le.pos).0) {
            return le.info.clone();
        }
    }
    let expects = |s: &str| expected.iter().any(|x| x == s);
    let tok = toks.get(k);
    let generic = |loc: Loc| {
        let mut i = info(src, loc, "invalid syntax");
        if let Some(le) = lexerr {
            if !le.at_eof && le.from_tokenizer {
                i = le.info.clone();
            }
        }
        i
    };

    // Indentation.
    if let Some((_, Token::Indent, r)) = tok {
        let (line, col) = src.lc(*r);
        return SyntaxErrorInfo::new(SyntaxErrorKind::IndentationError, "unexpected indent", line, col.max(1), col.max(1) + 1);
    }
    if expects("INDENT") {
        if let Some(msg) = block_header(src, toks, k) {
            let loc = match tok {
                Some(t) if !matches!(t.1, Token::Dedent | Token::Newline) || t.0 != t.2 => tok_loc(src, t),
                _ => {
                    // At end of input CPython points past the end of the
                    // file's last line (blank and comment lines count), with
                    // no caret (end_offset -1).
                    let body = src.text.strip_suffix('\n').unwrap_or(src.text);
                    let mut i = info(src, src.loc(body.len(), body.len()), msg);
                    i.kind = SyntaxErrorKind::IndentationError;
                    i.end_offset = 0;
                    return i;
                }
            };
            let mut i = info(src, loc, msg);
            i.kind = SyntaxErrorKind::IndentationError;
            return i;
        }
    }
    let Some(t) = tok else {
        if expects("\"except\"") && expects("\"finally\"") {
            if let Some(nl) = toks.iter().rev().find(|t| t.1 == Token::Newline) {
                // At end of input: no extent, so no caret (end_offset -1).
                let mut i = info(src, src.loc(nl.0, nl.0 + 1), "expected 'except' or 'finally' block");
                i.end_offset = 0;
                return i;
            }
        }
        let end = src.text.len();
        return generic(src.loc(end, end + 1));
    };
    let tloc = tok_loc(src, t);

    // `if x` + NEWLINE
    if t.1 == Token::Newline && expects("\":\"") && is_compound_header(toks, k) {
        let l = Loc { end_col: tloc.col + 1, end_line: tloc.line, ..tloc };
        return info(src, l, "expected ':'");
    }
    // `else`, `try`, `finally` force the colon (`&&':'` in CPython's grammar).
    if expects("\":\"") && k >= 1 && line_start(toks, k) == k - 1 {
        if matches!(toks[k - 1].1, Token::Else | Token::Try | Token::Finally) {
            return info(src, tloc, "expected ':'");
        }
    }
    // `try:` block without handlers
    if expects("\"except\"") && expects("\"finally\"") {
        // CPython points at the token read after the block, when there is one.
        if let Some(next) = toks[k..].iter().find(|t| t.1 != Token::Dedent) {
            if next.0 < src.text.len() && next.2 > next.0 && !matches!(next.1, Token::Newline) {
                return info(src, tok_loc(src, next), "expected 'except' or 'finally' block");
            }
        }
        if let Some(nl) = toks[..k.min(toks.len())].iter().rev().find(|t| t.1 == Token::Newline) {
            let l = src.loc(nl.0, nl.0 + 1);
            let mut i = info(src, l, "expected 'except' or 'finally' block");
            if t.0 >= src.text.len() {
                // The token read is the end of input: no extent, no caret.
                i.end_offset = 0;
            }
            return i;
        }
    }
    if let Some(i) = dict_display_error(src, toks, k) {
        return i;
    }
    // `except A, B:`
    if t.1 == Token::Comma {
        let s = line_start(toks, k);
        if toks[s].1 == Token::Except && s + 1 < k {
            let mut c = k;
            let mut d = 0;
            while c < toks.len() && !is_line_break(&toks[c].1) {
                match toks[c].1 {
                    Token::LPar | Token::LSqb | Token::LBrace => d += 1,
                    Token::RPar | Token::RSqb | Token::RBrace => d -= 1,
                    Token::Colon | Token::As if d == 0 => break,
                    _ => {}
                }
                c += 1;
            }
            let l = src.loc(toks[s + 1].0, toks[c - 1].2);
            return info(src, l, "multiple exception types must be parenthesized");
        }
    }

    // `a if b` without else
    if t.1 != Token::Else && expects("\"else\"") {
        let mut d = 0;
        let mut i = k;
        while i > 0 {
            match toks[i - 1].1 {
                Token::RPar | Token::RSqb | Token::RBrace => d += 1,
                Token::LPar | Token::LSqb | Token::LBrace => d -= 1,
                Token::If if d == 0 => break,
                _ => {}
            }
            i -= 1;
        }
        if i > 0 {
            let if_idx = i - 1;
            if let Some(s) = expr_start_before(toks, if_idx) {
                if let (Ok(a), Ok(b)) = (parse_slice(src, toks, s, if_idx), parse_slice(src, toks, if_idx + 1, k)) {
                    return info(src, a.loc.to(b.loc), "expected 'else' after 'if' expression");
                }
            }
        }
    }

    // print "hello"
    if k >= 1 && starts_expr(&t.1) && t.1 != Token::LPar {
        if let Token::Name(n) = &toks[k - 1].1 {
            let stmt_start = k == 1 || matches!(toks[k - 2].1, Token::Newline | Token::Indent | Token::Dedent | Token::Semi);
            if (n == "print" || n == "exec") && stmt_start && !implicit_brackets {
                if let Some((e, _)) = longest_expr(src, toks, k) {
                    let l = tok_loc(src, &toks[k - 1]).to(e.loc);
                    return info(src, l, format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", n, n));
                }
            }
        }
    }

    // `if x = 1:` and friends (an `=` where an expression continues).
    if t.1 == Token::ColonEqual {
        if let Some(s) = expr_start_before(toks, k) {
            if let Ok(a) = parse_slice(src, toks, s, k) {
                if !matches!(a.kind, ExprKind::Name { .. }) {
                    let what = super::build::expr_name(&a);
                    return info(src, a.loc, format!("cannot use assignment expressions with {}", what));
                }
            }
        }
    }

    // Only where CPython parses a named_expression (conditions, brackets).
    if t.1 == Token::Equal {
        let named_ctx = |s: usize| {
            s > 0
                && (matches!(toks[s - 1].1, Token::If | Token::Elif | Token::While | Token::LPar | Token::LSqb | Token::LBrace)
                    || (toks[s - 1].1 == Token::Comma && (implicit_brackets || depth_at(toks, s) > 0)))
        };
        if let Some(s) = expr_start_before(toks, k).filter(|&s| named_ctx(s)) {
            if let Ok(a) = parse_slice(src, toks, s, k) {
                if let Some((b, bend)) = longest_expr(src, toks, k + 1) {
                    let b_first = match &b.kind {
                        ExprKind::Tuple { elts, .. } if !elts.is_empty() && elts[0].loc.col == b.loc.col => &elts[0],
                        _ => &b,
                    };
                    let followed_by_eq = matches!(toks.get(bend).map(|t| &t.1), Some(Token::Equal | Token::ColonEqual));
                    if !followed_by_eq {
                        if let ExprKind::Name { .. } = a.kind {
                            return info(src, a.loc.to(b_first.loc), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                        }
                        let excluded = matches!(
                            a.kind,
                            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
                        ) || matches!(toks[s].1, Token::True | Token::False | Token::None);
                        if !excluded {
                            return info(
                                src,
                                a.loc,
                                format!(
                                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                    super::build::expr_name(&a)
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    // Two expressions in a row inside brackets: a missing comma.
    if k >= 1 && starts_expr(&t.1) && ends_expr(&toks[k - 1].1) && (implicit_brackets || depth_at(toks, k) > 0) {
        if let Some(s) = expr_start_before(toks, k) {
            let name_string = s + 1 == k && matches!(toks[s].1, Token::Name(_)) && t.1 == Token::Str;
            if !name_string {
                if let (Ok(a), Some((b, _))) = (parse_slice(src, toks, s, k), longest_expr(src, toks, k)) {
                    let b = match &b.kind {
                        ExprKind::Tuple { elts, .. } if !elts.is_empty() && elts[0].loc.col == b.loc.col => elts[0].clone(),
                        _ => b,
                    };
                    if !matches!(a.kind, ExprKind::Tuple { .. }) {
                        return info(src, a.loc.to(b.loc), "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
            }
        }
    }

    if t.1 == Token::Dedent {
        let mut i = info(src, tloc, "unexpected unindent");
        i.kind = SyntaxErrorKind::IndentationError;
        return i;
    }
    generic(tloc)
}
