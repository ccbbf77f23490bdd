//! The SyntaxWarnings CPython 3.11's compiler emits for code that parses
//! but is surely a mistake: `x is 1`, `assert (x, "msg")`, `[1, 2]["a"]`,
//! `None[0]`, `"abc"(1)` ("perhaps you missed a comma?"). CPython checks
//! after constant folding (`-1`, `2**8` and `(1, 2)` are constants there), so
//! the checks below treat foldable expressions as the constants they become.
//! Warnings come in CPython's compile order: statement by statement, a
//! function's body where it is defined.

use crate::ast::*;

/// `(line, message)` of every SyntaxWarning of `module`, in order.
pub fn syntax_warnings(module: &Module) -> Vec<(u32, String)> {
    let mut w = Vec::new();
    for s in &module.body {
        stmt(s, &mut w);
    }
    w
}

fn const_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(_) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Ellipsis => "ellipsis",
    }
}

fn is_num(t: &str) -> bool {
    matches!(t, "int" | "bool" | "float" | "complex")
}

/// The type of the constant `e` folds to, if CPython's AST optimizer folds it.
fn folded(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(c) => Some(const_type(c)),
        ExprKind::UnaryOp { op, operand } => {
            let t = folded(operand)?;
            match op {
                UnaryOp::Not => Some("bool"),
                UnaryOp::USub | UnaryOp::UAdd if is_num(t) => Some(if t == "bool" { "int" } else { t }),
                UnaryOp::Invert if matches!(t, "int" | "bool") => Some("int"),
                _ => None,
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (folded(left)?, folded(right)?);
            if is_num(l) && is_num(r) {
                let rank = |t: &str| match t {
                    "complex" => 2,
                    "float" => 1,
                    _ => 0,
                };
                let top = rank(l).max(rank(r));
                // Division by a zero constant does not fold.
                if matches!(op, BinOp::Div | BinOp::FloorDiv | BinOp::Mod) {
                    if let ExprKind::Constant(Constant::Int(n)) = &right.kind {
                        if n.sign() == num_bigint::Sign::NoSign {
                            return None;
                        }
                    }
                }
                return Some(match (top, op) {
                    (2, _) => "complex",
                    (1, _) => "float",
                    (_, BinOp::Div) => "float",
                    (_, BinOp::MatMult) => return None,
                    (_, BinOp::Pow) => match &right.kind {
                        ExprKind::Constant(Constant::Int(n)) if n.sign() != num_bigint::Sign::Minus => "int",
                        _ => return None,
                    },
                    _ => "int",
                });
            }
            match (l, op, r) {
                ("str", BinOp::Add, "str") => Some("str"),
                ("bytes", BinOp::Add, "bytes") => Some("bytes"),
                ("tuple", BinOp::Add, "tuple") => Some("tuple"),
                ("str" | "bytes" | "tuple", BinOp::Mult, "int" | "bool") => Some(l),
                ("int" | "bool", BinOp::Mult, "str" | "bytes" | "tuple") => Some(r),
                _ => None,
            }
        }
        ExprKind::Tuple { elts, ctx: Ctx::Load } => {
            if elts.iter().all(|x| folded(x).is_some()) {
                Some("tuple")
            } else {
                None
            }
        }
        _ => None,
    }
}

/// CPython's `infer_type`: the type of a display, literal or comprehension.
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(t) = folded(e) {
        return Some(t);
    }
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        _ => return None,
    })
}

fn check_subscripter(value: &Expr) -> Option<String> {
    let t = match folded(value) {
        Some(t) => {
            if !matches!(t, "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex") {
                return None;
            }
            t
        }
        None => match &value.kind {
            ExprKind::Set(_) | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => infer_type(value)?,
            _ => return None,
        },
    };
    Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", t))
}

fn check_index(value: &Expr, slice: &Expr) -> Option<String> {
    let index_type = infer_type(slice)?;
    if matches!(index_type, "int" | "bool") {
        return None;
    }
    let t = match folded(value) {
        Some(t) if matches!(t, "str" | "bytes" | "tuple") => t,
        Some(_) => return None,
        None => match &value.kind {
            ExprKind::Tuple { .. } | ExprKind::List { .. } | ExprKind::ListComp { .. } | ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => infer_type(value)?,
            _ => return None,
        },
    };
    Some(format!("{} indices must be integers or slices, not {}; perhaps you missed a comma?", t, index_type))
}

fn check_caller(func: &Expr) -> Option<String> {
    let t = match &func.kind {
        ExprKind::Constant(_)
        | ExprKind::Tuple { .. }
        | ExprKind::List { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::Dict { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::Set(_)
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::JoinedStr(_)
        | ExprKind::FormattedValue { .. } => infer_type(func)?,
        _ => return None,
    };
    Some(format!("'{}' object is not callable; perhaps you missed a comma?", t))
}

/// `x is 1`: an operand that is a constant other than None, True, False, `...`.
fn is_literal_arg(e: &Expr) -> bool {
    matches!(folded(e), Some(t) if !matches!(t, "NoneType" | "bool" | "ellipsis"))
}

fn stmts(body: &[Stmt], w: &mut Vec<(u32, String)>) {
    for s in body {
        stmt(s, w);
    }
}

fn opt(e: &Option<Expr>, w: &mut Vec<(u32, String)>) {
    if let Some(e) = e {
        expr(e, w);
    }
}

fn arguments(a: &Arguments, w: &mut Vec<(u32, String)>) {
    for d in &a.defaults {
        expr(d, w);
    }
    for d in a.kw_defaults.iter().flatten() {
        expr(d, w);
    }
    for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg) {
        opt(&arg.annotation, w);
    }
}

fn stmt(s: &Stmt, w: &mut Vec<(u32, String)>) {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                expr(d, w);
            }
            arguments(&f.args, w);
            opt(&f.returns, w);
            stmts(&f.body, w);
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                expr(d, w);
            }
            stmts(&c.body, w);
            for b in &c.bases {
                expr(b, w);
            }
            for k in &c.keywords {
                expr(&k.value, w);
            }
        }
        StmtKind::Return(v) => opt(v, w),
        StmtKind::Delete(ts) => {
            for t in ts {
                expr(t, w);
            }
        }
        StmtKind::Assign { targets, value } => {
            expr(value, w);
            for t in targets {
                expr(t, w);
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, w);
            expr(value, w);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            opt(value, w);
            expr(target, w);
            expr(annotation, w);
        }
        StmtKind::For { target, iter, body, orelse } => {
            expr(iter, w);
            expr(target, w);
            stmts(body, w);
            stmts(orelse, w);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test, w);
            stmts(body, w);
            stmts(orelse, w);
        }
        StmtKind::With { items, body } => {
            for i in items {
                expr(&i.context_expr, w);
                opt(&i.optional_vars, w);
            }
            stmts(body, w);
        }
        StmtKind::Raise { exc, cause } => {
            opt(exc, w);
            opt(cause, w);
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts(body, w);
            for h in handlers {
                opt(&h.typ, w);
                stmts(&h.body, w);
            }
            stmts(orelse, w);
            stmts(finalbody, w);
        }
        StmtKind::Assert { test, msg } => {
            let always_true = match &test.kind {
                ExprKind::Tuple { elts, .. } => !elts.is_empty(),
                _ => false,
            };
            if always_true {
                w.push((s.loc.line, "assertion is always true, perhaps remove parentheses?".to_string()));
            }
            expr(test, w);
            opt(msg, w);
        }
        StmtKind::Expr(e) => expr(e, w),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn comprehension(elts: &[&Expr], generators: &[Comprehension], w: &mut Vec<(u32, String)>) {
    // The body is compiled first; the outermost iterable is evaluated in
    // the enclosing scope afterwards.
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            expr(&g.iter, w);
        }
        expr(&g.target, w);
        for c in &g.ifs {
            expr(c, w);
        }
    }
    for e in elts {
        expr(e, w);
    }
    if let Some(g) = generators.first() {
        expr(&g.iter, w);
    }
}

fn expr(e: &Expr, w: &mut Vec<(u32, String)>) {
    let line = e.loc.line;
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            for v in values {
                expr(v, w);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            expr(value, w);
            expr(target, w);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, w);
            expr(right, w);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, w),
        ExprKind::Lambda { args, body } => {
            arguments(args, w);
            expr(body, w);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, w);
            expr(body, w);
            expr(orelse, w);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                opt(k, w);
                expr(v, w);
            }
        }
        ExprKind::Set(elts) => {
            for x in elts {
                expr(x, w);
            }
        }
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            comprehension(&[elt], generators, w);
        }
        ExprKind::DictComp { key, value, generators } => comprehension(&[key, value], generators, w),
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => expr(v, w),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, w);
            }
        }
        ExprKind::Compare { left, ops, comparators } => {
            let mut l = is_literal_arg(left);
            for (op, c) in ops.iter().zip(comparators) {
                let r = is_literal_arg(c);
                if matches!(op, CmpOp::Is | CmpOp::IsNot) && (l || r) {
                    let msg = if *op == CmpOp::Is {
                        "\"is\" with a literal. Did you mean \"==\"?"
                    } else {
                        "\"is not\" with a literal. Did you mean \"!=\"?"
                    };
                    w.push((line, msg.to_string()));
                    break;
                }
                l = r;
            }
            expr(left, w);
            for c in comparators {
                expr(c, w);
            }
        }
        ExprKind::Call { func, args, keywords } => {
            if !matches!(func.kind, ExprKind::Attribute { .. }) {
                if let Some(m) = check_caller(func) {
                    w.push((line, m));
                }
            }
            expr(func, w);
            for a in args {
                expr(a, w);
            }
            for k in keywords {
                expr(&k.value, w);
            }
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            expr(value, w);
            if let Some(f) = format_spec {
                expr(f, w);
            }
        }
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                expr(p, w);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } => expr(value, w),
        ExprKind::Subscript { value, slice, ctx } => {
            if *ctx == Ctx::Load {
                if let Some(m) = check_subscripter(value).or_else(|| check_index(value, slice)) {
                    w.push((line, m));
                }
            }
            expr(value, w);
            expr(slice, w);
        }
        ExprKind::Starred { value, .. } => expr(value, w),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            for x in elts {
                expr(x, w);
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, w);
            }
        }
    }
}
