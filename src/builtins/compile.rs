//! `compile(source, filename, mode)`: a code object for exec()/eval().
//! Mode 'single' compiles as the interactive prompt does: each top-level
//! expression statement's value goes to `sys.displayhook`.

use super::*;
use crate::ast::{Ctx, Expr, ExprKind, Module, StmtKind};
use crate::vm::PyResult;

pub fn install(b: &PyDict) {
    add_fn(b, "builtins", "compile", compile);
}

fn compile(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let source = arg_or_kw(&args, 0, &mut kw, "source");
    let filename = arg_or_kw(&args, 1, &mut kw, "filename");
    let mode = arg_or_kw(&args, 2, &mut kw, "mode");
    for (i, name) in ["flags", "dont_inherit", "optimize", "_feature_version"].iter().enumerate() {
        let _ = arg_or_kw(&args, 3 + i, &mut kw, name);
    }
    no_more_kwargs(vm, "compile", &kw)?;
    if args.len() > 6 {
        return Err(vm.new_exception("TypeError", &format!("compile() takes at most 6 arguments ({} given)", args.len())));
    }
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        let missing = ["source", "filename", "mode"][args.len().min(2)];
        let pos = args.len().min(2) + 1;
        return Err(vm.new_exception("TypeError", &format!("compile() missing required argument '{}' (pos {})", missing, pos)));
    };
    let src = match &source {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Code(_) => return Ok(source),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("compile() arg 1 must be a string, bytes or AST object, not {}", tn)));
        }
    };
    let filename = vm.str_arg(&filename, "compile")?;
    let mode = vm.str_arg(&mode, "compile")?;
    let code = match mode.as_str() {
        "exec" => vm.compile_source(&src, &filename)?,
        "eval" => {
            let e = crate::parser::parse_expression(src.trim_start_matches([' ', '\t'])).map_err(|e| vm.syntax_error(&e, &filename, &src))?;
            let c = crate::compiler::compile_expression(&e, &filename).map_err(|e| vm.syntax_error(&e, &filename, &src))?;
            vm.sources.insert(filename.clone(), Rc::from(src.as_str()));
            vm.load_code(std::sync::Arc::new(c))
        }
        "single" => {
            let mut module = crate::parser::parse_module(&src, &filename).map_err(|e| vm.syntax_error(&e, &filename, &src))?;
            if let Some(second) = module.body.get(1) {
                let (line, col) = (second.loc.line, second.loc.col + 1);
                let msg = "multiple statements found while compiling a single statement";
                let e = crate::syntax_error::SyntaxErrorInfo::new(crate::syntax_error::SyntaxErrorKind::SyntaxError, msg, line, col, col + 1);
                return Err(vm.syntax_error(&e, &filename, &src));
            }
            display_expressions(&mut module);
            let c = crate::compiler::compile_module(&module, &filename).map_err(|e| vm.syntax_error(&e, &filename, &src))?;
            vm.sources.insert(filename.clone(), Rc::from(src.as_str()));
            vm.load_code(std::sync::Arc::new(c))
        }
        _ => return Err(vm.new_exception("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(Value::Code(code))
}

/// `expr` -> `__import__('sys').displayhook(expr)` for every top-level
/// expression statement (CPython's PRINT_EXPR).
fn display_expressions(module: &mut Module) {
    for stmt in module.body.iter_mut() {
        if let StmtKind::Expr(e) = &mut stmt.kind {
            let loc = e.loc;
            let mk = |kind| Expr { kind, loc };
            let value = std::mem::replace(e, mk(ExprKind::Constant(crate::ast::Constant::None)));
            let import = mk(ExprKind::Call {
                func: Box::new(mk(ExprKind::Name { id: "__import__".into(), ctx: Ctx::Load })),
                args: vec![mk(ExprKind::Constant(crate::ast::Constant::Str("sys".into())))],
                keywords: Vec::new(),
            });
            let hook = mk(ExprKind::Attribute { value: Box::new(import), attr: "displayhook".into(), ctx: Ctx::Load });
            *e = mk(ExprKind::Call { func: Box::new(hook), args: vec![value], keywords: Vec::new() });
        }
    }
}
