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
