//! String literals: prefixes, escape decoding, implicit concatenation and
//! f-strings (replacement fields are parsed with the real expression grammar
//! over their span of the original source, so their locations are exact).

use super::build::{err_loc, mk, PErr};
use super::Src;
use crate::ast::*;

enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    /// f-string parts: Constant(Str) / FormattedValue.
    F(Vec<Expr>),
}

struct Ctx<'a, 'b> {
    src: &'a Src<'b>,
    /// Location given to f-string parts (the whole concatenated literal).
    whole: Loc,
    /// Location for literal-level errors (CPython: just past the token).
    tok_end: Loc,
}

impl Ctx<'_, '_> {
    fn err(&self, msg: impl Into<String>) -> PErr {
        err_loc(self.src, self.tok_end, msg)
    }
}

/// Build the expression for one or more adjacent string tokens.
pub fn strings(src: &Src, l: usize, r: usize, parts: Vec<(usize, usize)>) -> Result<Expr, PErr> {
    let whole = src.loc(l, r);
    let mut pieces = Vec::new();
    for (pl, pr) in parts {
        let end = src.loc(pr, pr);
        let ctx = Ctx { src, whole, tok_end: Loc::new(end.line, end.col, end.line, end.col + 1) };
        pieces.push(piece(&ctx, pl, pr)?);
    }
    let has_bytes = pieces.iter().any(|p| matches!(p, Piece::Bytes(_)));
    if has_bytes && !pieces.iter().all(|p| matches!(p, Piece::Bytes(_))) {
        // CPython reports it at the end of the last literal.
        let e = src.loc(r, r);
        return Err(err_loc(src, Loc::new(e.line, e.col, e.line, e.col + 1), "cannot mix bytes and nonbytes literals"));
    }
    if has_bytes {
        let mut out = Vec::new();
        for p in pieces {
            if let Piece::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr { kind: ExprKind::Constant(Constant::Bytes(out)), loc: whole });
    }
    if !pieces.iter().any(|p| matches!(p, Piece::F(_))) {
        let mut s = String::new();
        for p in pieces {
            if let Piece::Str(t) = p {
                s.push_str(&t);
            }
        }
        return Ok(Expr { kind: ExprKind::Constant(Constant::Str(s)), loc: whole });
    }
    let mut values: Vec<Expr> = Vec::new();
    let mut pending = String::new();
    let flush = |pending: &mut String, values: &mut Vec<Expr>| {
        if !pending.is_empty() {
            values.push(Expr { kind: ExprKind::Constant(Constant::Str(std::mem::take(pending))), loc: whole });
        }
    };
    for p in pieces {
        match p {
            Piece::Str(s) => pending.push_str(&s),
            Piece::F(parts) => {
                for e in parts {
                    match e.kind {
                        ExprKind::Constant(Constant::Str(s)) => pending.push_str(&s),
                        _ => {
                            flush(&mut pending, &mut values);
                            values.push(e);
                        }
                    }
                }
            }
            Piece::Bytes(_) => unreachable!(),
        }
    }
    flush(&mut pending, &mut values);
    Ok(mk(src, l, r, ExprKind::JoinedStr(values)))
}

fn piece(ctx: &Ctx, l: usize, r: usize) -> Result<Piece, PErr> {
    let text = &ctx.src.text[l..r];
    let qi = text.find(['\'', '"']).unwrap();
    let prefix = text[..qi].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let bytes = prefix.contains('b');
    let fstr = prefix.contains('f');
    let q = &text[qi..];
    let qlen = if q.len() >= 6 && (q.starts_with("'''") || q.starts_with("\"\"\"")) { 3 } else { 1 };
    let body_start = l + qi + qlen;
    let body_end = r - qlen;
    let body = &ctx.src.text[body_start..body_end];
    if fstr {
        let mut p = FParser { ctx, raw, pos: body_start, end: body_end };
        let parts = p.parse(0)?;
        return Ok(Piece::F(parts));
    }
    if bytes {
        if let Some(c) = body.chars().find(|c| !c.is_ascii()) {
            let _ = c;
            return Err(err_loc(ctx.src, ctx.src.loc(l, r), "bytes can only contain ASCII literal characters"));
        }
        if raw {
            return Ok(Piece::Bytes(body.as_bytes().to_vec()));
        }
        return Ok(Piece::Bytes(decode_bytes(ctx, body)?));
    }
    if raw {
        return Ok(Piece::Str(body.replace("\r\n", "\n").replace('\r', "\n")));
    }
    Ok(Piece::Str(decode_str(ctx, body)?))
}

fn unicode_error(ctx: &Ctx, start: usize, end: usize, what: &str) -> PErr {
    ctx.err(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start, end, what
    ))
}

fn decode_str(ctx: &Ctx, body: &str) -> Result<String, PErr> {
    if !body.contains('\\') && !body.contains('\r') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap());
            }
            b'x' | b'u' | b'U' => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = body.get(i..i + n).filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let got = body[i..].bytes().take(n).take_while(|c| c.is_ascii_hexdigit()).count();
                    let what = match e {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(ctx, start, i + got - 1, what));
                };
                let v = u32::from_str_radix(hex, 16).unwrap();
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(ctx, start, i - 1, "illegal Unicode character")),
                }
            }
            b'N' => {
                let close = if b.get(i) == Some(&b'{') { body[i..].find('}') } else { None };
                let Some(close) = close else {
                    return Err(unicode_error(ctx, start, i - 1, "malformed \\N character escape"));
                };
                let name = &body[i + 1..i + close];
                match super::unicode_names::lookup(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(ctx, start, i + close, "unknown Unicode character name")),
                }
                i += close + 1;
            }
            _ => {
                // Unknown escape: kept as is (CPython only warns).
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

fn decode_bytes(ctx: &Ctx, body: &str) -> Result<Vec<u8>, PErr> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = body.get(i..i + 2).filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(ctx.err(format!(
                        "(value error) invalid \\x escape at position {}",
                        start
                    )));
                };
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ f-strings

struct FParser<'c, 'a, 'b> {
    ctx: &'c Ctx<'a, 'b>,
    raw: bool,
    pos: usize,
    end: usize,
}

impl FParser<'_, '_, '_> {
    fn text(&self) -> &str {
        self.ctx.src.text
    }
    fn peek(&self) -> Option<u8> {
        if self.pos < self.end {
            Some(self.text().as_bytes()[self.pos])
        } else {
            None
        }
    }
    fn err(&self, msg: &str) -> PErr {
        self.ctx.err(format!("f-string: {}", msg))
    }

    fn literal(&self, s: &str) -> Result<Expr, PErr> {
        let v = if self.raw { s.to_string() } else { decode_str(self.ctx, s)? };
        Ok(Expr { kind: ExprKind::Constant(Constant::Str(v)), loc: self.ctx.whole })
    }

    /// Parse literal text and fields until the end, or (in a format spec,
    /// `depth > 0`) until the closing `}` (not consumed).
    fn parse(&mut self, depth: u32) -> Result<Vec<Expr>, PErr> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            match c {
                b'{' => {
                    if depth == 0 && self.text().as_bytes().get(self.pos + 1) == Some(&b'{') && self.pos + 1 < self.end {
                        lit.push('{');
                        self.pos += 2;
                        continue;
                    }
                    if !lit.is_empty() {
                        parts.push(self.literal(&std::mem::take(&mut lit))?);
                    }
                    self.pos += 1;
                    self.field(depth, &mut parts)?;
                }
                b'}' => {
                    if depth > 0 {
                        break;
                    }
                    if self.text().as_bytes().get(self.pos + 1) == Some(&b'}') && self.pos + 1 < self.end {
                        lit.push('}');
                        self.pos += 2;
                        continue;
                    }
                    return Err(self.err("single '}' is not allowed"));
                }
                b'\\' if !self.raw => {
                    // Keep escapes intact for decoding; `\N{...}` contains braces.
                    let rest = &self.text()[self.pos..self.end];
                    if rest.starts_with("\\N{") {
                        let n = rest.find('}').map(|i| i + 1).unwrap_or(rest.len());
                        lit.push_str(&rest[..n]);
                        self.pos += n;
                    } else {
                        let n = rest[1..].chars().next().map(|c| c.len_utf8()).unwrap_or(0) + 1;
                        lit.push_str(&rest[..n]);
                        self.pos += n;
                    }
                }
                _ => {
                    let ch = self.text()[self.pos..].chars().next().unwrap();
                    lit.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        if !lit.is_empty() {
            parts.push(self.literal(&lit)?);
        }
        Ok(parts)
    }

    /// After `{`: expression, `=`, `!conv`, `:spec`, `}`.
    fn field(&mut self, depth: u32, parts: &mut Vec<Expr>) -> Result<(), PErr> {
        if depth >= 2 {
            return Err(self.err("expressions nested too deeply"));
        }
        let src_text: &str = self.ctx.src.text;
        let bytes = src_text.as_bytes();
        let start = self.pos;
        let mut nest: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut debug_end = None;
        let mut p = self.pos;
        while p < self.end {
            let c = bytes[p];
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if p + 2 < self.end && bytes[p + 1] == q && bytes[p + 2] == q {
                        quote = None;
                        p += 2;
                    }
                }
                p += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = p + 2 < self.end && bytes[p + 1] == c && bytes[p + 2] == c;
                    quote = Some((c, triple));
                    if triple {
                        p += 2;
                    }
                }
                b'(' | b'[' | b'{' => nest.push(c),
                b')' | b']' => {
                    nest.pop();
                }
                b'}' if !nest.is_empty() => {
                    nest.pop();
                }
                b'\\' => return Err(self.ctx.err("f-string expression part cannot include a backslash")),
                b'#' => return Err(self.ctx.err("f-string expression part cannot include '#'")),
                _ => {}
            }
            if nest.is_empty() {
                let next = bytes.get(p + 1).copied().filter(|_| p + 1 < self.end);
                if c == b'}' || c == b':' {
                    break;
                }
                if c == b'!' && next != Some(b'=') {
                    break;
                }
                if c == b'=' && next != Some(b'=') && p > start && !b"=!<>".contains(&bytes[p - 1]) {
                    debug_end = Some(p + 1);
                    break;
                }
                if c == b'=' && next == Some(b'=') {
                    p += 2;
                    continue;
                }
            }
            p += 1;
        }
        if quote.is_some() || p >= self.end {
            return Err(self.err("expecting '}'"));
        }
        let expr_end = p;
        if self.text()[start..expr_end].trim().is_empty() {
            return Err(self.err("empty expression not allowed"));
        }
        let value = super::parse_field(self.ctx.src, start, expr_end)?;
        self.pos = expr_end;
        let mut conversion = None;
        if let Some(mut de) = debug_end {
            while de < self.end && matches!(self.text().as_bytes()[de], b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
                de += 1;
            }
            let t = self.text()[start..de].to_string();
            parts.push(Expr { kind: ExprKind::Constant(Constant::Str(t)), loc: self.ctx.whole });
            self.pos = de;
        }
        if self.peek() == Some(b'!') {
            self.pos += 1;
            let c = self.peek();
            match c {
                Some(b's') | Some(b'r') | Some(b'a') => {
                    conversion = Some(c.unwrap() as char);
                    self.pos += 1;
                }
                None => return Err(self.err("expecting '}'")),
                _ => return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'")),
            }
            match self.peek() {
                Some(b':') | Some(b'}') => {}
                None => return Err(self.err("expecting '}'")),
                _ => return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'")),
            }
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            let spec = self.parse(depth + 1)?;
            format_spec = Some(Box::new(Expr { kind: ExprKind::JoinedStr(spec), loc: self.ctx.whole }));
        }
        if self.peek() != Some(b'}') {
            return Err(self.err("expecting '}'"));
        }
        self.pos += 1;
        if debug_end.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        parts.push(Expr {
            kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec },
            loc: self.ctx.whole,
        });
        Ok(())
    }
}

