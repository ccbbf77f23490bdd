//! Compiler tests on hand-built ASTs (see `tests_src.rs` for tests on
//! parsed source).

use super::symtable::{build_module, ScopeKind, SymScope};
use super::*;
use crate::ast::*;
use crate::bytecode::{CodeKind, Const, Instr};
use crate::dis::disassemble;
use num_bigint::BigInt;

fn l(line: u32) -> Loc {
    Loc::new(line, 0, line, 10)
}
fn ex(kind: ExprKind, line: u32) -> Expr {
    Expr { kind, loc: l(line) }
}
fn name(id: &str, line: u32) -> Expr {
    ex(ExprKind::Name { id: id.into(), ctx: Ctx::Load }, line)
}
fn sname(id: &str, line: u32) -> Expr {
    ex(ExprKind::Name { id: id.into(), ctx: Ctx::Store }, line)
}
fn int(v: i64, line: u32) -> Expr {
    ex(ExprKind::Constant(Constant::Int(BigInt::from(v))), line)
}
fn string(s: &str, line: u32) -> Expr {
    ex(ExprKind::Constant(Constant::Str(s.into())), line)
}
fn call(f: Expr, args: Vec<Expr>, line: u32) -> Expr {
    ex(ExprKind::Call { func: Box::new(f), args, keywords: vec![] }, line)
}
fn attr(v: Expr, a: &str, line: u32) -> Expr {
    ex(ExprKind::Attribute { value: Box::new(v), attr: a.into(), ctx: Ctx::Load }, line)
}
fn st(kind: StmtKind, line: u32) -> Stmt {
    Stmt { kind, loc: l(line) }
}
fn assign(t: Expr, v: Expr, line: u32) -> Stmt {
    st(StmtKind::Assign { targets: vec![t], value: v }, line)
}
fn expr_stmt(e: Expr, line: u32) -> Stmt {
    st(StmtKind::Expr(e), line)
}
fn ret(e: Option<Expr>, line: u32) -> Stmt {
    st(StmtKind::Return(e), line)
}
fn arg(n: &str, line: u32) -> Arg {
    Arg { name: n.into(), annotation: None, loc: l(line) }
}
fn funcdef(n: &str, params: &[&str], body: Vec<Stmt>, line: u32) -> Stmt {
    let args = Arguments { args: params.iter().map(|p| arg(p, line)).collect(), ..Default::default() };
    st(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name: n.into(),
            args,
            body,
            decorators: vec![],
            returns: None,
            def_loc: l(line),
        })),
        line,
    )
}
fn classdef(n: &str, body: Vec<Stmt>, line: u32) -> Stmt {
    st(
        StmtKind::ClassDef(Box::new(ClassDef {
            name: n.into(),
            bases: vec![],
            keywords: vec![],
            body,
            decorators: vec![],
            def_loc: l(line),
        })),
        line,
    )
}
fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}
fn compile(body: Vec<Stmt>) -> CodeObject {
    compile_module(&module(body), "t.py").expect("compiles")
}
fn compile_err(body: Vec<Stmt>) -> SyntaxErrorInfo {
    compile_module(&module(body), "t.py").expect_err("should fail")
}
fn code_const(c: &CodeObject, i: usize) -> &CodeObject {
    c.consts
        .iter()
        .filter_map(|k| if let Const::Code(c) = k { Some(&**c) } else { None })
        .nth(i)
        .expect("nested code")
}

#[test]
fn global_augassign_dis() {
    // sum = 0
    // def f():
    //     global sum
    //     sum += 1
    let m = compile(vec![
        assign(sname("sum", 1), int(0, 1), 1),
        funcdef(
            "f",
            &[],
            vec![
                st(StmtKind::Global(vec!["sum".into()]), 3),
                st(StmtKind::AugAssign { target: sname("sum", 4), op: BinOp::Add, value: int(1, 4) }, 4),
            ],
            2,
        ),
    ]);
    let f = code_const(&m, 0);
    assert_eq!(
        f.instructions,
        vec![
            Instr::LoadGlobal(0),
            Instr::LoadConst(1),
            Instr::InplaceOp(BinOp::Add),
            Instr::StoreGlobal(0),
            Instr::LoadConst(0),
            Instr::ReturnValue
        ]
    );
    let d = disassemble(&m);
    let expected_f = "Disassembly of <code object f, file \"t.py\", line 2>:
  4           0 LOAD_GLOBAL              0 (sum)
              1 LOAD_CONST               1 (1)
              2 BINARY_OP               13 (+=)
              3 STORE_GLOBAL             0 (sum)
              4 LOAD_CONST               0 (None)
              5 RETURN_VALUE
";
    assert!(d.contains(expected_f), "{}", d);
    assert!(d.starts_with("  1           0 LOAD_CONST               0 (0)\n              1 STORE_NAME               0 (sum)\n"), "{}", d);
    assert_eq!(f.max_stack, 2);
}

#[test]
fn closures_and_cells() {
    // def f(x):
    //     def g():
    //         return x
    //     return g
    let m = compile(vec![funcdef(
        "f",
        &["x"],
        vec![funcdef("g", &[], vec![ret(Some(name("x", 3)), 3)], 2), ret(Some(name("g", 4)), 4)],
        1,
    )]);
    let f = code_const(&m, 0);
    assert_eq!(f.cellvars, vec!["x".to_string()]);
    assert_eq!(f.cell2arg, vec![Some(0)]);
    assert_eq!(f.varnames, vec!["x".to_string(), "g".to_string()]);
    let g = code_const(f, 0);
    assert_eq!(g.freevars, vec!["x".to_string()]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(g.instructions[0], Instr::LoadDeref(0));
    assert!(f.instructions.starts_with(&[Instr::LoadClosure(0), Instr::BuildTuple(1)]));
    assert!(f.instructions.contains(&Instr::MakeFunction(8)));
}

#[test]
fn class_cell_for_super() {
    // class C:
    //     def m(self):
    //         return super().m()
    let m = compile(vec![classdef(
        "C",
        vec![funcdef(
            "m",
            &["self"],
            vec![ret(Some(call(attr(call(name("super", 3), vec![], 3), "m", 3), vec![], 3)), 3)],
            2,
        )],
        1,
    )]);
    let body = code_const(&m, 0);
    assert_eq!(body.kind, CodeKind::Class);
    assert_eq!(body.cellvars, vec!["__class__".to_string()]);
    let n = body.instructions.len();
    assert_eq!(body.instructions[n - 4], Instr::LoadClosure(0));
    assert!(matches!(body.instructions[n - 3], Instr::StoreName(i) if body.names[i as usize] == "__classcell__"));
    let meth = code_const(body, 0);
    assert_eq!(meth.freevars, vec!["__class__".to_string()]);
    assert_eq!(meth.qualname, "C.m");
    // module: LOAD_BUILD_CLASS, closure-less MAKE_FUNCTION, name, CALL 2
    assert_eq!(m.instructions[0], Instr::LoadBuildClass);
    assert!(m.instructions.contains(&Instr::Call(2)));
    // the class body builds the method's closure from its __class__ cell
    assert!(body.instructions.contains(&Instr::LoadClosure(0)));
    let d = disassemble(&m);
    assert!(d.contains("LOAD_CLOSURE             0 (__class__)"), "{}", d);
}

#[test]
fn compile_errors() {
    let e = compile_err(vec![ret(None, 1)]);
    assert_eq!(e.msg, "'return' outside function");
    assert_eq!((e.line, e.offset, e.end_offset), (1, 1, 11));
    let e = compile_err(vec![st(StmtKind::Break, 2)]);
    assert_eq!(e.msg, "'break' outside loop");
    assert_eq!(e.line, 2);
    let e = compile_err(vec![st(StmtKind::Continue, 1)]);
    assert_eq!(e.msg, "'continue' not properly in loop");
    let e = compile_err(vec![funcdef(
        "f",
        &[],
        vec![expr_stmt(name("x", 2), 2), st(StmtKind::Global(vec!["x".into()]), 3)],
        1,
    )]);
    assert_eq!(e.msg, "name 'x' is used prior to global declaration");
    assert_eq!(e.line, 3);
    let e = compile_err(vec![funcdef("f", &["x"], vec![st(StmtKind::Global(vec!["x".into()]), 2)], 1)]);
    assert_eq!(e.msg, "name 'x' is parameter and global");
    let e = compile_err(vec![funcdef(
        "f",
        &[],
        vec![assign(sname("x", 2), int(1, 2), 2), st(StmtKind::Global(vec!["x".into()]), 3)],
        1,
    )]);
    assert_eq!(e.msg, "name 'x' is assigned to before global declaration");
    let e = compile_err(vec![st(StmtKind::Nonlocal(vec!["x".into()]), 1)]);
    assert_eq!(e.msg, "nonlocal declaration not allowed at module level");
    let e = compile_err(vec![funcdef("f", &[], vec![st(StmtKind::Nonlocal(vec!["x".into()]), 2)], 1)]);
    assert_eq!(e.msg, "no binding for nonlocal 'x' found");
    assert_eq!(e.line, 2);
    let e = compile_err(vec![expr_stmt(ex(ExprKind::Yield(None), 1), 1)]);
    assert_eq!(e.msg, "'yield' outside function");
    let e = compile_err(vec![expr_stmt(ex(ExprKind::Await(Box::new(name("x", 1))), 1), 1)]);
    assert_eq!(e.msg, "'await' outside function");
}

#[test]
fn comprehension_scope() {
    // def f(y):
    //     return [x + y for x in y]
    let comp = ex(
        ExprKind::ListComp {
            elt: Box::new(ex(
                ExprKind::BinOp { left: Box::new(name("x", 2)), op: BinOp::Add, right: Box::new(name("y", 2)) },
                2,
            )),
            generators: vec![Comprehension { target: sname("x", 2), iter: name("y", 2), ifs: vec![], is_async: false }],
        },
        2,
    );
    let m = compile(vec![funcdef("f", &["y"], vec![ret(Some(comp), 2)], 1)]);
    let f = code_const(&m, 0);
    assert_eq!(f.cellvars, vec!["y".to_string()]);
    let c = code_const(f, 0);
    assert_eq!(c.name, "<listcomp>");
    assert_eq!(c.qualname, "f.<locals>.<listcomp>");
    assert_eq!(c.kind, CodeKind::Comprehension);
    assert_eq!(c.argcount, 1);
    assert_eq!(c.varnames[0], ".0");
    assert_eq!(c.freevars, vec!["y".to_string()]);
    assert_eq!(&c.instructions[..2], &[Instr::BuildList(0), Instr::LoadFast(0)]);
    assert!(c.instructions.contains(&Instr::ListAppend(2)));
    // caller: closure, MAKE_FUNCTION, iterable, GET_ITER, CALL 1
    let n = f.instructions.len();
    assert_eq!(&f.instructions[n - 3..], &[Instr::GetIter, Instr::Call(1), Instr::ReturnValue]);
}

#[test]
fn symtable_kinds() {
    let m = module(vec![funcdef(
        "f",
        &["a"],
        vec![assign(sname("b", 2), call(name("len", 2), vec![name("a", 2)], 2), 2)],
        1,
    )]);
    let t = build_module(&m).unwrap();
    let f = t.scopes.iter().find(|s| s.kind == ScopeKind::Function).unwrap();
    assert_eq!(f.scope_of("a"), SymScope::Local);
    assert_eq!(f.scope_of("b"), SymScope::Local);
    assert_eq!(f.scope_of("len"), SymScope::GlobalImplicit);
    assert_eq!(t.top().scope_of("f"), SymScope::Local);
}

#[test]
fn try_finally_return_unwinds() {
    // def f():
    //     try:
    //         return 1
    //     finally:
    //         g()
    let m = compile(vec![funcdef(
        "f",
        &[],
        vec![st(
            StmtKind::Try {
                body: vec![ret(Some(int(1, 3)), 3)],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![expr_stmt(call(name("g", 5), vec![], 5), 5)],
            },
            2,
        )],
        1,
    )]);
    let f = code_const(&m, 0);
    use Instr::*;
    assert_eq!(
        &f.instructions[..7],
        &[SetupFinally(12), LoadConst(1), PopBlock, LoadGlobal(0), Call(0), PopTop, ReturnValue]
    );
    assert!(f.max_stack >= 2);
}

#[test]
fn never_panics_on_odd_asts() {
    // Starred assignment target alone, multiple stars, weird targets.
    let star = |line| ex(ExprKind::Starred { value: Box::new(sname("a", line)), ctx: Ctx::Store }, line);
    let e = compile_err(vec![assign(star(1), name("b", 1), 1)]);
    assert_eq!(e.msg, "starred assignment target must be in a list or tuple");
    let e = compile_err(vec![assign(
        ex(ExprKind::Tuple { elts: vec![star(1), star(1)], ctx: Ctx::Store }, 1),
        name("b", 1),
        1,
    )]);
    assert_eq!(e.msg, "multiple starred expressions in assignment");
    let e = compile_err(vec![assign(int(1, 1), name("b", 1), 1)]);
    assert!(e.msg.starts_with("cannot assign"));
    let _ = compile(vec![]);
    let empty_comp = ex(ExprKind::ListComp { elt: Box::new(name("x", 1)), generators: vec![] }, 1);
    assert!(compile_module(&module(vec![expr_stmt(empty_comp, 1)]), "t.py").is_err());
}

#[test]
fn expression_mode() {
    let e = ex(ExprKind::BinOp { left: Box::new(int(1, 1)), op: BinOp::Mult, right: Box::new(name("x", 1)) }, 1);
    let c = compile_expression(&e, "<string>").unwrap();
    assert_eq!(c.kind, CodeKind::Module);
    assert_eq!(c.instructions.last(), Some(&Instr::ReturnValue));
    assert_eq!(c.instructions[1], Instr::LoadName(0));
}

#[test]
fn docstrings() {
    let m = compile(vec![
        expr_stmt(string("mod doc", 1), 1),
        funcdef("f", &[], vec![expr_stmt(string("doc", 3), 3), ret(None, 4)], 2),
    ]);
    let f = code_const(&m, 0);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(f.consts[0], Const::Str("doc".into()));
    assert_eq!(f.instructions, vec![Instr::LoadConst(1), Instr::ReturnValue]);
    assert!(matches!(m.instructions[1], Instr::StoreName(i) if m.names[i as usize] == "__doc__"));
}
