//! From the parsed tree to a program for the backtracking matcher
//! (`matcher.rs`). Scoped flags are resolved here: every instruction
//! carries its own case-insensitivity, ASCII-ness, MULTILINE and DOTALL.

use super::parse::*;

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Single {
    Char(u32),
    /// Case-insensitive literal; `bool`: ASCII-only folding.
    CharIgn(u32, bool),
    NotChar(u32),
    NotCharIgn(u32, bool),
    /// `.` without DOTALL: anything but `\n`.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub ignore: bool,
    pub ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AtOp {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(Single),
    At(AtOp),
    /// Record the position in a group mark (2g: start, 2g+1: end).
    Mark(u32),
    /// Try the first target; on failure, the second.
    Split(u32, u32),
    Jmp(u32),
    /// Start a counted repeat: reset its register, go to its `Until`.
    RepeatStart { r: u32, until: u32 },
    /// After each iteration of a counted repeat (and before the first).
    Until { r: u32, min: u32, max: u32, greedy: bool, body: u32 },
    /// A repeat of a single-character test (no registers, one choice point).
    RepeatOne { s: Single, min: u32, max: u32, greedy: bool },
    GroupRef { g: u32, ignore: bool, ascii: bool },
    /// `(?(g)yes|no)`: continue if group g matched, else jump to `no`.
    GroupExists { g: u32, no: u32 },
    /// A lookaround whose program follows and ends in `Succeed`; `back`
    /// is the lookbehind distance; `end` the instruction after it.
    Assert { negate: bool, back: Option<u32>, end: u32 },
    /// An atomic group whose program follows and ends in `Succeed`.
    Atomic { end: u32 },
    Succeed,
    Match,
}

pub struct Program {
    pub code: Vec<Inst>,
    pub registers: usize,
    pub groups: usize,
}

struct Compiler<'a> {
    code: Vec<Inst>,
    registers: usize,
    widths: &'a [Option<(u64, u64)>],
}

pub fn compile(parsed: &Parsed) -> Result<Program, ParseError> {
    let mut c = Compiler { code: Vec::new(), registers: 0, widths: &parsed.widths };
    c.seq(&parsed.nodes, parsed.flags)?;
    c.code.push(Inst::Match);
    Ok(Program { code: c.code, registers: c.registers, groups: parsed.groups })
}

/// ASCII classes and case: `re.ASCII`, or a bytes pattern (no UNICODE).
fn is_ascii(flags: u32) -> bool {
    flags & FLAG_ASCII != 0 || flags & FLAG_UNICODE == 0
}

fn single(node: &Node, flags: u32) -> Option<Single> {
    let ignore = flags & FLAG_IGNORECASE != 0;
    let ascii = is_ascii(flags);
    Some(match node {
        Node::Lit(c) if ignore => Single::CharIgn(*c, ascii),
        Node::Lit(c) => Single::Char(*c),
        Node::NotLit(c) if ignore => Single::NotCharIgn(*c, ascii),
        Node::NotLit(c) => Single::NotChar(*c),
        Node::Any if flags & FLAG_DOTALL != 0 => Single::AnyAll,
        Node::Any => Single::Any,
        Node::In { items, negate } => Single::Set(Box::new(CharSet { items: items.clone(), negate: *negate, ignore, ascii })),
        _ => return None,
    })
}

impl Compiler<'_> {
    fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), ParseError> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32) -> Result<(), ParseError> {
        if let Some(s) = single(node, flags) {
            self.code.push(Inst::One(s));
            return Ok(());
        }
        let ascii = is_ascii(flags);
        let multiline = flags & FLAG_MULTILINE != 0;
        match node {
            Node::At(a) => {
                let op = match a {
                    At::Beginning if multiline => AtOp::BeginningLine,
                    At::Beginning => AtOp::Beginning,
                    At::BeginningString => AtOp::BeginningString,
                    At::End if multiline => AtOp::EndLine,
                    At::End => AtOp::End,
                    At::EndString => AtOp::EndString,
                    At::Boundary => AtOp::Boundary(ascii),
                    At::NonBoundary => AtOp::NonBoundary(ascii),
                };
                self.code.push(Inst::At(op));
            }
            Node::Branch(items) => {
                let mut jumps = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.code.len();
                        self.code.push(Inst::Split(0, 0));
                        self.seq(item, flags)?;
                        jumps.push(self.code.len());
                        self.code.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.code[split] = Inst::Split(split as u32 + 1, next);
                    } else {
                        self.seq(item, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.code[j] = Inst::Jmp(end);
                }
            }
            Node::Sub { group, add, del, body } => {
                let inner = (flags | add) & !del;
                if let Some(g) = group {
                    self.code.push(Inst::Mark(2 * *g as u32));
                    self.seq(body, inner)?;
                    self.code.push(Inst::Mark(2 * *g as u32 + 1));
                } else {
                    self.seq(body, inner)?;
                }
            }
            Node::Repeat { min, max, kind, body } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                self.code.push(Inst::GroupRef { g: *g as u32, ignore: flags & FLAG_IGNORECASE != 0, ascii });
            }
            Node::GroupRefExists { group, yes, no } => {
                let at = self.code.len();
                self.code.push(Inst::GroupExists { g: *group as u32, no: 0 });
                self.seq(yes, flags)?;
                match no {
                    Some(no) => {
                        let j = self.code.len();
                        self.code.push(Inst::Jmp(0));
                        let no_pc = self.pc();
                        self.seq(no, flags)?;
                        let end = self.pc();
                        self.code[j] = Inst::Jmp(end);
                        self.code[at] = Inst::GroupExists { g: *group as u32, no: no_pc };
                    }
                    None => {
                        let end = self.pc();
                        self.code[at] = Inst::GroupExists { g: *group as u32, no: end };
                    }
                }
            }
            Node::Assert { behind, negate, body } => {
                let back = if *behind {
                    let (lo, hi) = width(body, self.widths);
                    if lo > u32::MAX as u64 - 1 {
                        return Err(ParseError::Re("looks too much behind".into(), None));
                    }
                    if lo != hi {
                        return Err(ParseError::Re("look-behind requires fixed-width pattern".into(), None));
                    }
                    Some(lo as u32)
                } else {
                    None
                };
                let at = self.code.len();
                self.code.push(Inst::Succeed);
                self.seq(body, flags)?;
                self.code.push(Inst::Succeed);
                let end = self.pc();
                self.code[at] = Inst::Assert { negate: *negate, back, end };
            }
            Node::Atomic(body) => self.atomic(|c| c.seq(body, flags))?,
            _ => unreachable!("single-character nodes are handled above"),
        }
        Ok(())
    }

    fn atomic(&mut self, inner: impl FnOnce(&mut Self) -> Result<(), ParseError>) -> Result<(), ParseError> {
        let at = self.code.len();
        self.code.push(Inst::Succeed);
        inner(self)?;
        self.code.push(Inst::Succeed);
        let end = self.pc();
        self.code[at] = Inst::Atomic { end };
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, body: &[Node], flags: u32) -> Result<(), ParseError> {
        if kind == RepeatKind::Possessive {
            return self.atomic(|c| c.repeat(min, max, RepeatKind::Greedy, body, flags));
        }
        let greedy = kind == RepeatKind::Greedy;
        if body.len() == 1 {
            if let Some(s) = single(&body[0], flags) {
                self.code.push(Inst::RepeatOne { s, min, max, greedy });
                return Ok(());
            }
        }
        let r = self.registers as u32;
        self.registers += 1;
        let start = self.code.len();
        self.code.push(Inst::Jmp(0));
        let body_pc = self.pc();
        self.seq(body, flags)?;
        let until = self.pc();
        self.code.push(Inst::Until { r, min, max, greedy, body: body_pc });
        self.code[start] = Inst::RepeatStart { r, until };
        Ok(())
    }
}
