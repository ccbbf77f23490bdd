//! AST construction helpers called from the grammar actions, including the
//! checks CPython's grammar performs with its `invalid_*` rules (assignment
//! targets, parameter and argument order) and their exact messages.

use super::Src;
use crate::ast::*;
use crate::lexer::{LexError, Token};
use lalrpop_util::ParseError;

pub type PErr = ParseError<usize, Token, LexError>;

pub use super::strings::strings;

/// A syntax error at a known AST range.
pub fn err_loc(src: &Src, loc: Loc, msg: impl Into<String>) -> PErr {
    ParseError::User { error: src.error_at(loc, msg) }
}

/// `async def`/`async for`/`async with`: a SyntaxError naming the feature.
pub fn unsupported_async(src: &Src, l: usize, r: usize) -> PErr {
    err_loc(src, src.loc(l, r), "async functions and statements are not supported by pygil")
}

pub fn mk(src: &Src, l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr { kind, loc: src.loc(l, r) }
}

pub fn stmt(src: &Src, l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt { kind, loc: src.loc(l, r) }
}

pub fn start_loc(src: &Src, l: usize) -> Loc {
    src.loc(l, l)
}

/// End of a block: the end of its last statement (`orelse` wins if present).
pub fn end_of(body: &[Stmt], orelse: &[Stmt]) -> Loc {
    orelse.last().or(body.last()).map(|s| s.loc).unwrap_or_default()
}

pub fn binop(src: &Src, l: usize, r: usize, a: Expr, op: BinOp, b: Expr) -> Expr {
    mk(src, l, r, ExprKind::BinOp { left: Box::new(a), op, right: Box::new(b) })
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Star,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`.
pub fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops[0] == CmpOp::In {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn target_error(src: &Src, bad: &Expr, kind: TargetKind) -> PErr {
    let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
    err_loc(src, bad.loc, format!("cannot {} {}", verb, expr_name(bad)))
}

/// Set the context of a (valid) target expression.
pub fn set_ctx(e: &mut Expr, ctx: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { ctx: c, value } => {
            *c = ctx;
            set_ctx(value, ctx);
        }
        ExprKind::List { ctx: c, elts } | ExprKind::Tuple { ctx: c, elts } => {
            *c = ctx;
            for x in elts {
                set_ctx(x, ctx);
            }
        }
        _ => {}
    }
}

pub fn to_target(src: &Src, mut e: Expr, kind: TargetKind) -> Result<Expr, PErr> {
    if let Some(bad) = invalid_target(&e, kind) {
        return Err(target_error(src, bad, kind));
    }
    set_ctx(&mut e, if kind == TargetKind::Del { Ctx::Del } else { Ctx::Store });
    Ok(e)
}

/// Is `e` a tuple written without parentheses?
fn bare_tuple(e: &Expr) -> Option<&Vec<Expr>> {
    match &e.kind {
        ExprKind::Tuple { elts, .. } if !elts.is_empty() && elts[0].loc.line == e.loc.line && elts[0].loc.col == e.loc.col => {
            Some(elts)
        }
        _ => None,
    }
}

/// Could `e` have been parsed by CPython's `bitwise_or` rule?
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    ) && bare_tuple(e).is_none()
}

pub fn assign(src: &Src, l: usize, r: usize, first: Expr, rest: Vec<Expr>) -> Result<Stmt, PErr> {
    let mut all = vec![first];
    all.extend(rest);
    let value = all.pop().unwrap();
    if all.iter().any(|t| invalid_target(t, TargetKind::Star).is_some()) {
        // Emulate CPython's invalid_named_expression on the first `=`.
        let t0 = &all[0];
        let e = bare_tuple(t0).map(|v| v.last().unwrap()).unwrap_or(t0);
        let next = all.get(1).unwrap_or(&value);
        let (first_next, followed_by_eq) = match bare_tuple(next) {
            Some(v) => (&v[0], false),
            None => (next, all.len() > 1),
        };
        if is_bitwise_or(first_next) && !followed_by_eq {
            if let ExprKind::Name { .. } = e.kind {
                return Err(err_loc(
                    src,
                    e.loc.to(first_next.loc),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                ));
            }
            let excluded = matches!(
                e.kind,
                ExprKind::List { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::Bool(_))
                    | ExprKind::Constant(Constant::None)
            );
            if !excluded && is_bitwise_or(e) && invalid_target(e, TargetKind::Star).is_some() {
                return Err(err_loc(
                    src,
                    e.loc,
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e)),
                ));
            }
        }
        for t in &all {
            if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
                return Err(err_loc(src, t.loc, "assignment to yield expression not possible"));
            }
            if let Some(bad) = invalid_target(t, TargetKind::Star) {
                return Err(target_error(src, bad, TargetKind::Star));
            }
        }
    }
    let targets = all.into_iter().map(|t| to_target(src, t, TargetKind::Star)).collect::<Result<Vec<_>, _>>()?;
    Ok(stmt(src, l, r, StmtKind::Assign { targets, value }))
}

pub fn aug_assign(src: &Src, l: usize, r: usize, t: Expr, op: BinOp, v: Expr) -> Result<Stmt, PErr> {
    match t.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return Err(err_loc(
                src,
                t.loc,
                format!("'{}' is an illegal expression for augmented assignment", expr_name(&t)),
            ))
        }
    }
    let target = to_target(src, t, TargetKind::Star)?;
    Ok(stmt(src, l, r, StmtKind::AugAssign { target, op, value: v }))
}

pub fn ann_assign(src: &Src, l: usize, r: usize, t: Expr, a: Expr, v: Option<Expr>) -> Result<Stmt, PErr> {
    let simple = match &t.kind {
        ExprKind::Name { .. } => src.loc(l, l) == Loc { end_line: t.loc.line, end_col: t.loc.col, ..t.loc },
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } => return Err(err_loc(src, t.loc, "only single target (not tuple) can be annotated")),
        ExprKind::List { .. } => return Err(err_loc(src, t.loc, "only single target (not list) can be annotated")),
        _ => return Err(err_loc(src, t.loc, "illegal target for annotation")),
    };
    let target = to_target(src, t, TargetKind::Star)?;
    Ok(stmt(src, l, r, StmtKind::AnnAssign { target, annotation: a, value: v, simple }))
}

pub fn del_stmt(src: &Src, l: usize, r: usize, t: Vec<Expr>) -> Result<Stmt, PErr> {
    let targets = t.into_iter().map(|t| to_target(src, t, TargetKind::Del)).collect::<Result<Vec<_>, _>>()?;
    Ok(stmt(src, l, r, StmtKind::Delete(targets)))
}

pub fn named_expr(src: &Src, l: usize, r: usize, t: Expr, v: Expr) -> Result<Expr, PErr> {
    if !matches!(t.kind, ExprKind::Name { .. }) {
        return Err(err_loc(src, t.loc, format!("cannot use assignment expressions with {}", expr_name(&t))));
    }
    let mut t = t;
    set_ctx(&mut t, Ctx::Store);
    Ok(mk(src, l, r, ExprKind::NamedExpr { target: Box::new(t), value: Box::new(v) }))
}

pub fn import_from(
    src: &Src,
    l: usize,
    r: usize,
    level: u32,
    module: Option<String>,
    names: Vec<Alias>,
    import_pos: usize,
) -> Result<Stmt, PErr> {
    if level == 0 && module.is_none() {
        return Err(err_loc(src, src.loc(import_pos, import_pos + 6), "invalid syntax"));
    }
    Ok(stmt(src, l, r, StmtKind::ImportFrom { module, names, level }))
}

pub fn if_stmt(
    src: &Src,
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let end = end_of(&b, &orelse);
        let s = Stmt { loc: start_loc(src, el).to(end), kind: StmtKind::If { test: t, body: b, orelse } };
        orelse = vec![s];
    }
    let end = end_of(&body, &orelse);
    Stmt { loc: start_loc(src, l).to(end), kind: StmtKind::If { test, body, orelse } }
}

pub fn for_stmt(
    src: &Src,
    l: usize,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Result<Stmt, PErr> {
    let target = to_target(src, target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&body, &orelse);
    Ok(Stmt { loc: start_loc(src, l).to(end), kind: StmtKind::For { target, iter, body, orelse } })
}

pub fn try_stmt(
    src: &Src,
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    let end = if let Some(s) = finalbody.last() {
        s.loc
    } else if let Some(s) = orelse.last() {
        s.loc
    } else if let Some(h) = handlers.last() {
        h.loc
    } else {
        end_of(&body, &[])
    };
    Stmt { loc: start_loc(src, l).to(end), kind: StmtKind::Try { body, handlers, orelse, finalbody } }
}

pub fn with_stmt(src: &Src, l: usize, items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>) -> Result<Stmt, PErr> {
    let mut out = Vec::new();
    for (e, t) in items {
        let optional_vars = match t {
            Some(t) => Some(to_target(src, t, TargetKind::Star)?),
            None => None,
        };
        out.push(WithItem { context_expr: e, optional_vars });
    }
    let end = end_of(&body, &[]);
    Ok(Stmt { loc: start_loc(src, l).to(end), kind: StmtKind::With { items: out, body } })
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: bool) -> Result<Comprehension, PErr> {
    let mut target = target;
    if invalid_target(&target, TargetKind::For).is_some() {
        // Reported with the right location by the caller's source; keep CPython's text.
        let bad = invalid_target(&target, TargetKind::For).unwrap();
        let loc = bad.loc;
        return Err(ParseError::User {
            error: LexError::syntax(
                format!("cannot assign to {}", expr_name(bad)),
                loc.line,
                loc.col + 1,
                if loc.end_line == loc.line { loc.end_col + 1 } else { loc.col + 2 },
                0,
            ),
        });
    }
    set_ctx(&mut target, Ctx::Store);
    Ok(Comprehension { target, iter, ifs, is_async })
}

// ------------------------------------------------------------- parameters

pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    BareStar(Loc),
    Star(Arg, Loc),
    DStar(Arg, Loc, Option<Expr>),
    Slash(Loc),
}

pub fn build_arguments(src: &Src, items: Vec<ParamItem>) -> Result<Arguments, PErr> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut bare_star: Option<Loc> = None;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut after_kwarg = false;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if after_kwarg {
            let loc = match &item {
                ParamItem::Plain(arg, _) => arg.loc,
                ParamItem::BareStar(l) | ParamItem::Star(_, l) | ParamItem::DStar(_, l, _) | ParamItem::Slash(l) => *l,
            };
            return Err(err_loc(src, loc, "arguments cannot follow var-keyword argument"));
        }
        match item {
            ParamItem::Plain(arg, d) => {
                if seen_star {
                    bare_star = None;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(d);
                } else {
                    match d {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err_loc(src, arg.loc, "non-default argument follows default argument"))
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Slash(loc) => {
                if seen_slash {
                    return Err(err_loc(src, loc, "/ may appear only once"));
                }
                if seen_star {
                    return Err(err_loc(src, loc, "/ must be ahead of *"));
                }
                if a.args.is_empty() {
                    let msg = if i + 1 == n { "invalid syntax" } else { "at least one argument must precede /" };
                    return Err(err_loc(src, loc, msg));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::BareStar(loc) => {
                if seen_star {
                    return Err(err_loc(src, loc, "* argument may appear only once"));
                }
                seen_star = true;
                bare_star = Some(loc);
            }
            ParamItem::Star(arg, loc) => {
                if seen_star {
                    return Err(err_loc(src, loc, "* argument may appear only once"));
                }
                seen_star = true;
                a.vararg = Some(arg);
            }
            ParamItem::DStar(arg, loc, d) => {
                if let Some(d) = d {
                    return Err(err_loc(src, d.loc, "var-keyword argument cannot have default value"));
                }
                let _ = loc;
                if let Some(bs) = bare_star {
                    return Err(err_loc(src, bs, "named arguments must follow bare *"));
                }
                a.kwarg = Some(arg);
                after_kwarg = true;
            }
        }
    }
    if let Some(bs) = bare_star {
        return Err(err_loc(src, bs, "named arguments must follow bare *"));
    }
    Ok(a)
}

pub fn func_def(
    src: &Src,
    l: usize,
    _header_end: usize,
    name: String,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt, PErr> {
    let args = build_arguments(src, params)?;
    let loc = start_loc(src, l).to(end_of(&body, &[]));
    Ok(Stmt {
        kind: StmtKind::FunctionDef(Box::new(FunctionDef { name, args, body, decorators: vec![], returns, def_loc: loc })),
        loc,
    })
}

pub fn class_def(
    src: &Src,
    l: usize,
    _header_end: usize,
    name: String,
    args: Option<(usize, Vec<ArgItem>, usize)>,
    body: Vec<Stmt>,
) -> Result<Stmt, PErr> {
    let (bases, keywords) = match args {
        Some((lp, items, r)) => build_call_args(src, items, Some((src.loc(lp, r), src.loc(r - 1, r))))?,
        None => (vec![], vec![]),
    };
    let loc = start_loc(src, l).to(end_of(&body, &[]));
    Ok(Stmt {
        kind: StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators: vec![], def_loc: loc })),
        loc,
    })
}

pub fn decorate(mut s: Stmt, d: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = d,
        StmtKind::ClassDef(c) => c.decorators = d,
        _ => {}
    }
    s
}

pub fn lambda(src: &Src, l: usize, r: usize, params: Vec<ParamItem>, body: Expr) -> Result<Expr, PErr> {
    let args = build_arguments(src, params)?;
    Ok(mk(src, l, r, ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }))
}

// ------------------------------------------------------------- calls

pub enum ArgItem {
    Pos(Expr),
    Gen(Expr),
    Star(Expr),
    DStar(Keyword),
    /// name, value, whole range, end of the `=`
    Kw(Expr, Expr, Loc, Loc),
}

/// Split call arguments into positional and keyword lists, with CPython's
/// ordering errors. `sole_gen_loc` is the parenthesised range used for a
/// generator expression that is the only argument.
pub fn build_call_args(
    src: &Src,
    items: Vec<ArgItem>,
    call_parens: Option<(Loc, Loc)>,
) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    // CPython reports ordering errors at the last token of the call (`)`).
    let close = call_parens.map(|(_, c)| c);
    for item in items {
        match item {
            ArgItem::Pos(e) | ArgItem::Gen(e) if seen_kw || seen_dstar => {
                let msg = if seen_dstar {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                return Err(err_loc(src, close.unwrap_or(e.loc), msg));
            }
            ArgItem::Pos(e) => args.push(e),
            ArgItem::Gen(mut e) => {
                if n != 1 {
                    return Err(err_loc(src, e.loc, "Generator expression must be parenthesized"));
                }
                if let Some((open, close)) = call_parens {
                    e.loc = open.to(close);
                }
                args.push(e);
            }
            ArgItem::Star(e) => {
                if seen_dstar {
                    let loc = Loc::new(e.loc.line, e.loc.col, e.loc.line, e.loc.col + 1);
                    return Err(err_loc(src, loc, "iterable argument unpacking follows keyword argument unpacking"));
                }
                args.push(e);
            }
            ArgItem::DStar(k) => {
                seen_dstar = true;
                keywords.push(k);
            }
            ArgItem::Kw(k, v, loc, eq) => {
                let name = match k.kind {
                    ExprKind::Name { id, .. } => id,
                    ExprKind::Constant(Constant::Bool(_)) | ExprKind::Constant(Constant::None) => {
                        return Err(err_loc(src, k.loc, format!("cannot assign to {}", expr_name(&k))))
                    }
                    _ => {
                        return Err(err_loc(
                            src,
                            k.loc.to(eq),
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                        ))
                    }
                };
                seen_kw = true;
                keywords.push(Keyword { arg: Some(name), value: v, loc });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(src: &Src, l: usize, lp: usize, r: usize, func: Expr, items: Vec<ArgItem>) -> Result<Expr, PErr> {
    let open = src.loc(lp, r);
    let close = src.loc(r - 1, r);
    let (args, keywords) = build_call_args(src, items, Some((open, close)))?;
    Ok(mk(src, l, r, ExprKind::Call { func: Box::new(func), args, keywords }))
}
