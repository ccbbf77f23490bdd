//! Compiler tests on real source, parsed by CPython's `ast` (through
//! `pyast_bridge`) until our own parser is available. Skipped when python3
//! is missing.

use super::pyast_bridge::parse_with_cpython;
use super::stackdepth::check_stack;
use super::*;
use crate::bytecode::Const;
use crate::dis::disassemble;

fn check_all(code: &CodeObject) {
    if let Err(e) = check_stack(&code.instructions) {
        panic!("{}: {}\n{}", code.qualname, e, disassemble(code));
    }
    assert_eq!(code.instructions.len(), code.locs.len());
    for c in &code.consts {
        if let Const::Code(inner) = c {
            check_all(inner);
        }
    }
}

/// Compile `src` (None when python3 is unavailable).
fn compile_src(src: &str) -> Option<Result<CodeObject, SyntaxErrorInfo>> {
    let m = parse_with_cpython(src)?;
    let r = compile_module(&m, "t.py");
    if let Ok(c) = &r {
        check_all(c);
    }
    Some(r)
}

fn dis_src(src: &str) -> Option<String> {
    compile_src(src).map(|r| disassemble(&r.expect("compiles")))
}

#[test]
fn corpus_compiles() {
    let dirs = ["/work/wt/programs/programs", "/work/wt/programs/bench", "/work/wt/conformance/tests/conformance"];
    let mut n = 0;
    for d in dirs {
        let mut stack = vec![std::path::PathBuf::from(d)];
        while let Some(p) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&p) else { continue };
            for e in rd.flatten() {
                let path = e.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().map(|x| x == "py").unwrap_or(false) {
                    let src = std::fs::read_to_string(&path).unwrap_or_default();
                    let Some(m) = parse_with_cpython(&src) else { continue };
                    n += 1;
                    match compile_module(&m, "t.py") {
                        Ok(c) => check_all(&c),
                        Err(e) => eprintln!("{}: {:?}", path.display(), e),
                    }
                }
            }
        }
    }
    eprintln!("compiled {} files", n);
}

#[test]
fn show_sample() {
    let src = r#"
import os.path as p
from . import x as y
class C(B, metaclass=M):
    "doc"
    a: int = 1
    def m(self, *args, k=2, **kw):
        return super().m(*args, **kw)
def g(a, b=1):
    try:
        with open(a) as f, lock:
            return f.read()
    except (OSError, ValueError) as e:
        print(f"{a!r:>10} {e}")
    finally:
        del a
    return [i for i in range(3) if i] or {k: v for k, v in b}
print(1 < g(2) < 3, not x, -y, a and b)
"#;
    if let Some(d) = dis_src(src) {
        eprintln!("{}", d);
    }
}

/// CPython's SyntaxError for `src` (msg, line, offset, end_offset).
fn cpython_error(src: &str) -> Option<(String, u32, u32, u32)> {
    let script = "import sys\nsrc=sys.stdin.read()\ntry:\n    compile(src,'t.py','exec')\n    print('OK')\nexcept SyntaxError as e:\n    print(e.msg); print(e.lineno); print(e.offset); print(e.end_offset)\n";
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = String::from_utf8(child.wait_with_output().ok()?.stdout).ok()?;
    let lines: Vec<&str> = out.lines().collect();
    if lines.len() < 4 {
        return None;
    }
    Some((lines[0].to_string(), lines[1].parse().ok()?, lines[2].parse().ok()?, lines[3].parse().ok()?))
}

#[test]
fn syntax_errors_match_cpython() {
    let cases = [
        "return 1\n",
        "x = 1\nif x:\n    return x\n",
        "def f():\n    break\n",
        "for x in y:\n    pass\ncontinue\n",
        "while 1:\n    def g():\n        continue\n",
        "def f(x):\n    global x\n",
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    print(x)\n    global x\n",
        "nonlocal x\n",
        "def f():\n    nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "class C:\n    nonlocal x\n",
        "yield 1\n",
        "class C:\n    yield 1\n",
        "x = [(yield i) for i in y]\n",
        "def f():\n    x = [(yield i) for i in y]\n",
        "def f():\n    from m import *\n",
        "f(a=1, a=2)\n",
        "def f(a, a): pass\n",
        "class C:\n    [(y := i) for i in x]\n",
        "[i := 0 for i in x]\n",
        "def f():\n    x: int\n    global x\n",
        "await x\n",
        "def f():\n    await x\n",
    ];
    for src in cases {
        let Some(expected) = cpython_error(src) else { return };
        let got = compile_src(src).expect("python3 present");
        let got = match got {
            Err(e) => (e.msg, e.line, e.offset, e.end_offset),
            Ok(_) => ("<compiled>".to_string(), 0, 0, 0),
        };
        assert_eq!(got, expected, "source:\n{}", src);
    }
}

/// Our own parser, then the compiler, on every corpus program: no panics,
/// consistent stacks; and the same code as from CPython's AST (locations
/// aside) where python3 is available.
#[test]
fn corpus_with_our_parser() {
    let dirs = ["/work/wt/programs/programs", "/work/wt/programs/bench", "/work/wt/conformance/tests/conformance"];
    let (mut n, mut differ) = (0, 0);
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        for e in rd.flatten() {
            let path = e.path();
            if !path.extension().map(|x| x == "py").unwrap_or(false) {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            let Ok(m) = crate::parser::parse_module(&src, "t.py") else { continue };
            n += 1;
            let Ok(ours) = compile_module(&m, "t.py") else { continue };
            check_all(&ours);
            if let Some(Ok(theirs)) = parse_with_cpython(&src).map(|m| compile_module(&m, "t.py")) {
                let strip = |c: &CodeObject| {
                    let mut c = c.clone();
                    c.locs.clear();
                    format!("{:?}", c.instructions)
                };
                if strip(&ours) != strip(&theirs) {
                    differ += 1;
                    eprintln!("{}: code differs between parsers", path.display());
                }
            }
        }
    }
    eprintln!("compiled {} files with our parser, {} differ", n, differ);
}

fn ours(src: &str) -> CodeObject {
    let m = crate::parser::parse_module(src, "t.py").expect("parses");
    let c = compile_module(&m, "t.py").expect("compiles");
    check_all(&c);
    c
}

fn nested<'c>(c: &'c CodeObject, name: &str) -> &'c CodeObject {
    fn find<'c>(c: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
        for k in &c.consts {
            if let Const::Code(inner) = k {
                if inner.name == name {
                    return Some(inner);
                }
                if let Some(x) = find(inner, name) {
                    return Some(x);
                }
            }
        }
        None
    }
    find(c, name).unwrap_or_else(|| panic!("no code object {}", name))
}

#[test]
fn class_bodies_and_scopes() {
    let c = ours("def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return y\n    return C\n");
    let body = nested(&c, "C");
    assert_eq!(body.freevars, vec!["x".to_string()]);
    assert_eq!(body.qualname, "f.<locals>.C");
    let d = disassemble(body);
    assert!(d.contains("LOAD_CLASSDEREF          0 (x)"), "{}", d);
    let m = nested(&c, "m");
    assert_eq!(m.qualname, "f.<locals>.C.m");
    assert!(disassemble(m).contains("LOAD_GLOBAL              0 (y)"));
    let f = nested(&c, "f");
    assert_eq!(f.cellvars, vec!["x".to_string()]);
    // private names are mangled in class bodies and methods
    let c = ours("class K:\n    __a = 1\n    def m(self):\n        return self.__b\n");
    assert!(disassemble(&c).contains("STORE_NAME               3 (_K__a)"), "{}", disassemble(&c));
    assert!(disassemble(&c).contains("LOAD_ATTR                0 (_K__b)"));
}

#[test]
fn statements_shapes() {
    let d = disassemble(&ours("import a.b.c as d\n"));
    assert!(d.contains("IMPORT_NAME              0 (a.b.c)\n              3 IMPORT_FROM              1 (b)\n              4 ROT_TWO\n              5 POP_TOP\n              6 IMPORT_FROM              2 (c)\n              7 STORE_NAME               3 (d)\n              8 POP_TOP"), "{}", d);
    let d = disassemble(&ours("import a.b\n"));
    assert!(d.contains("IMPORT_NAME              0 (a.b)\n              3 STORE_NAME               1 (a)"), "{}", d);
    let d = disassemble(&ours("o.x += 1\n"));
    assert!(d.contains("DUP_TOP\n              2 LOAD_ATTR                1 (x)\n              3 LOAD_CONST               0 (1)\n              4 BINARY_OP               13 (+=)\n              5 ROT_TWO\n              6 STORE_ATTR               1 (x)"), "{}", d);
    let d = disassemble(&ours("o[k] -= 1\n"));
    assert!(d.contains("DUP_TOP_TWO\n              3 BINARY_SUBSCR"), "{}", d);
    assert!(d.contains("ROT_THREE\n              7 STORE_SUBSCR"), "{}", d);
    let c = ours("a, *b, c = x\n");
    assert_eq!(c.instructions[1], Instr::UnpackEx(1 | (1 << 8)));
    let d = disassemble(&ours("assert x, 'm'\n"));
    assert!(d.contains("LOAD_ASSERTION_ERROR\n              3 LOAD_CONST               0 ('m')\n              4 CALL                     1\n              5 RAISE_VARARGS            1"), "{}", d);
    let c = ours("def g():\n    yield 1\nh = (i for i in x)\n");
    assert!(nested(&c, "g").is_generator);
    assert!(nested(&c, "<genexpr>").is_generator);
    let c = ours("def f():\n    [y := i for i in x]\n    return y\n");
    let f = nested(&c, "f");
    assert_eq!(f.cellvars, vec!["y".to_string()]);
    assert_eq!(nested(&c, "<listcomp>").freevars, vec!["y".to_string()]);
    let c = ours("x = 1\ny = [x for _ in range(3)]\nz = {**a, 'k': 1}\nf(*a, b, k=1, **c)\n");
    check_all(&c);
}

use crate::bytecode::Instr;

#[test]
fn line_numbers_of_loops_and_returns() {
    let c = ours("def f(y):\n    for x in y:\n        g(x)\n        h(x)\n");
    let f = nested(&c, "f");
    let jump = f.instructions.iter().position(|i| matches!(i, Instr::Jump(_))).unwrap();
    assert_eq!(f.line_of(jump), 4);
    let n = f.instructions.len();
    assert_eq!(f.line_of(n - 1), 4);
    let c = ours("def k(a):\n    if a:\n        b()\n    else:\n        c()\n");
    let k = nested(&c, "k");
    assert_eq!(k.line_of(k.instructions.len() - 1), 5);
}

/// Robustness: compile every nested statement list of the corpus as a module
/// body on its own (returns, yields, breaks out of context...) and every
/// expression statement in eval mode. Errors are fine; panics are not.
#[test]
fn no_panics_on_displaced_code() {
    use crate::ast::{Stmt, StmtKind};
    fn bodies<'s>(body: &'s [Stmt], out: &mut Vec<&'s [Stmt]>) {
        out.push(body);
        for s in body {
            match &s.kind {
                StmtKind::FunctionDef(f) => bodies(&f.body, out),
                StmtKind::ClassDef(c) => bodies(&c.body, out),
                StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::If { body, orelse, .. } => {
                    bodies(body, out);
                    bodies(orelse, out);
                }
                StmtKind::With { body, .. } => bodies(body, out),
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    bodies(body, out);
                    for h in handlers {
                        bodies(&h.body, out);
                    }
                    bodies(orelse, out);
                    bodies(finalbody, out);
                }
                _ => {}
            }
        }
    }
    let Ok(rd) = std::fs::read_dir("/work/wt/conformance/tests/conformance") else { return };
    for e in rd.flatten() {
        let src = std::fs::read_to_string(e.path()).unwrap_or_default();
        let Ok(m) = crate::parser::parse_module(&src, "t.py") else { continue };
        let mut all = Vec::new();
        bodies(&m.body, &mut all);
        for b in all {
            let module = crate::ast::Module { body: b.to_vec() };
            if let Ok(c) = compile_module(&module, "t.py") {
                check_all(&c);
                let _ = disassemble(&c);
            }
            for s in b {
                if let StmtKind::Expr(x) = &s.kind {
                    if let Ok(c) = compile_expression(x, "<string>") {
                        check_all(&c);
                    }
                }
            }
        }
    }
}
