//! The pattern parser: a port of CPython 3.11's `re/_parser.py`, with its
//! error messages and positions (in characters), producing the tree that
//! `compile.rs` turns into a program.

pub const MAXREPEAT: u32 = u32::MAX;
const MAXGROUPS: usize = 1_073_741_823;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    In { items: Vec<SetItem>, negate: bool },
    At(At),
    Branch(Vec<Vec<Node>>),
    /// A group: capturing when `group` is set; `add`/`del` are scoped flags.
    Sub { group: Option<usize>, add: u32, del: u32, body: Vec<Node> },
    Repeat { min: u32, max: u32, kind: RepeatKind, body: Vec<Node> },
    GroupRef(usize),
    GroupRefExists { group: usize, yes: Vec<Node>, no: Option<Vec<Node>> },
    Assert { behind: bool, negate: bool, body: Vec<Node> },
    Atomic(Vec<Node>),
}

/// A parse error: CPython's message, and the position unless none is given.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    /// Nesting deeper than CPython's recursive parser can go.
    Recursion,
}

type PResult<T> = Result<T, ParseError>;

pub struct Parsed {
    pub nodes: Vec<Node>,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// (min, max) width of each closed group, for back-references.
    pub widths: Vec<Option<(u64, u64)>>,
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    fn check_lookbehind_group(&self, gid: usize, src: &Tokenizer) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }
}

/// Tokens are single characters or a backslash and the character after it.
pub struct Tokenizer {
    /// A str pattern (else bytes, decoded as Latin-1).
    istext: bool,
    chars: Vec<char>,
    index: usize,
    next: Option<(char, Option<char>)>,
}

impl Tokenizer {
    pub fn new(s: &str, istext: bool) -> PResult<Tokenizer> {
        let mut t = Tokenizer { istext, chars: s.chars().collect(), index: 0, next: None };
        t.advance()?;
        Ok(t)
    }
    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        let Some(&c) = self.chars.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.chars.get(i + 1) {
                Some(&d) => {
                    self.next = Some((c, Some(d)));
                    self.index = i + 2;
                }
                None => return Err(ParseError::Re("bad escape (end of pattern)".into(), Some(self.chars.len() - 1))),
            }
        } else {
            self.next = Some((c, None));
            self.index = i + 1;
        }
        Ok(())
    }
    fn peek_char(&self) -> Option<char> {
        match self.next {
            Some((c, None)) => Some(c),
            _ => None,
        }
    }
    fn is_next(&self, c: char) -> bool {
        self.peek_char() == Some(c)
    }
    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.is_next(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    pub fn get(&mut self) -> PResult<Option<(char, Option<char>)>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn getwhile(&mut self, n: usize, ok: fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.peek_char() {
                Some(c) if ok(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }
    pub fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {}", name), 0));
                    }
                    return Err(self.error(&format!("missing {}, unterminated name", terminator), out.chars().count()));
                }
                Some((c, None)) if c == terminator => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {}", name), 1));
                    }
                    return Ok(out);
                }
                Some((c, d)) => {
                    out.push(c);
                    if let Some(d) = d {
                        out.push(d);
                    }
                }
            }
        }
    }
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |(_, d)| if d.is_some() { 2 } else { 1 })
    }
    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }
    pub fn error(&self, msg: &str, offset: usize) -> ParseError {
        let msg = if self.istext { msg.to_string() } else { backslash_replace(msg) };
        ParseError::Re(msg, Some(self.tell().saturating_sub(offset)))
    }
    pub fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace')`, for messages on bytes patterns.
fn backslash_replace(msg: &str) -> String {
    let mut out = String::new();
    for c in msg.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            v @ 0x80..=0xff => out.push_str(&format!("\\x{:02x}", v)),
            v @ 0x100..=0xffff => out.push_str(&format!("\\u{:04x}", v)),
            v => out.push_str(&format!("\\U{:08x}", v)),
        }
    }
    out
}

pub fn is_identifier(s: &str) -> bool {
    use crate::builtins::{is_alpha, is_numeric};
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || is_alpha(c) => {}
        _ => return false,
    }
    it.all(|c| c == '_' || is_alpha(c) || is_numeric(c))
}

/// `repr()` of a str, as in the `%r` of CPython's messages.
pub fn py_repr(s: &str) -> String {
    crate::vm::repr::repr_str(s)
}

fn tok_str(t: (char, Option<char>)) -> String {
    let mut s = String::new();
    s.push(t.0);
    if let Some(d) = t.1 {
        s.push(d);
    }
    s
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}
fn is_oct(c: char) -> bool {
    ('0'..='7').contains(&c)
}
fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

enum Esc {
    Lit(u32),
    Cat(Category),
    At(At),
    GroupRef(usize),
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// `\x`, `\u`, `\U`: a fixed number of hex digits.
fn hex_escape(src: &mut Tokenizer, escape: &mut String, n: usize) -> PResult<u32> {
    *escape += &src.getwhile(n, is_hex)?;
    let len = escape.chars().count();
    if len != n + 2 {
        return Err(src.error(&format!("incomplete escape {}", escape), len));
    }
    let v = u32::from_str_radix(&escape[2..], 16).unwrap_or(u32::MAX);
    if v > 0x10FFFF {
        return Err(src.error(&format!("bad escape {}", escape), len));
    }
    Ok(v)
}

fn named_escape(src: &mut Tokenizer) -> PResult<u32> {
    if !src.matches('{')? {
        return Err(src.error("missing {", 0));
    }
    let name = src.getuntil('}', "character name")?;
    Err(src.error(&format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4))
}

/// The escapes that mean the same in and out of a class: `\x \u \U \N`.
fn code_escape(src: &mut Tokenizer, c: char, escape: &mut String) -> Option<PResult<Esc>> {
    let digits = match c {
        'x' => 2,
        'u' if src.istext => 4,
        'U' if src.istext => 8,
        'N' if src.istext => return Some(named_escape(src).map(Esc::Lit)),
        _ => return None,
    };
    Some(hex_escape(src, escape, digits).map(Esc::Lit))
}

fn octal_overflow(src: &Tokenizer, escape: &str) -> ParseError {
    src.error(&format!("octal escape value {} outside of range 0-0o377", escape), escape.chars().count())
}

fn class_escape(src: &mut Tokenizer, t: (char, Option<char>)) -> PResult<Esc> {
    let c = t.1.unwrap_or('\\');
    let mut escape = tok_str(t);
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(cat) = category(c) {
        return Ok(Esc::Cat(cat));
    }
    if let Some(code) = code_escape(src, c, &mut escape) {
        return code;
    }
    match c {
        _ if is_oct(c) => {
            escape += &src.getwhile(2, is_oct)?;
            let v = u32::from_str_radix(&escape[1..], 8).unwrap();
            if v > 0o377 {
                return Err(octal_overflow(src, &escape));
            }
            return Ok(Esc::Lit(v));
        }
        _ if is_digit(c) => {}
        _ if c.is_ascii_alphabetic() => {}
        _ => return Ok(Esc::Lit(c as u32)),
    }
    Err(src.error(&format!("bad escape {}", escape), escape.chars().count()))
}

fn escape(src: &mut Tokenizer, t: (char, Option<char>), state: &State) -> PResult<Esc> {
    let c = t.1.unwrap_or('\\');
    let mut escape = tok_str(t);
    match c {
        'A' => return Ok(Esc::At(At::BeginningString)),
        'b' => return Ok(Esc::At(At::Boundary)),
        'B' => return Ok(Esc::At(At::NonBoundary)),
        'Z' => return Ok(Esc::At(At::EndString)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(Esc::Cat(cat));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(code) = code_escape(src, c, &mut escape) {
        return code;
    }
    match c {
        '0' => {
            escape += &src.getwhile(2, is_oct)?;
            return Ok(Esc::Lit(u32::from_str_radix(&escape[1..], 8).unwrap()));
        }
        _ if is_digit(c) => {
            if let Some(d) = src.peek_char().filter(|d| is_digit(*d)) {
                src.advance()?;
                escape.push(d);
                if is_oct(c) && is_oct(d) && src.peek_char().is_some_and(is_oct) {
                    escape.push(src.peek_char().unwrap());
                    src.advance()?;
                    let v = u32::from_str_radix(&escape[1..], 8).unwrap();
                    if v > 0o377 {
                        return Err(octal_overflow(src, &escape));
                    }
                    return Ok(Esc::Lit(v));
                }
            }
            let group: usize = escape[1..].parse().unwrap();
            if group < state.groups() {
                if !state.check_group(group) {
                    return Err(src.error("cannot refer to an open group", escape.len()));
                }
                state.check_lookbehind_group(group, src)?;
                return Ok(Esc::GroupRef(group));
            }
            return Err(src.error(&format!("invalid group reference {}", group), escape.len() - 1));
        }
        _ if c.is_ascii_alphabetic() => {}
        _ => return Ok(Esc::Lit(c as u32)),
    }
    Err(src.error(&format!("bad escape {}", escape), escape.chars().count()))
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// Width of a sequence of nodes: (min, max), saturating.
pub fn width(nodes: &[Node], groupwidths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in nodes {
        let (i, j) = match n {
            Node::Branch(items) => {
                let mut i = u64::MAX;
                let mut j = 0;
                for it in items {
                    let (l, h) = width(it, groupwidths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(b) | Node::Sub { body: b, .. } => width(b, groupwidths),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, groupwidths);
                let lo2 = i.saturating_mul(*min as u64);
                let hi2 = if *max == MAXREPEAT && j > 0 { u64::MAX } else { j.saturating_mul(*max as u64) };
                (lo2, hi2)
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::GroupRef(g) => groupwidths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, groupwidths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, groupwidths);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo, hi)
}

/// Parse a pattern with the given flags: a str pattern, or (`istext`
/// false) a bytes pattern decoded as Latin-1.
pub fn parse(pattern: &str, flags: u32, istext: bool) -> PResult<Parsed> {
    let mut src = Tokenizer::new(pattern, istext)?;
    let mut state = State { flags, names: Vec::new(), widths: vec![None], lookbehind_groups: None, groupref_pos: Vec::new() };
    let nodes = parse_sub(&mut src, &mut state, flags & FLAG_VERBOSE != 0, 0)?;
    let flags = fix_flags(state.flags, istext)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ParseError::Re(format!("invalid group reference {}", g), Some(pos)));
        }
    }
    Ok(Parsed { nodes, flags, groups: state.groups() - 1, names: state.names, widths: state.widths })
}

/// Two levels per parenthesis: CPython's parser reaches its recursion
/// limit a little beyond 300 nested groups.
fn fix_flags(mut flags: u32, istext: bool) -> PResult<u32> {
    let err = |m: &str| Err(ParseError::Value(m.into()));
    if istext {
        if flags & FLAG_LOCALE != 0 {
            return err("cannot use LOCALE flag with a str pattern");
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return err("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return err("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return err("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

const MAX_NESTING: usize = 660;

fn parse_sub(src: &mut Tokenizer, state: &mut State, mut verbose: bool, nested: usize) -> PResult<Vec<Node>> {
    if nested > MAX_NESTING {
        return Err(ParseError::Recursion);
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse_seq(src: &mut Tokenizer, state: &mut State, mut verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    loop {
        let Some(t) = src.next else { break };
        if t == ('|', None) || t == (')', None) {
            break;
        }
        src.advance()?;
        let (this, escaped) = t;
        if verbose && escaped.is_none() {
            if matches!(this, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if this == '#' {
                loop {
                    match src.get()? {
                        None | Some(('\n', None)) => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if escaped.is_some() {
            match escape(src, t, state)? {
                Esc::Lit(v) => seq.push(Node::Lit(v)),
                Esc::Cat(c) => seq.push(Node::In { items: vec![SetItem::Cat(c)], negate: false }),
                Esc::At(a) => seq.push(Node::At(a)),
                Esc::GroupRef(g) => seq.push(Node::GroupRef(g)),
            }
            continue;
        }
        match this {
            '[' => seq.push(parse_class(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match this {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.is_next('}') {
                            seq.push(Node::Lit('{' as u32));
                            continue;
                        }
                        let lo = src.getwhile(usize::MAX, is_digit)?;
                        let hi = if src.matches(',')? { src.getwhile(usize::MAX, is_digit)? } else { lo.clone() };
                        if !src.matches('}')? {
                            seq.push(Node::Lit('{' as u32));
                            src.seek(here)?;
                            continue;
                        }
                        let num = |s: &str| -> PResult<u32> {
                            match s.parse::<u64>() {
                                Ok(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                                _ => Err(ParseError::Overflow("the repetition number is too large".into())),
                            }
                        };
                        let min = if lo.is_empty() { 0 } else { num(&lo)? };
                        let mut max = MAXREPEAT;
                        if !hi.is_empty() {
                            max = num(&hi)?;
                            if max < min {
                                return Err(src.error("min repeat greater than max repeat", src.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let back = src.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", back)),
                    Some(Node::Repeat { .. }) => return Err(src.error("multiple repeat", back)),
                    Some(Node::Sub { group: None, add: 0, del: 0, body }) => body,
                    Some(n) => vec![n],
                };
                let kind = if src.matches('?')? {
                    RepeatKind::Lazy
                } else if src.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat { min, max, kind, body: item });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                if let Some(n) = parse_group(src, state, &mut verbose, nested, first && seq.is_empty())? {
                    seq.push(n);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Lit(this as u32)),
        }
    }
    // unpack non-capturing groups without flags
    let mut out = Vec::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Sub { group: None, add: 0, del: 0, body } => out.extend(body),
            n => out.push(n),
        }
    }
    Ok(out)
}

fn parse_class(src: &mut Tokenizer) -> PResult<Node> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = src.matches('^')?;
    let unterminated = |src: &Tokenizer| src.error("unterminated character set", src.tell() - here);
    let mut first = true;
    loop {
        let Some(t) = src.get()? else { return Err(unterminated(src)) };
        if t == (']', None) && !first {
            break;
        }
        first = false;
        let code1 = if t.1.is_some() { class_escape(src, t)? } else { Esc::Lit(t.0 as u32) };
        if src.matches('-')? {
            let Some(that) = src.get()? else { return Err(unterminated(src)) };
            if that == (']', None) {
                set.push(esc_item(code1));
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.1.is_some() { class_escape(src, that)? } else { Esc::Lit(that.0 as u32) };
            let msg = format!("bad character range {}-{}", tok_str(t), tok_str(that));
            let back = tok_str(t).chars().count() + 1 + tok_str(that).chars().count();
            match (code1, code2) {
                (Esc::Lit(lo), Esc::Lit(hi)) if hi >= lo => set.push(SetItem::Range(lo, hi)),
                _ => return Err(src.error(&msg, back)),
            }
        } else {
            set.push(esc_item(code1));
        }
    }
    let mut uniq: Vec<SetItem> = Vec::with_capacity(set.len());
    for it in set {
        if !uniq.contains(&it) {
            uniq.push(it);
        }
    }
    if uniq.len() == 1 {
        if let SetItem::Lit(v) = uniq[0] {
            return Ok(if negate { Node::NotLit(v) } else { Node::Lit(v) });
        }
    }
    Ok(Node::In { items: uniq, negate })
}

fn esc_item(e: Esc) -> SetItem {
    match e {
        Esc::Lit(v) => SetItem::Lit(v),
        Esc::Cat(c) => SetItem::Cat(c),
        Esc::At(_) | Esc::GroupRef(_) => unreachable!("class escapes are literals or categories"),
    }
}

/// After `(`: a group, an extension, or inline flags (then `None`).
fn parse_group(src: &mut Tokenizer, state: &mut State, verbose: &mut bool, nested: usize, first: bool) -> PResult<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0u32, 0u32);
    let unterminated = |src: &Tokenizer| src.error("missing ), unterminated subpattern", src.tell() - start);
    if src.matches('?')? {
        let Some(ch) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
        let c = ch.0;
        let plain = ch.1.is_none();
        if plain && c == 'P' {
            if src.matches('<')? {
                let n = src.getuntil('>', "group name")?;
                src.check_group_name(&n, 1)?;
                name = Some(n);
            } else if src.matches('=')? {
                let n = src.getuntil(')', "group name")?;
                src.check_group_name(&n, 1)?;
                let back = n.chars().count() + 1;
                let Some(gid) = state.group_named(&n) else {
                    return Err(src.error(&format!("unknown group name {}", py_repr(&n)), back));
                };
                if !state.check_group(gid) {
                    return Err(src.error("cannot refer to an open group", back));
                }
                state.check_lookbehind_group(gid, src)?;
                return Ok(Some(Node::GroupRef(gid)));
            } else {
                let Some(ch) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
                let s = tok_str(ch);
                return Err(src.error(&format!("unknown extension ?P{}", s), s.chars().count() + 2));
            }
        } else if plain && c == ':' {
            capture = false;
        } else if plain && c == '#' {
            loop {
                if src.next.is_none() {
                    return Err(src.error("missing ), unterminated comment", src.tell() - start));
                }
                if src.get()? == Some((')', None)) {
                    break;
                }
            }
            return Ok(None);
        } else if plain && matches!(c, '=' | '!' | '<') {
            let mut c = c;
            let mut behind = false;
            let saved_lb = state.lookbehind_groups;
            if c == '<' {
                let Some(ch) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
                if ch.1.is_some() || !matches!(ch.0, '=' | '!') {
                    let s = tok_str(ch);
                    return Err(src.error(&format!("unknown extension ?<{}", s), s.chars().count() + 2));
                }
                c = ch.0;
                behind = true;
                if saved_lb.is_none() {
                    state.lookbehind_groups = Some(state.groups());
                }
            }
            let body = parse_sub(src, state, *verbose, nested + 1)?;
            if behind && saved_lb.is_none() {
                state.lookbehind_groups = None;
            }
            if !src.matches(')')? {
                return Err(unterminated(src));
            }
            return Ok(Some(Node::Assert { behind, negate: c == '!', body }));
        } else if plain && c == '(' {
            let condname = src.getuntil(')', "group name")?;
            let back = condname.chars().count() + 1;
            let condgroup;
            if is_identifier(&condname) {
                match state.group_named(&condname) {
                    Some(g) => condgroup = g,
                    None => return Err(src.error(&format!("unknown group name {}", py_repr(&condname)), back)),
                }
            } else {
                let g: usize = match condname.trim().parse::<u64>() {
                    Ok(g) if condname.chars().all(|c| c.is_ascii_digit() || c == '_' || c.is_whitespace() || c == '+') => g as usize,
                    _ => return Err(src.error(&format!("bad character in group name {}", py_repr(&condname)), back)),
                };
                if g == 0 {
                    return Err(src.error("bad group number", back));
                }
                if g >= MAXGROUPS {
                    return Err(src.error(&format!("invalid group reference {}", g), back));
                }
                if !state.groupref_pos.iter().any(|(x, _)| *x == g) {
                    state.groupref_pos.push((g, src.tell() - back));
                }
                condgroup = g;
            }
            state.check_lookbehind_group(condgroup, src)?;
            let yes = parse_seq(src, state, *verbose, nested + 1, false)?;
            let no = if src.matches('|')? {
                let no = parse_seq(src, state, *verbose, nested + 1, false)?;
                if src.is_next('|') {
                    return Err(src.error("conditional backref with more than two branches", 0));
                }
                Some(no)
            } else {
                None
            };
            if !src.matches(')')? {
                return Err(unterminated(src));
            }
            return Ok(Some(Node::GroupRefExists { group: condgroup, yes, no }));
        } else if plain && c == '>' {
            capture = false;
            atomic = true;
        } else if plain && (flag_of(c).is_some() || c == '-') {
            match parse_flags(src, state, c)? {
                None => {
                    if !first {
                        return Err(src.error("global flags not at the start of the expression", src.tell() - start));
                    }
                    *verbose = state.flags & FLAG_VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            }
        } else {
            let s = tok_str(ch);
            return Err(src.error(&format!("unknown extension ?{}", s), s.chars().count() + 1));
        }
    }
    let group = if capture {
        let gid = state.groups();
        if gid >= MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(old) = state.group_named(n) {
                let msg = format!("redefinition of group name {} as group {}; was group {}", py_repr(n), gid, old);
                return Err(src.error(&msg, n.chars().count() + 1));
            }
            state.names.push((n.clone(), gid));
        }
        state.widths.push(None);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & FLAG_VERBOSE != 0) && del & FLAG_VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(unterminated(src));
    }
    if let Some(g) = group {
        state.widths[g] = Some(width(&body, &state.widths));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Sub { group, add, del, body }))
}

fn parse_flags(src: &mut Tokenizer, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let (mut add, mut del) = (0u32, 0u32);
    let mut ch = Some((first, None));
    let is_alpha = |t: &(char, Option<char>)| t.1.is_none() && crate::builtins::is_alpha(t.0);
    let flag = |t: Option<(char, Option<char>)>| match t {
        Some((c, None)) => flag_of(c),
        _ => None,
    };
    if first != '-' {
        loop {
            let c = ch.unwrap().0;
            let f = flag_of(c).unwrap();
            if c == 'L' && src.istext {
                return Err(src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
            }
            if c == 'u' && !src.istext {
                return Err(src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
            }
            add |= f;
            if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                return Err(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            ch = src.get()?;
            let Some(t) = ch else { return Err(src.error("missing -, : or )", 0)) };
            if t.1.is_none() && matches!(t.0, ')' | '-' | ':') {
                break;
            }
            if flag(ch).is_none() {
                let msg = if is_alpha(&t) { "unknown flag" } else { "missing -, : or )" };
                return Err(src.error(msg, tok_str(t).chars().count()));
            }
        }
    }
    let c = ch.unwrap().0;
    if c == ')' {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c == '-' {
        ch = src.get()?;
        let Some(t) = ch else { return Err(src.error("missing flag", 0)) };
        if flag(ch).is_none() {
            let msg = if is_alpha(&t) { "unknown flag" } else { "missing flag" };
            return Err(src.error(msg, tok_str(t).chars().count()));
        }
        loop {
            let f = flag(ch).unwrap();
            if f & TYPE_FLAGS != 0 {
                return Err(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del |= f;
            ch = src.get()?;
            let Some(t) = ch else { return Err(src.error("missing :", 0)) };
            if t == (':', None) {
                break;
            }
            if flag(ch).is_none() {
                let msg = if is_alpha(&t) { "unknown flag" } else { "missing :" };
                return Err(src.error(msg, tok_str(t).chars().count()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
