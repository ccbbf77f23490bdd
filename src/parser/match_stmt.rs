//! The `match` statement (PEP 634), desugared at parse time into plain
//! statements so the compiler and the VM need nothing new:
//!
//! ```text
//! match SUBJ:                 import _pygil_match as $mm
//!     case P if G: A     =>   $m0 = SUBJ
//!     case Q: B               if <P matches $m0> and G: A
//!                             elif <Q matches $m0>: B
//! ```
//!
//! A pattern test is an expression over the subject: `==`/`is` for values,
//! walrus assignments for captures, and calls to the helpers of
//! `src/pylib/_pygil_match.py` for sequence, mapping and class patterns
//! (they return the parts to match, or None). Temporaries are named `$m<n>`,
//! which no Python name can be.
//!
//! The temporaries are deleted before a case body runs or when no case
//! matches; only an exception raised while matching (a guard, `__eq__`, a
//! bad class pattern) leaves them in a module or class namespace.
//!
//! `match` and `case` are soft keywords: `mark_soft_keywords` turns the
//! names into keyword tokens only where they start a match statement or a
//! case block, so `match = re.match(...)` stays an assignment.

use super::build::{err_loc, PErr};
use super::Src;
use crate::ast::*;
use crate::lexer::{Spanned, Token};
use num_bigint::BigInt;

/// One `case` block as parsed: the pattern is still an expression.
pub struct CaseBlock {
    pub loc: Loc,
    pub pattern: Expr,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// Turn `match`/`case` names that start a match statement or a case block
/// into `Token::Match`/`Token::Case`.
pub fn mark_soft_keywords(toks: &mut [Spanned]) {
    for i in 0..toks.len() {
        let keyword = match &toks[i].1 {
            Token::Name(n) if n == "match" => Token::Match,
            Token::Name(n) if n == "case" => Token::Case,
            _ => continue,
        };
        let starts_statement = i == 0 || matches!(toks[i - 1].1, Token::Newline | Token::Indent | Token::Dedent);
        if !starts_statement || !starts_pattern_or_subject(toks.get(i + 1).map(|t| &t.1)) {
            continue;
        }
        if let Some(colon) = header_colon(toks, i + 1) {
            // A match statement needs an indented block of cases.
            let block_follows = matches!(toks.get(colon + 1).map(|t| &t.1), Some(Token::Newline));
            if keyword == Token::Case {
                toks[i].1 = keyword;
                for t in &mut toks[i + 1..colon] {
                    if t.1 == Token::As {
                        t.1 = Token::CaseAs;
                    }
                }
            } else if block_follows {
                toks[i].1 = keyword;
            }
        } else if keyword == Token::Match && missing_colon_before_block(toks, i + 1) {
            // `match x` + an indented block: CPython says "expected ':'".
            toks[i].1 = keyword;
        }
    }
}

/// Whether a token can begin a subject or a pattern (`match.group`, `match = 1`,
/// `case: int` are ordinary statements).
fn starts_pattern_or_subject(t: Option<&Token>) -> bool {
    match t {
        None => false,
        Some(t) => !t.is_augmented_assign() && !matches!(
            t,
            Token::Newline
                | Token::Equal
                | Token::Dot
                | Token::Colon
                | Token::Comma
                | Token::Semi
                | Token::RPar
                | Token::RSqb
                | Token::RBrace
                | Token::ColonEqual
                | Token::EqEqual
                | Token::NotEqual
                | Token::Less
                | Token::Greater
                | Token::LessEqual
                | Token::GreaterEqual
                | Token::In
                | Token::Is
                | Token::And
                | Token::Or
                | Token::If
        ),
    }
}

/// The index of the `:` ending a block header that starts at `from`: the
/// first colon outside brackets on the logical line, unless an assignment
/// or a lambda comes first (then the line is an ordinary statement).
fn header_colon(toks: &[Spanned], from: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(from) {
        match &t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth -= 1,
            Token::Newline => return None,
            Token::Colon if depth == 0 => return Some(k),
            Token::Lambda | Token::Equal | Token::Semi if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// A header line without `:` (nor `=`, `;`, `lambda`) followed by an
/// indented block.
fn missing_colon_before_block(toks: &[Spanned], from: usize) -> bool {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(from) {
        match &t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth -= 1,
            Token::Newline => return matches!(toks.get(k + 1).map(|t| &t.1), Some(Token::Indent)),
            Token::Colon | Token::Lambda | Token::Equal | Token::Semi if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// Builds the desugared statements, numbering the temporaries.
struct Desugar<'a, 's> {
    src: &'a Src<'s>,
    next_temp: usize,
}

/// `match subject: cases` as an `if` chain (see the module comment).
pub fn match_stmt(src: &Src, l: usize, header_end: usize, subject: Expr, cases: Vec<CaseBlock>) -> Result<Stmt, PErr> {
    let loc = src.loc(l, header_end);
    check_reachable(src, &cases)?;
    let mut d = Desugar { src, next_temp: 0 };
    let subj_name = d.temp();
    let helpers = Stmt {
        loc,
        kind: StmtKind::Import(vec![Alias { name: "_pygil_match".into(), asname: Some("$mm".into()), loc }]),
    };
    let bind_subject = Stmt { loc, kind: StmtKind::Assign { targets: vec![name(&subj_name, Ctx::Store, loc)], value: subject } };
    let mut tests = Vec::new();
    for case in &cases {
        let s = name(&subj_name, Ctx::Load, case.pattern.loc);
        let mut conds = vec![d.pattern(&case.pattern, &s, true)?];
        if let Some(g) = &case.guard {
            conds.push(g.clone());
        }
        tests.push(and_all(conds, case.loc));
    }
    // The temporaries are set up front and deleted before a case body
    // runs (or when none matches), so `globals()` and class namespaces
    // never show them, even when the body breaks out of a loop.
    let temps: Vec<String> = (1..d.next_temp).map(|i| format!("$m{}", i)).collect();
    let mut doomed = vec![name("$mm", Ctx::Del, loc), name(&subj_name, Ctx::Del, loc)];
    doomed.extend(temps.iter().map(|t| name(t, Ctx::Del, loc)));
    let cleanup = Stmt { loc, kind: StmtKind::Delete(doomed) };
    // Build the chain from the last case backwards.
    let mut orelse: Vec<Stmt> = vec![cleanup.clone()];
    for (case, test) in cases.into_iter().zip(tests).rev() {
        let loc = case.loc.to(case.body.last().map(|s| s.loc).unwrap_or(case.loc));
        let mut body = vec![cleanup.clone()];
        body.extend(case.body);
        orelse = vec![Stmt { loc, kind: StmtKind::If { test, body, orelse } }];
    }
    let end = orelse.first().map(|s| s.loc).unwrap_or(loc);
    let mut body = vec![helpers, bind_subject];
    if !temps.is_empty() {
        let targets = temps.iter().map(|t| name(t, Ctx::Store, loc)).collect();
        body.push(Stmt { loc, kind: StmtKind::Assign { targets, value: constant(Constant::None, loc) } });
    }
    body.extend(orelse);
    let always = Expr { kind: ExprKind::Constant(Constant::Bool(true)), loc };
    Ok(Stmt { loc: loc.to(end), kind: StmtKind::If { test: always, body, orelse: vec![] } })
}

/// CPython rejects a case that can never run because an earlier one
/// matches everything.
fn check_reachable(src: &Src, cases: &[CaseBlock]) -> Result<(), PErr> {
    let n = cases.len();
    for (i, case) in cases.iter().enumerate() {
        let allow = i + 1 == n || case.guard.is_some();
        check_irrefutable(src, &case.pattern, allow)?;
    }
    Ok(())
}

/// A capture or wildcard where something must be able to fail: the case
/// is not the last one, or the alternative is not the last of an or-pattern.
fn check_irrefutable(src: &Src, p: &Expr, allow: bool) -> Result<(), PErr> {
    match &p.kind {
        ExprKind::Name { id, .. } if !allow => {
            let msg = if id == "_" {
                "wildcard makes remaining patterns unreachable".to_string()
            } else {
                format!("name capture '{}' makes remaining patterns unreachable", id)
            };
            Err(err_loc(src, p.loc, msg))
        }
        ExprKind::NamedExpr { value, .. } => check_irrefutable(src, value, allow),
        ExprKind::BinOp { op: BinOp::BitOr, .. } => {
            let mut alts = Vec::new();
            flatten_or(p, &mut alts);
            let last = alts.len() - 1;
            for (i, a) in alts.into_iter().enumerate() {
                check_irrefutable(src, a, allow && i == last)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

impl<'a, 's> Desugar<'a, 's> {
    fn temp(&mut self) -> String {
        let t = format!("$m{}", self.next_temp);
        self.next_temp += 1;
        t
    }

    /// The test that `p` matches `s` (`s` is a name or a subscript of one,
    /// cheap to evaluate again). `top` allows an open sequence `case a, b:`.
    fn pattern(&mut self, p: &Expr, s: &Expr, top: bool) -> Result<Expr, PErr> {
        let loc = p.loc;
        Ok(match &p.kind {
            ExprKind::Name { id, .. } if id == "_" => constant(Constant::Bool(true), loc),
            // `pattern as name` (see the grammar's "case_as").
            ExprKind::NamedExpr { target, value } => match &target.kind {
                // A real walrus (target first) is no pattern.
                _ if (target.loc.line, target.loc.col) < (value.loc.line, value.loc.col) => return Err(self.invalid(p)),
                ExprKind::Name { id, .. } if id != "_" => {
                    and_all(vec![self.pattern(value, s, false)?, capture(id, s, target.loc)], loc)
                }
                _ => return Err(err_loc(self.src, target.loc, "cannot use '_' as a target")),
            },
            ExprKind::Name { id, .. } => capture(id, s, loc),
            ExprKind::Constant(Constant::None) | ExprKind::Constant(Constant::Bool(_)) => compare(s, CmpOp::Is, p.clone(), loc),
            ExprKind::Constant(Constant::Ellipsis) => return Err(self.invalid(p)),
            ExprKind::Constant(_) | ExprKind::Attribute { .. } => compare(s, CmpOp::Eq, p.clone(), loc),
            ExprKind::UnaryOp { op: UnaryOp::USub, operand } if is_number(operand) => compare(s, CmpOp::Eq, p.clone(), loc),
            ExprKind::BinOp { left, op: BinOp::Add | BinOp::Sub, right } if is_real(left) && is_imag(right) => {
                compare(s, CmpOp::Eq, p.clone(), loc)
            }
            ExprKind::BinOp { left, op: BinOp::Add | BinOp::Sub, right } if is_real(left) && is_number(right) => {
                return Err(err_loc(self.src, right.loc, "imaginary number required in complex literal"));
            }
            ExprKind::JoinedStr(_) => {
                return Err(err_loc(self.src, loc, "patterns may only match literals and attribute lookups"));
            }
            ExprKind::BinOp { op: BinOp::BitOr, .. } => {
                let mut alts = Vec::new();
                flatten_or(p, &mut alts);
                let mut tests = Vec::new();
                for a in alts {
                    tests.push(self.pattern(a, s, false)?);
                }
                Expr { kind: ExprKind::BoolOp { op: BoolOpKind::Or, values: tests }, loc }
            }
            ExprKind::List { elts, .. } => self.sequence(elts, s, loc)?,
            ExprKind::Tuple { elts, .. } => {
                let _ = top;
                self.sequence(elts, s, loc)?
            }
            ExprKind::Dict { keys, values } => self.mapping(keys, values, s, loc)?,
            ExprKind::Call { func, args, keywords } => self.class(func, args, keywords, s, loc)?,
            _ => return Err(self.invalid(p)),
        })
    }

    fn invalid(&self, p: &Expr) -> PErr {
        err_loc(self.src, p.loc, "invalid syntax")
    }

    /// `[a, *rest, b]`: `($t := $mm.seq(s, n, star)) is not None and ...`.
    fn sequence(&mut self, elts: &[Expr], s: &Expr, loc: Loc) -> Result<Expr, PErr> {
        let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 {
            return Err(err_loc(self.src, loc, "multiple starred names in sequence pattern"));
        }
        let t = self.temp();
        let fixed = elts.len() - star.map_or(0, |_| 1);
        let call = helper_call("seq", vec![s.clone(), int(fixed, loc), constant(Constant::Bool(star.is_some()), loc)], loc);
        let mut conds = vec![not_none(walrus(&t, call, loc), loc)];
        let after = star.map_or(0, |k| elts.len() - k - 1);
        for (i, e) in elts.iter().enumerate() {
            let item = match star {
                Some(k) if i == k => {
                    let upper = if after == 0 { None } else { Some(Box::new(neg_int(after, loc))) };
                    let slice = Expr { kind: ExprKind::Slice { lower: Some(Box::new(int(k, loc))), upper, step: None }, loc };
                    subscript(&t, slice, loc)
                }
                Some(k) if i > k => subscript(&t, neg_int(elts.len() - i, loc), loc),
                _ => subscript(&t, int(i, loc), loc),
            };
            let sub = match &e.kind {
                ExprKind::Starred { value, .. } => match &value.kind {
                    ExprKind::Name { id, .. } if id == "_" => continue,
                    ExprKind::Name { id, .. } => capture(id, &item, e.loc),
                    _ => return Err(self.invalid(e)),
                },
                _ => self.pattern(e, &item, false)?,
            };
            conds.push(sub);
        }
        Ok(and_all(conds, loc))
    }

    /// `{k: p, **rest}`: `($t := $mm.mapping(s, (k,))) is not None and ...`.
    fn mapping(&mut self, keys: &[Option<Expr>], values: &[Expr], s: &Expr, loc: Loc) -> Result<Expr, PErr> {
        let mut key_exprs = Vec::new();
        let mut rest = None;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    let ok = match &k.kind {
                        ExprKind::Constant(_) | ExprKind::Attribute { .. } => true,
                        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => is_number(operand),
                        _ => false,
                    };
                    if !ok {
                        return Err(err_loc(self.src, k.loc, "mapping pattern keys may only match literals and attribute lookups"));
                    }
                    if let ExprKind::Constant(c) = &k.kind {
                        if key_exprs.iter().any(|(e, _): &(Expr, &Expr)| matches!(&e.kind, ExprKind::Constant(c2) if c2 == c)) {
                            let msg = format!("mapping pattern checks duplicate key ({})", constant_repr(c));
                            return Err(err_loc(self.src, loc, msg));
                        }
                    }
                    key_exprs.push((k.clone(), v));
                }
                None => match &v.kind {
                    ExprKind::Name { id, .. } if id != "_" => rest = Some((id.clone(), v.loc)),
                    _ => return Err(self.invalid(v)),
                },
            }
        }
        let t = self.temp();
        let key_tuple = Expr { kind: ExprKind::Tuple { elts: key_exprs.iter().map(|(k, _)| k.clone()).collect(), ctx: Ctx::Load }, loc };
        let call = helper_call("mapping", vec![s.clone(), key_tuple.clone()], loc);
        let mut conds = vec![not_none(walrus(&t, call, loc), loc)];
        for (i, (_, v)) in key_exprs.iter().enumerate() {
            let item = subscript(&t, int(i, loc), loc);
            conds.push(self.pattern(v, &item, false)?);
        }
        if let Some((id, rloc)) = rest {
            conds.push(capture(&id, &helper_call("rest", vec![s.clone(), key_tuple], loc), rloc));
        }
        Ok(and_all(conds, loc))
    }

    /// `Cls(p, k=q)`: `($t := $mm.cls(s, Cls, 1, ('k',))) is not None and ...`.
    fn class(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword], s: &Expr, loc: Loc) -> Result<Expr, PErr> {
        if !matches!(func.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. }) {
            return Err(self.invalid(func));
        }
        let mut kwnames = Vec::new();
        for k in keywords {
            match &k.arg {
                Some(a) => kwnames.push(constant(Constant::Str(a.clone()), k.loc)),
                None => return Err(self.invalid(&k.value)),
            }
        }
        if let Some(a) = args.iter().find(|a| matches!(a.kind, ExprKind::Starred { .. })) {
            return Err(self.invalid(a));
        }
        let t = self.temp();
        let names = Expr { kind: ExprKind::Tuple { elts: kwnames, ctx: Ctx::Load }, loc };
        let call = helper_call("cls", vec![s.clone(), func.clone(), int(args.len(), loc), names], loc);
        let mut conds = vec![not_none(walrus(&t, call, loc), loc)];
        let subpatterns = args.iter().chain(keywords.iter().map(|k| &k.value));
        for (i, p) in subpatterns.enumerate() {
            let item = subscript(&t, int(i, loc), loc);
            conds.push(self.pattern(p, &item, false)?);
        }
        Ok(and_all(conds, loc))
    }
}

fn flatten_or<'e>(p: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &p.kind {
        ExprKind::BinOp { left, op: BinOp::BitOr, right } => {
            flatten_or(left, out);
            flatten_or(right, out);
        }
        _ => out.push(p),
    }
}

fn is_number(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::Complex(_)))
}

fn is_real(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => is_real(operand),
        ExprKind::Constant(Constant::Int(_) | Constant::Float(_)) => true,
        _ => false,
    }
}

fn is_imag(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::Complex(_)))
}

fn name(id: &str, ctx: Ctx, loc: Loc) -> Expr {
    Expr { kind: ExprKind::Name { id: id.to_string(), ctx }, loc }
}

fn constant(c: Constant, loc: Loc) -> Expr {
    Expr { kind: ExprKind::Constant(c), loc }
}

fn int(n: usize, loc: Loc) -> Expr {
    constant(Constant::Int(BigInt::from(n)), loc)
}

fn neg_int(n: usize, loc: Loc) -> Expr {
    Expr { kind: ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(int(n, loc)) }, loc }
}

fn subscript(t: &str, index: Expr, loc: Loc) -> Expr {
    Expr { kind: ExprKind::Subscript { value: Box::new(name(t, Ctx::Load, loc)), slice: Box::new(index), ctx: Ctx::Load }, loc }
}

fn compare(left: &Expr, op: CmpOp, right: Expr, loc: Loc) -> Expr {
    Expr { kind: ExprKind::Compare { left: Box::new(left.clone()), ops: vec![op], comparators: vec![right] }, loc }
}

fn walrus(target: &str, value: Expr, loc: Loc) -> Expr {
    Expr { kind: ExprKind::NamedExpr { target: Box::new(name(target, Ctx::Store, loc)), value: Box::new(value) }, loc }
}

fn not_none(e: Expr, loc: Loc) -> Expr {
    let loc2 = e.loc;
    compare(&e, CmpOp::IsNot, constant(Constant::None, loc), loc2)
}

/// `(name := s) or True`: binds and always succeeds.
fn capture(id: &str, s: &Expr, loc: Loc) -> Expr {
    let values = vec![walrus(id, s.clone(), loc), constant(Constant::Bool(true), loc)];
    Expr { kind: ExprKind::BoolOp { op: BoolOpKind::Or, values }, loc }
}

fn and_all(mut conds: Vec<Expr>, loc: Loc) -> Expr {
    if conds.len() == 1 {
        return conds.pop().unwrap();
    }
    Expr { kind: ExprKind::BoolOp { op: BoolOpKind::And, values: conds }, loc }
}

fn helper_call(f: &str, args: Vec<Expr>, loc: Loc) -> Expr {
    let func = Expr { kind: ExprKind::Attribute { value: Box::new(name("$mm", Ctx::Load, loc)), attr: f.to_string(), ctx: Ctx::Load }, loc };
    Expr { kind: ExprKind::Call { func: Box::new(func), args, keywords: vec![] }, loc }
}

/// The repr CPython shows for a duplicate literal key.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::Str(s) => crate::vm::repr::repr_str(s),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => crate::format::float_repr(*f),
        Constant::None => "None".into(),
        Constant::Bool(b) => (if *b { "True" } else { "False" }).into(),
        other => format!("{:?}", other),
    }
}

#[cfg(test)]
mod tests {
    use crate::lexer::{Lexer, Token};

    /// Which of the names `match`/`case` become keywords in `src`.
    fn keywords(src: &str) -> Vec<Token> {
        let mut toks: Vec<_> = Lexer::new(src).map(|t| t.unwrap()).collect();
        super::mark_soft_keywords(&mut toks);
        toks.into_iter().map(|t| t.1).filter(|t| matches!(t, Token::Match | Token::Case | Token::CaseAs)).collect()
    }

    #[test]
    fn statements_become_keywords() {
        let src = "match x:\n    case [1 as a, _]:\n        pass\n    case {'k': v}: pass\n";
        assert_eq!(keywords(src), vec![Token::Match, Token::Case, Token::CaseAs, Token::Case]);
    }

    #[test]
    fn ordinary_names_stay_names() {
        for src in [
            "match = re.match(p, s)\n",
            "match.group(1)\n",
            "case: int = 3\n",
            "match(x)\n",
            "case = lambda: 0\n",
            "match[0] = {1: 2}\n",
            "print(match, case)\n",
            "if match: pass\n",
        ] {
            assert_eq!(keywords(src), vec![], "{:?}", src);
        }
    }

    #[test]
    fn match_without_colon_before_a_block() {
        assert_eq!(keywords("match x\n    case 1:\n        pass\n"), vec![Token::Match, Token::Case]);
    }
}
