//! The backtracking matcher: runs a `compile.rs` program over a text with
//! sre's semantics (leftmost match, first alternative wins, greedy and lazy
//! repeats, captures of the last iteration, zero-width iteration guard).
//!
//! Choice points and the undo records of captures and repeat counters live
//! on one explicit stack (`Vec<Bt>`), so a long input never deepens the
//! Rust stack; only lookarounds and atomic groups recurse, as deep as the
//! pattern nests them.

use super::chars::{eq_ignore, is_word, single_matches};
use super::compile::{AtOp, Inst, Program, Single};
use super::parse::MAXREPEAT;

pub const NONE: usize = usize::MAX;

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo a mark (and the lastindex it changed).
    Mark { slot: u32, old: usize, lastindex: u32 },
    /// Undo a repeat register.
    Reg { r: u32, count: u32, last: usize },
    /// A greedy single-character repeat: give back one character.
    RepOne { pc: u32, pos: usize, minpos: usize },
    /// A lazy single-character repeat (`pc` is the repeat): take one more.
    RepOneLazy { pc: u32, pos: usize, count: u32 },
    /// A lazy counted repeat whose tail failed: try one more iteration.
    LazyMore { until: u32, count: u32, pos: usize },
}

pub struct Found {
    /// Start and end of every group (group 0 first); NONE when unset.
    pub marks: Vec<usize>,
    pub lastindex: usize,
}

struct Matcher<'a, T> {
    code: &'a [Inst],
    text: &'a [T],
    end: usize,
    match_all: bool,
    /// A match may not end here (see `run`).
    reject_at: usize,
    marks: Vec<usize>,
    regs: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    lastindex: u32,
}

/// Run `prog` over `text[..endpos]` from `pos`.
/// `must_advance`: an empty match at `pos` does not count (the search
/// after an empty match, in findall, sub, split and finditer).
pub fn run<T: Copy + Into<u32>>(prog: &Program, text: &[T], pos: usize, endpos: usize, mode: Mode, must_advance: bool) -> Option<Found> {
    let endpos = endpos.min(text.len());
    if pos > endpos {
        return None;
    }
    let mut m = Matcher {
        code: &prog.code,
        text,
        end: endpos,
        match_all: mode == Mode::FullMatch,
        reject_at: if must_advance { pos } else { NONE },
        marks: vec![NONE; 2 * (prog.groups + 1)],
        regs: vec![(u32::MAX, NONE); prog.registers],
        stack: Vec::new(),
        lastindex: 0,
    };
    if mode != Mode::Search {
        return m.attempt(pos);
    }
    let first = first_test(&prog.code);
    let anchored = matches!(prog.code.first(), Some(Inst::At(AtOp::Beginning | AtOp::BeginningString)));
    let mut start = pos;
    loop {
        if let Some(s) = first {
            while start < endpos && !single_matches(s, text[start].into()) {
                start += 1;
            }
            if start == endpos {
                return None;
            }
        }
        if let Some(f) = m.attempt(start) {
            return Some(f);
        }
        if start >= endpos || anchored {
            return None;
        }
        start += 1;
    }
}

/// The test every match must begin with, if the program starts with one.
fn first_test(code: &[Inst]) -> Option<&Single> {
    match code.first()? {
        Inst::One(s) => Some(s),
        Inst::RepeatOne { s, min, .. } if *min > 0 => Some(s),
        _ => None,
    }
}

impl<T: Copy + Into<u32>> Matcher<'_, T> {
    fn attempt(&mut self, start: usize) -> Option<Found> {
        let endpos = self.exec(0, start)?;
        self.stack.clear();
        let mut marks = std::mem::replace(&mut self.marks, vec![NONE; 2]);
        marks[0] = start;
        marks[1] = endpos;
        // A group whose end precedes its start did not match.
        for g in 1..marks.len() / 2 {
            if marks[2 * g] == NONE || marks[2 * g + 1] == NONE || marks[2 * g + 1] < marks[2 * g] {
                marks[2 * g] = NONE;
                marks[2 * g + 1] = NONE;
            }
        }
        Some(Found { marks, lastindex: self.lastindex as usize })
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    fn at_op(&self, op: AtOp, pos: usize) -> bool {
        let nl = '\n' as u32;
        match op {
            AtOp::Beginning | AtOp::BeginningString => pos == 0,
            AtOp::BeginningLine => pos == 0 || self.at(pos - 1) == nl,
            AtOp::End => pos == self.end || (pos + 1 == self.end && self.at(pos) == nl),
            AtOp::EndLine => pos == self.end || self.at(pos) == nl,
            AtOp::EndString => pos == self.end,
            AtOp::Boundary(ascii) | AtOp::NonBoundary(ascii) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.at(pos - 1), ascii);
                let after = pos < self.end && is_word(self.at(pos), ascii);
                (before != after) == matches!(op, AtOp::Boundary(_))
            }
        }
    }

    fn set_mark(&mut self, slot: u32, pos: usize) {
        let old = self.marks[slot as usize];
        self.stack.push(Bt::Mark { slot, old, lastindex: self.lastindex });
        self.marks[slot as usize] = pos;
        if slot & 1 == 1 {
            self.lastindex = slot / 2;
        }
    }

    fn set_reg(&mut self, r: u32, count: u32, last: usize) {
        let (c, l) = self.regs[r as usize];
        self.stack.push(Bt::Reg { r, count: c, last: l });
        self.regs[r as usize] = (count, last);
    }

    /// Drop the choice points above `base`, keeping the undo records (the
    /// effects of a lookahead or atomic group stay, its alternatives go).
    fn cut(&mut self, base: usize) {
        let mut w = base;
        for i in base..self.stack.len() {
            if matches!(self.stack[i], Bt::Mark { .. } | Bt::Reg { .. }) {
                self.stack.swap(w, i);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undo everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop().unwrap() {
                Bt::Mark { slot, old, lastindex } => {
                    self.marks[slot as usize] = old;
                    self.lastindex = lastindex;
                }
                Bt::Reg { r, count, last } => self.regs[r as usize] = (count, last),
                _ => {}
            }
        }
    }

    fn group_ref(&self, g: u32, ignore: bool, ascii: bool, pos: usize) -> Option<usize> {
        let (s, e) = (self.marks[2 * g as usize], self.marks[2 * g as usize + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > self.end {
            return None;
        }
        for i in 0..n {
            let (a, b) = (self.at(s + i), self.at(pos + i));
            if a != b && !(ignore && eq_ignore(b, a, ascii)) {
                return None;
            }
        }
        Some(pos + n)
    }

    /// Run from `pc` at `pos` until `Match`/`Succeed` (the end position)
    /// or until every choice point pushed since entry failed.
    fn exec(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let code = self.code;
        loop {
            let ok = match &code[pc] {
                Inst::One(s) => {
                    if pos < self.end && single_matches(s, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(op) => {
                    let ok = self.at_op(*op, pos);
                    pc += 1;
                    ok
                }
                Inst::Mark(slot) => {
                    self.set_mark(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a as usize;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a as usize;
                    true
                }
                Inst::RepeatStart { r, until } => {
                    self.set_reg(*r, u32::MAX, NONE);
                    pc = *until as usize;
                    true
                }
                &Inst::Until { r, min, max, greedy, body } => {
                    let (count, last) = self.regs[r as usize];
                    let c = count.wrapping_add(1);
                    if c < min {
                        self.set_reg(r, c, last);
                        pc = body as usize;
                    } else if greedy {
                        if (c < max || max == MAXREPEAT) && pos != last {
                            self.stack.push(Bt::Alt { pc: pc as u32 + 1, pos });
                            self.set_reg(r, c, pos);
                            pc = body as usize;
                        } else {
                            pc += 1;
                        }
                    } else {
                        self.stack.push(Bt::LazyMore { until: pc as u32, count: c, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::RepeatOne { s, min, max, greedy } => {
                    let room = self.end - pos;
                    let limit = if *max == MAXREPEAT { room } else { room.min(*max as usize) };
                    if *greedy {
                        let mut n = 0;
                        if matches!(s, Single::AnyAll) {
                            n = limit;
                        } else {
                            while n < limit && single_matches(s, self.at(pos + n)) {
                                n += 1;
                            }
                        }
                        if n < *min as usize {
                            false
                        } else {
                            let minpos = pos + *min as usize;
                            pos += n;
                            pc += 1;
                            if pos > minpos && !(matches!(code[pc], Inst::Match) && !self.match_all && self.reject_at == NONE) {
                                self.stack.push(Bt::RepOne { pc: pc as u32, pos, minpos });
                            }
                            true
                        }
                    } else {
                        let mut n = 0;
                        while n < *min as usize && n < limit && single_matches(s, self.at(pos + n)) {
                            n += 1;
                        }
                        if n < *min as usize {
                            false
                        } else {
                            pos += n;
                            self.stack.push(Bt::RepOneLazy { pc: pc as u32, pos, count: *min });
                            pc += 1;
                            true
                        }
                    }
                }
                &Inst::GroupRef { g, ignore, ascii } => match self.group_ref(g, ignore, ascii, pos) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                &Inst::GroupExists { g, no } => {
                    let (s, e) = (self.marks[2 * g as usize], self.marks[2 * g as usize + 1]);
                    pc = if s != NONE && e != NONE && e >= s { pc + 1 } else { no as usize };
                    true
                }
                &Inst::Assert { negate, back, end } => {
                    let start = match back {
                        None => Some(pos),
                        Some(b) => pos.checked_sub(b as usize),
                    };
                    let sub_base = self.stack.len();
                    let found = match start {
                        Some(p) => self.exec(pc + 1, p).is_some(),
                        None => false,
                    };
                    pc = end as usize;
                    if negate {
                        if found {
                            self.unwind(sub_base);
                        }
                        !found
                    } else {
                        if found {
                            self.cut(sub_base);
                        }
                        found
                    }
                }
                &Inst::Atomic { end } => {
                    let sub_base = self.stack.len();
                    match self.exec(pc + 1, pos) {
                        Some(p) => {
                            self.cut(sub_base);
                            pos = p;
                            pc = end as usize;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Succeed => return Some(pos),
                Inst::Match => {
                    if (self.match_all && pos != self.end) || pos == self.reject_at {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest choice point, undoing on the way.
            loop {
                if self.stack.len() == base {
                    return None;
                }
                match self.stack.pop().unwrap() {
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Bt::Mark { slot, old, lastindex } => {
                        self.marks[slot as usize] = old;
                        self.lastindex = lastindex;
                    }
                    Bt::Reg { r, count, last } => self.regs[r as usize] = (count, last),
                    Bt::RepOne { pc: p, pos: q, minpos } => {
                        let mut q = q - 1;
                        // When a literal follows, stop only where it matches.
                        if let Inst::One(Single::Char(c)) = code[p as usize] {
                            while q > minpos && (q >= self.end || self.at(q) != c) {
                                q -= 1;
                            }
                        }
                        if q > minpos {
                            self.stack.push(Bt::RepOne { pc: p, pos: q, minpos });
                        }
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Bt::RepOneLazy { pc: p, pos: q, count } => {
                        let Inst::RepeatOne { s, max, .. } = &code[p as usize] else { unreachable!() };
                        if (count < *max || *max == MAXREPEAT) && q < self.end && single_matches(s, self.at(q)) {
                            self.stack.push(Bt::RepOneLazy { pc: p, pos: q + 1, count: count + 1 });
                            pc = p as usize + 1;
                            pos = q + 1;
                            break;
                        }
                    }
                    Bt::LazyMore { until, count, pos: q } => {
                        let Inst::Until { r, max, body, .. } = code[until as usize] else { unreachable!() };
                        let last = self.regs[r as usize].1;
                        if (count >= max && max != MAXREPEAT) || q == last {
                            continue;
                        }
                        self.set_reg(r, count, q);
                        pc = body as usize;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }
}
