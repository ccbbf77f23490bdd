//! Test helper: renders our AST in the format of tests/parser/gen_expected.py
//! (CPython's `ast` field names, `@line:col-line:col` locations in characters).

use crate::ast::*;

fn loc(l: &Loc) -> String {
    format!("@{}:{}-{}:{}", l.line, l.col, l.end_line, l.end_col)
}

fn opt<T>(o: &Option<T>, f: impl Fn(&T) -> String) -> String {
    o.as_ref().map(f).unwrap_or_else(|| "None".to_string())
}

fn list<T>(v: &[T], f: impl Fn(&T) -> String) -> String {
    format!("[{}]", v.iter().map(f).collect::<Vec<_>>().join(", "))
}

pub fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !crate::lexer::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n))
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n))
                } else {
                    out.push_str(&format!("\\U{:08x}", n))
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(q as char);
    out
}

fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        return "inf".into();
    }
    let s = format!("{:?}", f);
    if s.contains('e') {
        // Rust: 1e100 / 1e-10 ; Python: 1e+100 / 1e-10
        let (m, e) = s.split_once('e').unwrap();
        let m = m.strip_suffix(".0").unwrap_or(m);
        let e = if e.starts_with('-') { e.to_string() } else { format!("+{}", e) };
        let e = if e.len() == 2 { format!("{}0{}", &e[..1], &e[1..]) } else { e };
        return format!("{}e{}", m, e);
    }
    s
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(f) => {
            let s = float_repr(*f);
            format!("{}j", s.strip_suffix(".0").unwrap_or(&s))
        }
        Constant::Str(s) => py_str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

fn ctx(c: &Ctx) -> &'static str {
    match c {
        Ctx::Load => "Load()",
        Ctx::Store => "Store()",
        Ctx::Del => "Del()",
    }
}

fn binop(o: &BinOp) -> &'static str {
    match o {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
        BinOp::FloorDiv => "FloorDiv()",
    }
}

fn cmpop(o: &CmpOp) -> &'static str {
    match o {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn comp(c: &Comprehension) -> String {
    format!(
        "comprehension(target={}, iter={}, ifs={}, is_async={})",
        expr(&c.target),
        expr(&c.iter),
        list(&c.ifs, expr),
        c.is_async as i32
    )
}

fn keyword(k: &Keyword) -> String {
    format!("keyword(arg={}, value={}){}", opt(&k.arg, |s| py_str_repr(s)), expr(&k.value), loc(&k.loc))
}

fn arg(a: &Arg) -> String {
    format!("arg(arg={}, annotation={}){}", py_str_repr(&a.name), opt(&a.annotation, expr), loc(&a.loc))
}

fn arguments(a: &Arguments) -> String {
    format!(
        "arguments(posonlyargs={}, args={}, vararg={}, kwonlyargs={}, kw_defaults={}, kwarg={}, defaults={})",
        list(&a.posonlyargs, arg),
        list(&a.args, arg),
        opt(&a.vararg, arg),
        list(&a.kwonlyargs, arg),
        list(&a.kw_defaults, |d| opt(d, expr)),
        opt(&a.kwarg, arg),
        list(&a.defaults, expr)
    )
}

/// Parts of an f-string: no locations (CPython 3.11's are not meaningful).
fn fpart(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Constant(c) => format!("Constant(value={})", constant(c)),
        ExprKind::FormattedValue { value, conversion, format_spec } => format!(
            "FormattedValue(value={}, conversion={}, format_spec={})",
            expr(value),
            conversion.map(|c| c as i32).unwrap_or(-1),
            opt(format_spec, |s| fpart(s))
        ),
        ExprKind::JoinedStr(v) => format!("JoinedStr(values={})", list(v, fpart)),
        _ => expr(e),
    }
}

pub fn expr(e: &Expr) -> String {
    let b = |x: &Box<Expr>| expr(x);
    let s = match &e.kind {
        ExprKind::BoolOp { op, values } => format!(
            "BoolOp(op={}, values={})",
            if *op == BoolOpKind::And { "And()" } else { "Or()" },
            list(values, expr)
        ),
        ExprKind::NamedExpr { target, value } => format!("NamedExpr(target={}, value={})", b(target), b(value)),
        ExprKind::BinOp { left, op, right } => format!("BinOp(left={}, op={}, right={})", b(left), binop(op), b(right)),
        ExprKind::UnaryOp { op, operand } => format!(
            "UnaryOp(op={}, operand={})",
            match op {
                UnaryOp::Invert => "Invert()",
                UnaryOp::Not => "Not()",
                UnaryOp::UAdd => "UAdd()",
                UnaryOp::USub => "USub()",
            },
            b(operand)
        ),
        ExprKind::Lambda { args, body } => format!("Lambda(args={}, body={})", arguments(args), b(body)),
        ExprKind::IfExp { test, body, orelse } => format!("IfExp(test={}, body={}, orelse={})", b(test), b(body), b(orelse)),
        ExprKind::Dict { keys, values } => {
            format!("Dict(keys={}, values={})", list(keys, |k| opt(k, expr)), list(values, expr))
        }
        ExprKind::Set(v) => format!("Set(elts={})", list(v, expr)),
        ExprKind::ListComp { elt, generators } => format!("ListComp(elt={}, generators={})", b(elt), list(generators, comp)),
        ExprKind::SetComp { elt, generators } => format!("SetComp(elt={}, generators={})", b(elt), list(generators, comp)),
        ExprKind::DictComp { key, value, generators } => {
            format!("DictComp(key={}, value={}, generators={})", b(key), b(value), list(generators, comp))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("GeneratorExp(elt={}, generators={})", b(elt), list(generators, comp))
        }
        ExprKind::Await(v) => format!("Await(value={})", b(v)),
        ExprKind::Yield(v) => format!("Yield(value={})", opt(v, b)),
        ExprKind::YieldFrom(v) => format!("YieldFrom(value={})", b(v)),
        ExprKind::Compare { left, ops, comparators } => format!(
            "Compare(left={}, ops={}, comparators={})",
            b(left),
            list(ops, |o| cmpop(o).to_string()),
            list(comparators, expr)
        ),
        ExprKind::Call { func, args, keywords } => {
            format!("Call(func={}, args={}, keywords={})", b(func), list(args, expr), list(keywords, keyword))
        }
        ExprKind::FormattedValue { .. } => fpart(e),
        ExprKind::JoinedStr(v) => format!("JoinedStr(values={})", list(v, fpart)),
        ExprKind::Constant(c) => format!("Constant(value={})", constant(c)),
        ExprKind::Attribute { value, attr, ctx: c } => {
            format!("Attribute(value={}, attr={}, ctx={})", b(value), py_str_repr(attr), ctx(c))
        }
        ExprKind::Subscript { value, slice, ctx: c } => {
            format!("Subscript(value={}, slice={}, ctx={})", b(value), b(slice), ctx(c))
        }
        ExprKind::Starred { value, ctx: c } => format!("Starred(value={}, ctx={})", b(value), ctx(c)),
        ExprKind::Name { id, ctx: c } => format!("Name(id={}, ctx={})", py_str_repr(id), ctx(c)),
        ExprKind::List { elts, ctx: c } => format!("List(elts={}, ctx={})", list(elts, expr), ctx(c)),
        ExprKind::Tuple { elts, ctx: c } => format!("Tuple(elts={}, ctx={})", list(elts, expr), ctx(c)),
        ExprKind::Slice { lower, upper, step } => {
            format!("Slice(lower={}, upper={}, step={})", opt(lower, b), opt(upper, b), opt(step, b))
        }
    };
    s + &loc(&e.loc)
}

fn body(v: &[Stmt]) -> String {
    list(v, stmt)
}

fn alias(a: &Alias) -> String {
    format!("alias(name={}, asname={}){}", py_str_repr(&a.name), opt(&a.asname, |s| py_str_repr(s)), loc(&a.loc))
}

pub fn stmt(s: &Stmt) -> String {
    let out = match &s.kind {
        StmtKind::FunctionDef(f) => format!(
            "FunctionDef(name={}, args={}, body={}, decorator_list={}, returns={})",
            py_str_repr(&f.name),
            arguments(&f.args),
            body(&f.body),
            list(&f.decorators, expr),
            opt(&f.returns, expr)
        ),
        StmtKind::ClassDef(c) => format!(
            "ClassDef(name={}, bases={}, keywords={}, body={}, decorator_list={})",
            py_str_repr(&c.name),
            list(&c.bases, expr),
            list(&c.keywords, keyword),
            body(&c.body),
            list(&c.decorators, expr)
        ),
        StmtKind::Return(v) => format!("Return(value={})", opt(v, expr)),
        StmtKind::Delete(v) => format!("Delete(targets={})", list(v, expr)),
        StmtKind::Assign { targets, value } => format!("Assign(targets={}, value={})", list(targets, expr), expr(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("AugAssign(target={}, op={}, value={})", expr(target), binop(op), expr(value))
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => format!(
            "AnnAssign(target={}, annotation={}, value={}, simple={})",
            expr(target),
            expr(annotation),
            opt(value, expr),
            *simple as i32
        ),
        StmtKind::For { target, iter, body: b, orelse } => format!(
            "For(target={}, iter={}, body={}, orelse={})",
            expr(target),
            expr(iter),
            body(b),
            body(orelse)
        ),
        StmtKind::While { test, body: b, orelse } => {
            format!("While(test={}, body={}, orelse={})", expr(test), body(b), body(orelse))
        }
        StmtKind::If { test, body: b, orelse } => format!("If(test={}, body={}, orelse={})", expr(test), body(b), body(orelse)),
        StmtKind::With { items, body: b } => format!(
            "With(items={}, body={})",
            list(items, |i| format!(
                "withitem(context_expr={}, optional_vars={})",
                expr(&i.context_expr),
                opt(&i.optional_vars, expr)
            )),
            body(b)
        ),
        StmtKind::Raise { exc, cause } => format!("Raise(exc={}, cause={})", opt(exc, expr), opt(cause, expr)),
        StmtKind::Try { body: b, handlers, orelse, finalbody } => format!(
            "Try(body={}, handlers={}, orelse={}, finalbody={})",
            body(b),
            list(handlers, |h| format!(
                "ExceptHandler(type={}, name={}, body={}){}",
                opt(&h.typ, expr),
                opt(&h.name, |s| py_str_repr(s)),
                body(&h.body),
                loc(&h.loc)
            )),
            body(orelse),
            body(finalbody)
        ),
        StmtKind::Assert { test, msg } => format!("Assert(test={}, msg={})", expr(test), opt(msg, expr)),
        StmtKind::Import(v) => format!("Import(names={})", list(v, alias)),
        StmtKind::ImportFrom { module, names, level } => format!(
            "ImportFrom(module={}, names={}, level={})",
            opt(module, |s| py_str_repr(s)),
            list(names, alias),
            level
        ),
        StmtKind::Global(v) => format!("Global(names={})", list(v, |s| py_str_repr(s))),
        StmtKind::Nonlocal(v) => format!("Nonlocal(names={})", list(v, |s| py_str_repr(s))),
        StmtKind::Expr(e) => format!("Expr(value={})", expr(e)),
        StmtKind::Pass => "Pass()".into(),
        StmtKind::Break => "Break()".into(),
        StmtKind::Continue => "Continue()".into(),
    };
    out + &loc(&s.loc)
}

pub fn module(m: &Module) -> String {
    format!("Module(body={})", body(&m.body))
}
