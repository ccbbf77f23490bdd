//! Code generation: walks the AST with the symbol table and emits the
//! instructions of `crate::bytecode`, one code object per scope.
//!
//! Jumps are emitted with label ids in their operand and patched to
//! instruction indices when the code object is finished.

use super::error_at;
use super::stackdepth::max_stack_depth;
use super::symtable::{mangle, NodeKey, Scope, ScopeId, ScopeKind, SymScope, SymbolTable};
use crate::ast::*;
use crate::bytecode::{CodeKind, CodeObject, Const, Instr};
use crate::syntax_error::SyntaxErrorInfo;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashSet;
use std::sync::Arc;

type R<T> = Result<T, SyntaxErrorInfo>;
type Label = u32;

/// Frame blocks: what a `return`/`break`/`continue` must undo on its way out.
#[derive(Clone)]
enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The `try` body of a try/finally: leaving it runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// The exceptional-path finally body: the exception is on the stack.
    FinallyEnd,
    With,
    /// An except handler body; the name bound by `as`, if any.
    HandlerCleanup(Option<String>),
    /// A value to pop (the return value while an inlined finally runs).
    PopValue,
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    start: Label,
    exit: Label,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop)
    }
}

struct Unit<'a> {
    scope: ScopeId,
    kind: CodeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<Instr>,
    locs: Vec<Loc>,
    consts: Vec<Const>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<u32>,
    fblocks: Vec<FBlock<'a>>,
    loc: Loc,
    private: Option<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    varargs: bool,
    varkeywords: bool,
    docstring: Option<String>,
}

pub struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: String,
    units: Vec<Unit<'a>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a, b), Const::Complex(x, y)) => a.to_bits() == x.to_bits() && b.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| const_eq(a, b)),
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        _ => a == b,
    }
}

fn is_docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. }), .. }) =
        body.first()
    {
        return Some(s.clone());
    }
    None
}

/// Where CPython 3.11 places an assert's raise: its compiler sets the
/// location at each comparison of the condition's jump chain (through
/// `not`, `and`/`or` and conditional expressions) and never restores it, so
/// the last comparison emitted wins (carets under it); with none, the raise
/// is at the whole statement (no carets).
fn assert_raise_loc(test: &Expr) -> Option<crate::ast::Loc> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.loc),
        ExprKind::UnaryOp { op: UnaryOp::Not, operand } => assert_raise_loc(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_raise_loc),
        ExprKind::IfExp { test, body, orelse } => [orelse, body, test].into_iter().find_map(|e| assert_raise_loc(e)),
        _ => None,
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

/// The constant value of an expression usable inside a constant tuple.
fn const_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => match c {
            Constant::None => Some(Const::None),
            Constant::Bool(b) => Some(Const::Bool(*b)),
            Constant::Int(i) => Some(match i.to_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(i.clone()),
            }),
            Constant::Float(f) => Some(Const::Float(*f)),
            Constant::Complex(im) => Some(Const::Complex(0.0, *im)),
            Constant::Str(s) => Some(Const::Str(s.clone())),
            Constant::Bytes(b) => Some(Const::Bytes(b.clone())),
            Constant::Ellipsis => Some(Const::Ellipsis),
        },
        ExprKind::Tuple { elts, .. } => {
            let v: Option<Vec<Const>> = elts.iter().map(const_of).collect();
            v.map(Const::Tuple)
        }
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, operand),
        _ => None,
    }
}

/// A unary operator on a constant, folded as CPython's AST optimiser
/// does: `-2` is the constant -2 (LOAD_CONST, not UNARY_NEGATIVE), and
/// `not 5` is False. `None` when the operation would raise (`~1.5`).
fn fold_unary(op: UnaryOp, operand: &Expr) -> Option<Const> {
    if op == UnaryOp::Not {
        return constant_truth(operand).map(|t| Const::Bool(!t));
    }
    let int = |b: BigInt| match b.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(b),
    };
    Some(match (op, const_of(operand)?) {
        (UnaryOp::USub, Const::Int(i)) => int(-BigInt::from(i)),
        (UnaryOp::USub, Const::BigInt(b)) => int(-b),
        (UnaryOp::USub, Const::Float(f)) => Const::Float(-f),
        (UnaryOp::USub, Const::Complex(re, im)) => Const::Complex(-re, -im),
        (UnaryOp::UAdd, c @ Const::Complex(..)) => c,
        (UnaryOp::USub, Const::Bool(b)) => Const::Int(-(b as i64)),
        (UnaryOp::UAdd, c @ (Const::Int(_) | Const::BigInt(_) | Const::Float(_))) => c,
        (UnaryOp::UAdd, Const::Bool(b)) => Const::Int(b as i64),
        (UnaryOp::Invert, Const::Int(i)) => Const::Int(!i),
        (UnaryOp::Invert, Const::BigInt(b)) => int(-(b + BigInt::from(1))),
        (UnaryOp::Invert, Const::Bool(b)) => Const::Int(!(b as i64)),
        _ => return None,
    })
}

fn set_target(i: &mut Instr, t: u32) {
    use Instr::*;
    match i {
        Jump(x) | PopJumpIfFalse(x) | PopJumpIfTrue(x) | JumpIfFalseOrPop(x) | JumpIfTrueOrPop(x) | ForIter(x)
        | SetupFinally(x) | SetupWith(x) | JumpIfNotExcMatch(x) => *x = t,
        _ => {}
    }
}

/// The location the last statement of a body ends up reporting (for a
/// loop's back jump): its innermost last simple statement.
fn constant_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => i.to_i64() != Some(0),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(f) => *f != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
        }),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn new(st: &'a SymbolTable, filename: &str) -> Self {
        Compiler { st, filename: filename.to_string(), units: Vec::new() }
    }

    // ----- units -----

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no code unit")
    }
    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("no code unit")
    }
    fn scope(&self) -> &'a Scope {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.ur().scope]
    }

    fn qualname_for(&self, name: &str, kind: CodeKind) -> String {
        let Some(parent) = self.units.last() else { return name.to_string() };
        if parent.kind == CodeKind::Module {
            return name.to_string();
        }
        if matches!(kind, CodeKind::Function | CodeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
                return name.to_string();
            }
        }
        let base = match parent.kind {
            CodeKind::Function | CodeKind::Lambda => format!("{}.<locals>", parent.qualname),
            _ => parent.qualname.clone(),
        };
        format!("{}.{}", base, name)
    }

    fn enter_unit(&mut self, scope: ScopeId, kind: CodeKind, name: &str, firstlineno: u32, loc: Loc) {
        let qualname = if kind == CodeKind::Module { name.to_string() } else { self.qualname_for(name, kind) };
        let sc = &self.st.scopes[scope];
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            firstlineno,
            instrs: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: sc.params.clone(),
            cellvars: sc.cellvars(),
            freevars: sc.freevars(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            loc,
            private: sc.private.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            docstring: None,
        });
    }

    fn exit_unit(&mut self) -> R<CodeObject> {
        let mut u = self.units.pop().expect("no code unit");
        for i in 0..u.instrs.len() {
            if let Some(l) = u.instrs[i].jump_target() {
                let t = *u.labels.get(l as usize).unwrap_or(&u32::MAX);
                if t == u32::MAX {
                    return Err(error_at("internal compiler error: unbound label", u.locs[i]));
                }
                set_target(&mut u.instrs[i], t);
            }
        }
        let nparams = self.st.scopes[u.scope].params.len();
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().take(nparams).position(|v| v == c).map(|p| p as u32))
            .collect();
        let max_stack = max_stack_depth(&u.instrs);
        let is_generator = self.st.scopes[u.scope].is_generator;
        Ok(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            kind: u.kind,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            varargs: u.varargs,
            varkeywords: u.varkeywords,
            is_generator,
            docstring: u.docstring,
            instructions: u.instrs,
            locs: u.locs,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            max_stack,
        })
    }

    // ----- emitting -----

    fn emit(&mut self, i: Instr) {
        let u = self.u();
        u.instrs.push(i);
        let loc = u.loc;
        u.locs.push(loc);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        (u.labels.len() - 1) as u32
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l as usize] = u.instrs.len() as u32;
    }

    fn set_loc(&mut self, loc: Loc) -> Loc {
        std::mem::replace(&mut self.u().loc, loc)
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|x| x == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }

    fn add_varname(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|x| x == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|x| x == name) {
            return Some(i as u32);
        }
        u.freevars.iter().position(|x| x == name).map(|i| (u.cellvars.len() + i) as u32)
    }

    fn name_op(&mut self, name: &str, ctx: Ctx) -> R<()> {
        let mangled = self.mangled(name);
        let scope = self.scope();
        let sc = scope.scope_of(&mangled);
        let fl = scope.kind.is_function_like();
        enum Op {
            Fast,
            Global,
            Deref,
            ClassDeref,
            Name,
        }
        let op = match sc {
            SymScope::Free => {
                if scope.kind == ScopeKind::Class {
                    Op::ClassDeref
                } else {
                    Op::Deref
                }
            }
            SymScope::Cell => Op::Deref,
            SymScope::Local => {
                if fl {
                    Op::Fast
                } else {
                    Op::Name
                }
            }
            SymScope::GlobalImplicit | SymScope::Unknown => {
                if fl {
                    Op::Global
                } else {
                    Op::Name
                }
            }
            SymScope::GlobalExplicit => Op::Global,
        };
        let instr = match op {
            Op::Fast => {
                let i = self.add_varname(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
            Op::Deref | Op::ClassDeref => {
                let Some(i) = self.deref_index(&mangled) else {
                    let loc = self.ur().loc;
                    return Err(error_at(format!("internal compiler error: no cell for '{}'", mangled), loc));
                };
                match (ctx, matches!(op, Op::ClassDeref)) {
                    (Ctx::Load, true) => Instr::LoadClassDeref(i),
                    (Ctx::Load, false) => Instr::LoadDeref(i),
                    (Ctx::Store, _) => Instr::StoreDeref(i),
                    (Ctx::Del, _) => Instr::DeleteDeref(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Store to a plain name with the name-specific store op (no mangling
    /// surprises for dunder names).
    fn store_name_raw(&mut self, name: &str) {
        let i = self.add_name(name);
        self.emit(Instr::StoreName(i));
    }

    // ----- entry points -----

    pub fn compile_module(mut self, module: &'a Module) -> R<CodeObject> {
        let first = module.body.first().map(|s| s.loc).unwrap_or(Loc::new(1, 0, 1, 0));
        self.enter_unit(0, CodeKind::Module, "<module>", 1, first);
        let scope = self.scope();
        if scope.has_annotations {
            self.emit(Instr::BuildMap(0));
            self.store_name_raw("__annotations__");
        }
        let mut body: &[Stmt] = &module.body;
        if let Some(doc) = is_docstring(body) {
            self.set_loc(body[0].loc);
            self.load_const(Const::Str(doc));
            self.store_name_raw("__doc__");
            body = &body[1..];
        }
        self.compile_body(body)?;
        self.implicit_return();
        self.exit_unit()
    }

    pub fn compile_expression(mut self, expr: &'a Expr) -> R<CodeObject> {
        self.enter_unit(0, CodeKind::Module, "<module>", expr.loc.line.max(1), expr.loc);
        self.compile_expr(expr)?;
        self.emit(Instr::ReturnValue);
        self.exit_unit()
    }

    /// `return None` at the end of a body, on the line of the last
    /// instruction emitted (the last line of the body, as in 3.11).
    fn implicit_return(&mut self) {
        if let Some(l) = self.ur().locs.last().copied() {
            self.set_loc(l);
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
    }

    // ----- statements -----

    fn compile_body(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    fn compile_stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_loc(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function_def(f)?,
            StmtKind::ClassDef(c) => self.compile_class_def(c)?,
            StmtKind::Return(v) => {
                if !self.scope().kind.is_function_like() {
                    return Err(error_at("'return' outside function", s.loc));
                }
                match v {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_fblock_stack(true, false)?;
                self.set_loc(s.loc);
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.compile_delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.compile_store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.compile_expr(v)?;
                    self.compile_store(target)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    let kind = self.scope().kind;
                    if *simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                        self.compile_expr(annotation)?;
                        self.set_loc(s.loc);
                        let i = self.add_name("__annotations__");
                        self.emit(Instr::LoadName(i));
                        let m = self.mangled(id);
                        self.load_const(Const::Str(m));
                        self.emit(Instr::StoreSubscr);
                    }
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.compile_expr(iter)?;
                self.emit(Instr::GetIter);
                self.bind(start);
                self.emit(Instr::ForIter(cleanup));
                self.u().fblocks.push(FBlock { kind: FBlockKind::ForLoop, start, exit: end });
                self.compile_store(target)?;
                self.compile_body(body)?;
                self.u().fblocks.pop();
                self.back_jump_loc(s.loc);
                self.emit(Instr::Jump(start));
                self.set_loc(s.loc);
                self.bind(cleanup);
                self.compile_body(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                if constant_truth(test) != Some(true) {
                    self.jump_if(test, false, orelse_l)?;
                }
                self.u().fblocks.push(FBlock { kind: FBlockKind::WhileLoop, start, exit: end });
                let before = self.ur().instrs.len();
                self.compile_body(body)?;
                self.u().fblocks.pop();
                if self.ur().instrs.len() == before {
                    // An empty body (`while True: pass`): the jump is the
                    // `while` line, as CPython's tracebacks show it.
                    self.set_loc(s.loc);
                } else {
                    self.back_jump_loc(s.loc);
                }
                self.emit(Instr::Jump(start));
                self.set_loc(s.loc);
                self.bind(orelse_l);
                self.compile_body(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let next = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, next)?;
                self.compile_body(body)?;
                if !orelse.is_empty() {
                    self.emit(Instr::Jump(end));
                }
                self.bind(next);
                self.compile_body(orelse)?;
                self.bind(end);
            }
            StmtKind::With { items, body } => {
                if items.is_empty() {
                    self.compile_body(body)?;
                } else {
                    self.compile_with(s, items, 0, body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.loc);
                self.emit(Instr::RaiseVarargs(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if !finalbody.is_empty() {
                    self.compile_try_finally(s, body, handlers, orelse, finalbody)?;
                } else if !handlers.is_empty() {
                    self.compile_try_except(s, body, handlers, orelse)?;
                } else {
                    self.compile_body(body)?;
                    self.compile_body(orelse)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_loc(s.loc);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.set_loc(assert_raise_loc(test).unwrap_or(s.loc));
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            StmtKind::Import(names) => {
                // CPython 3.11 locates every import instruction at the
                // whole statement (so tracebacks show no carets).
                for a in names {
                    self.set_loc(s.loc);
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let i = self.add_name(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            if parts.len() > 1 {
                                for (k, attr) in parts[1..].iter().enumerate() {
                                    let i = self.add_name(attr);
                                    self.emit(Instr::ImportFrom(i));
                                    if k + 2 < parts.len() {
                                        self.emit(Instr::RotTwo);
                                        self.emit(Instr::PopTop);
                                    }
                                }
                                self.name_op(asname, Ctx::Store)?;
                                self.emit(Instr::PopTop);
                            } else {
                                self.name_op(asname, Ctx::Store)?;
                            }
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("");
                            self.name_op(first, Ctx::Store)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist: Vec<Const> = names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist));
                let i = self.add_name(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        if a.name == "*" {
                            return Err(error_at("invalid syntax", a.loc));
                        }
                        self.set_loc(s.loc);
                        let i = self.add_name(&a.name);
                        self.emit(Instr::ImportFrom(i));
                        let store = a.asname.as_deref().unwrap_or(&a.name);
                        self.name_op(store, Ctx::Store)?;
                    }
                    self.set_loc(s.loc);
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Expr(e) => {
                if let ExprKind::Constant(_) = &e.kind {
                    // A constant statement does nothing (CPython drops it).
                } else {
                    self.compile_expr(e)?;
                    self.set_loc(s.loc);
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(error_at("'break' outside loop", s.loc));
                };
                self.set_loc(s.loc);
                self.unwind_fblock(&lp, false)?;
                self.set_loc(s.loc);
                self.emit(Instr::Jump(lp.exit));
            }
            StmtKind::Continue => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(error_at("'continue' not properly in loop", s.loc));
                };
                self.set_loc(s.loc);
                self.emit(Instr::Jump(lp.start));
            }
        }
        Ok(())
    }

    /// A loop's back jump reports the line of the last instruction of the
    /// body (CPython 3.11's JUMP_BACKWARD), or the loop's own line.
    fn back_jump_loc(&mut self, fallback: Loc) {
        let l = self.ur().locs.last().copied().unwrap_or(fallback);
        self.set_loc(l);
    }

    /// Jump to `label` if the truth of `e` equals `cond`.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> R<()> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !cond, label),
            ExprKind::BoolOp { op, values } if values.len() >= 2 => {
                let cond2 = *op == BoolOpKind::Or;
                let next2 = if cond2 != cond { self.new_label() } else { label };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, cond2, next2)?;
                }
                self.jump_if(&values[n], cond, label)?;
                if next2 != label {
                    self.bind(next2);
                }
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        let old = self.set_loc(e.loc);
        self.emit(if cond { Instr::PopJumpIfTrue(label) } else { Instr::PopJumpIfFalse(label) });
        self.set_loc(old);
        Ok(())
    }

    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R<()> {
        match &fb.kind {
            FBlockKind::WhileLoop => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit(Instr::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    let l = self.new_label();
                    self.u().fblocks.push(FBlock { kind: FBlockKind::PopValue, start: l, exit: l });
                }
                let saved = self.ur().loc;
                self.compile_body(body)?;
                self.set_loc(saved);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.load_const(Const::None);
                self.emit(Instr::DupTop);
                self.emit(Instr::DupTop);
                self.emit(Instr::Call(3));
                self.emit(Instr::PopTop);
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// Unwind the frame blocks (innermost first) for a return (all of them)
    /// or a break/continue (down to the innermost loop, which is returned
    /// without being unwound).
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if stop_at_loop && top.is_loop() {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, stop_at_loop);
        self.u().fblocks.push(top);
        r
    }

    fn compile_try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        self.set_loc(s.loc);
        self.emit(Instr::SetupFinally(except));
        self.u().fblocks.push(FBlock { kind: FBlockKind::TryExcept, start: except, exit: end });
        self.compile_body(body)?;
        self.u().fblocks.pop();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Jump(orelse_l));
        self.bind(except);
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(error_at("default 'except:' must be last", h.loc));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.emit(Instr::DupTop);
                self.compile_expr(t)?;
                self.emit(Instr::JumpIfNotExcMatch(next));
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    let cleanup_end = self.new_label();
                    self.emit(Instr::SetupFinally(cleanup_end));
                    self.u().fblocks.push(FBlock {
                        kind: FBlockKind::HandlerCleanup(Some(name.clone())),
                        start: cleanup_end,
                        exit: end,
                    });
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    self.set_loc(h.loc);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Instr::Jump(end));
                    self.bind(cleanup_end);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.u().fblocks.push(FBlock { kind: FBlockKind::HandlerCleanup(None), start: end, exit: end });
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    self.set_loc(h.loc);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end));
                }
            }
            self.bind(next);
        }
        self.set_loc(s.loc);
        self.emit(Instr::Reraise);
        self.bind(orelse_l);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R<()> {
        let end = self.new_label();
        let exit = self.new_label();
        self.set_loc(s.loc);
        self.emit(Instr::SetupFinally(end));
        self.u().fblocks.push(FBlock { kind: FBlockKind::FinallyTry(finalbody), start: end, exit });
        if !handlers.is_empty() {
            self.compile_try_except(s, body, handlers, orelse)?;
        } else {
            self.compile_body(body)?;
            self.compile_body(orelse)?;
        }
        self.u().fblocks.pop();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.compile_body(finalbody)?;
        self.emit(Instr::Jump(exit));
        self.bind(end);
        self.u().fblocks.push(FBlock { kind: FBlockKind::FinallyEnd, start: end, exit });
        self.compile_body(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Instr::Reraise);
        self.bind(exit);
        Ok(())
    }

    fn compile_with(&mut self, s: &'a Stmt, items: &'a [WithItem], idx: usize, body: &'a [Stmt]) -> R<()> {
        let item = &items[idx];
        let final_ = self.new_label();
        let exit = self.new_label();
        let suppress = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_loc(s.loc);
        self.emit(Instr::BeforeWith);
        self.emit(Instr::SetupWith(final_));
        self.u().fblocks.push(FBlock { kind: FBlockKind::With, start: final_, exit });
        match &item.optional_vars {
            Some(t) => self.compile_store(t)?,
            None => self.emit(Instr::PopTop),
        }
        if idx + 1 < items.len() {
            self.compile_with(s, items, idx + 1, body)?;
        } else {
            self.compile_body(body)?;
        }
        self.u().fblocks.pop();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.load_const(Const::None);
        self.emit(Instr::DupTop);
        self.emit(Instr::DupTop);
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(exit));
        self.bind(final_);
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::PopJumpIfTrue(suppress));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(exit);
        Ok(())
    }

    fn compile_augassign(&mut self, s: &'a Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> R<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(target.loc);
                self.name_op(id, Ctx::Load)?;
                self.compile_expr(value)?;
                self.set_loc(s.loc);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.loc);
                self.name_op(id, Ctx::Store)?;
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.compile_expr(obj)?;
                self.set_loc(target.loc);
                self.emit(Instr::DupTop);
                let i = self.add_name(&self.mangled(attr));
                self.emit(Instr::LoadAttr(i));
                self.compile_expr(value)?;
                self.set_loc(s.loc);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.loc);
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.set_loc(target.loc);
                self.emit(Instr::DupTopTwo);
                self.emit(Instr::BinarySubscr);
                self.compile_expr(value)?;
                self.set_loc(s.loc);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.loc);
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(error_at("'expression' is an illegal expression for augmented assignment", target.loc)),
        }
        Ok(())
    }

    fn compile_store(&mut self, t: &'a Expr) -> R<()> {
        let old = self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.add_name(&self.mangled(attr));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(error_at("multiple starred expressions in assignment", t.loc));
                }
                if let Some(&si) = stars.first() {
                    let after = elts.len() - si - 1;
                    if si >= 256 || after >= (1 << 24) {
                        return Err(error_at("too many expressions in star-unpacking assignment", t.loc));
                    }
                    self.emit(Instr::UnpackEx(si as u32 | ((after as u32) << 8)));
                } else {
                    self.emit(Instr::UnpackSequence(elts.len() as u32));
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(error_at("starred assignment target must be in a list or tuple", t.loc))
            }
            _ => return Err(error_at("cannot assign to expression", t.loc)),
        }
        self.set_loc(old);
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> R<()> {
        let old = self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.add_name(&self.mangled(attr));
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            _ => return Err(error_at("cannot delete expression", t.loc)),
        }
        self.set_loc(old);
        Ok(())
    }

    // ----- functions and classes -----

    /// Push the defaults tuple and kwdefaults dict; returns MakeFunction flags.
    fn compile_defaults(&mut self, args: &'a Arguments) -> R<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 0x01;
        }
        let mut n = 0;
        for (a, d) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                let m = self.mangled(&a.name);
                self.load_const(Const::Str(m));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> R<()> {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let Some(i) = self.deref_index(fv) else {
                    let loc = self.ur().loc;
                    return Err(error_at(format!("internal compiler error: no cell for free variable '{}'", fv), loc));
                };
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Const::Code(Arc::new(code)));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.varargs = args.vararg.is_some();
        u.varkeywords = args.kwarg.is_some();
    }

    fn child_scope(&self, key: NodeKey, loc: Loc) -> R<ScopeId> {
        self.st.scope_for(key).ok_or_else(|| error_at("internal compiler error: missing scope", loc))
    }

    fn compile_function_def(&mut self, f: &'a FunctionDef) -> R<()> {
        for d in &f.decorators {
            self.compile_expr(d)?;
        }
        self.set_loc(f.def_loc);
        let flags = self.compile_defaults(&f.args)?;
        let scope = self.child_scope(NodeKey::func(f), f.def_loc)?;
        let firstlineno = f.decorators.first().map(|d| d.loc.line).unwrap_or(f.def_loc.line);
        self.enter_unit(scope, CodeKind::Function, &f.name, firstlineno, f.def_loc);
        self.set_arg_counts(&f.args);
        let mut body: &[Stmt] = &f.body;
        let doc = is_docstring(body);
        self.add_const(match &doc {
            Some(d) => Const::Str(d.clone()),
            None => Const::None,
        });
        if doc.is_some() {
            body = &body[1..];
        }
        self.u().docstring = doc;
        self.compile_body(body)?;
        if !matches!(body.last(), Some(Stmt { kind: StmtKind::Return(_), .. })) {
            self.implicit_return();
        }
        let code = self.exit_unit()?;
        self.set_loc(f.def_loc);
        self.make_closure(code, flags)?;
        // `__annotations__`, in CPython 3.11's order: args, posonlyargs,
        // *args, keyword-only, **kwargs, return.
        let a = &f.args;
        let mut anns: Vec<(&str, &Expr)> = Vec::new();
        for arg in a.args.iter().chain(&a.posonlyargs).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg) {
            if let Some(e) = &arg.annotation {
                anns.push((&arg.name, e));
            }
        }
        if let Some(r) = &f.returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            self.emit(Instr::DupTop);
            for (name, e) in &anns {
                self.load_const(Const::Str(name.to_string()));
                self.compile_expr(e)?;
            }
            self.emit(Instr::BuildMap(anns.len() as u32));
            self.emit(Instr::RotTwo);
            let i = self.add_name("__annotations__");
            self.emit(Instr::StoreAttr(i));
            self.set_loc(f.def_loc);
        }
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&f.name, Ctx::Store)
    }

    fn compile_class_def(&mut self, c: &'a ClassDef) -> R<()> {
        for d in &c.decorators {
            self.compile_expr(d)?;
        }
        self.set_loc(c.def_loc);
        self.emit(Instr::LoadBuildClass);
        let scope = self.child_scope(NodeKey::class(c), c.def_loc)?;
        let firstlineno = c.decorators.first().map(|d| d.loc.line).unwrap_or(c.def_loc.line);
        self.enter_unit(scope, CodeKind::Class, &c.name, firstlineno, c.def_loc);
        let i = self.add_name("__name__");
        self.emit(Instr::LoadName(i));
        self.store_name_raw("__module__");
        let q = self.ur().qualname.clone();
        self.load_const(Const::Str(q));
        self.store_name_raw("__qualname__");
        if self.scope().has_annotations {
            self.emit(Instr::BuildMap(0));
            self.store_name_raw("__annotations__");
        }
        let mut body: &[Stmt] = &c.body;
        if let Some(doc) = is_docstring(body) {
            self.set_loc(body[0].loc);
            self.load_const(Const::Str(doc.clone()));
            self.store_name_raw("__doc__");
            self.u().docstring = Some(doc);
            body = &body[1..];
        }
        self.compile_body(body)?;
        if let Some(l) = self.ur().locs.last().copied() {
            self.set_loc(l);
        }
        if self.scope().needs_class_cell {
            let Some(i) = self.ur().cellvars.iter().position(|n| n == "__class__") else {
                return Err(error_at("internal compiler error: no __class__ cell", c.def_loc));
            };
            self.emit(Instr::LoadClosure(i as u32));
            self.store_name_raw("__classcell__");
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.set_loc(c.def_loc);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&c.name, Ctx::Store)
    }

    // ----- expressions -----

    fn compile_expr(&mut self, e: &'a Expr) -> R<()> {
        let old = self.set_loc(e.loc);
        self.compile_expr_inner(e)?;
        self.set_loc(old);
        Ok(())
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit(match op {
                            BoolOpKind::And => Instr::JumpIfFalseOrPop(end),
                            BoolOpKind::Or => Instr::JumpIfTrueOrPop(end),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Instr::DupTop);
                self.compile_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold_unary(*op, operand) {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.compile_defaults(args)?;
                let scope = self.child_scope(NodeKey::expr(e), e.loc)?;
                self.enter_unit(scope, CodeKind::Lambda, "<lambda>", e.loc.line, e.loc);
                self.set_arg_counts(args);
                self.add_const(Const::None);
                self.compile_expr(body)?;
                if self.scope().is_generator {
                    self.emit(Instr::PopTop);
                    self.load_const(Const::None);
                }
                self.emit(Instr::ReturnValue);
                let code = self.exit_unit()?;
                self.make_closure(code, flags)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.compile_expr(body)?;
                self.emit(Instr::Jump(end));
                self.bind(else_l);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => self.compile_sequence(elts, SeqKind::Set)?,
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::List, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Set, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.compile_comprehension(e, CompKind::Dict, "<dictcomp>", generators, key, Some(value))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Gen, "<genexpr>", generators, elt, None)?
            }
            ExprKind::Await(_) => {
                let msg = if self.scope().kind.is_function_like() {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                return Err(error_at(msg, e.loc));
            }
            ExprKind::Yield(v) => {
                if !self.scope().kind.is_function_like() {
                    return Err(error_at("'yield' outside function", e.loc));
                }
                match v {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.scope().kind.is_function_like() {
                    return Err(error_at("'yield' outside function", e.loc));
                }
                self.compile_expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.compile_call(e, func, args, keywords)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.compile_expr(value)?;
                let mut flags = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    Some(c) => {
                        return Err(error_at(
                            format!("f-string: invalid conversion character '{}': expected 's', 'r', or 'a'", c),
                            e.loc,
                        ))
                    }
                };
                if let Some(spec) = format_spec {
                    self.compile_expr(spec)?;
                    flags |= 4;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(String::new()));
                } else if parts.len() == 1 {
                    self.compile_expr(&parts[0])?;
                    if !matches!(parts[0].kind, ExprKind::FormattedValue { .. } | ExprKind::Constant(Constant::Str(_))) {
                        self.emit(Instr::FormatValue(0));
                    }
                } else {
                    for p in parts {
                        self.compile_expr(p)?;
                        if !matches!(p.kind, ExprKind::FormattedValue { .. } | ExprKind::Constant(Constant::Str(_))) {
                            self.emit(Instr::FormatValue(0));
                        }
                    }
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::Constant(_) => {
                let c = const_of(e).unwrap_or(Const::None);
                self.load_const(c);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.add_name(&self.mangled(attr));
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred { .. } => return Err(error_at("can't use starred expression here", e.loc)),
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load)?,
            ExprKind::List { elts, .. } => self.compile_sequence(elts, SeqKind::List)?,
            ExprKind::Tuple { elts, .. } => {
                if !elts.is_empty() && !has_starred(elts) {
                    if let Some(c) = const_of(e) {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                if elts.is_empty() {
                    self.load_const(Const::Tuple(Vec::new()));
                    return Ok(());
                }
                self.compile_sequence(elts, SeqKind::Tuple)?
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.compile_expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.compile_expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn compile_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> R<()> {
        if !has_starred(elts) {
            for x in elts {
                self.compile_expr(x)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let first_star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })).unwrap_or(0);
        for x in &elts[..first_star] {
            self.compile_expr(x)?;
        }
        let is_set = kind == SeqKind::Set;
        self.emit(if is_set { Instr::BuildSet(first_star as u32) } else { Instr::BuildList(first_star as u32) });
        for x in &elts[first_star..] {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.compile_expr(value)?;
                    self.emit(if is_set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
                }
                _ => {
                    self.compile_expr(x)?;
                    self.emit(if is_set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R<()> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                self.compile_expr(k.as_ref().unwrap())?;
                self.compile_expr(v)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        let mut have_dict = false;
        let mut group = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    group += 1;
                }
                None => {
                    if group > 0 || !have_dict {
                        self.emit(Instr::BuildMap(group));
                        if have_dict {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have_dict = true;
                        group = 0;
                    }
                    self.compile_expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if group > 0 {
            self.emit(Instr::BuildMap(group));
            self.emit(Instr::DictUpdate(1));
        }
        Ok(())
    }

    fn compile_compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> R<()> {
        fn cmp_instr(op: CmpOp) -> Instr {
            match op {
                CmpOp::Is => Instr::IsOp(false),
                CmpOp::IsNot => Instr::IsOp(true),
                CmpOp::In => Instr::ContainsOp(false),
                CmpOp::NotIn => Instr::ContainsOp(true),
                other => Instr::CompareOp(other),
            }
        }
        self.compile_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit(cmp_instr(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Instr::DupTop);
            self.emit(Instr::RotThree);
            self.emit(cmp_instr(ops[i]));
            self.emit(Instr::JumpIfFalseOrPop(cleanup));
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit(cmp_instr(ops[n - 1]));
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::RotTwo);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compile_call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R<()> {
        if let ExprKind::Attribute { value, attr, ctx: Ctx::Load } = &func.kind {
            if keywords.is_empty() && !has_starred(args) {
                self.compile_expr(value)?;
                self.set_loc(func.loc);
                let i = self.add_name(&self.mangled(attr));
                self.emit(Instr::LoadMethod(i));
                for a in args {
                    self.compile_expr(a)?;
                }
                self.set_loc(e.loc);
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.compile_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// Emit the arguments and the call, `n_pre` positional arguments being
    /// already on the stack above the callable.
    fn call_helper(&mut self, n_pre: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R<()> {
        let call_loc = self.ur().loc;
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return Err(error_at(format!("keyword argument repeated: {}", name), k.loc));
                }
            }
        }
        let star = has_starred(args);
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for a in args {
                self.compile_expr(a)?;
            }
            let n = n_pre + args.len() as u32;
            if keywords.is_empty() {
                self.set_loc(call_loc);
                self.emit(Instr::Call(n));
            } else {
                for k in keywords {
                    self.compile_expr(&k.value)?;
                }
                self.set_loc(call_loc);
                let names = keywords.iter().map(|k| Const::Str(k.arg.clone().unwrap_or_default())).collect();
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // Positional arguments as one tuple.
        if star && n_pre == 0 && args.len() == 1 {
            // `f(*x)`: the call itself takes `x` as it is, as CPython's
            // CALL_FUNCTION_EX does (its error names the function).
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.compile_expr(value)?;
            }
        } else if !star {
            for a in args {
                self.compile_expr(a)?;
            }
            self.set_loc(call_loc);
            self.emit(Instr::BuildTuple(n_pre + args.len() as u32));
        } else {
            let first_star = args.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })).unwrap_or(0);
            for a in &args[..first_star] {
                self.compile_expr(a)?;
            }
            self.set_loc(call_loc);
            self.emit(Instr::BuildList(n_pre + first_star as u32));
            for a in &args[first_star..] {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.compile_expr(value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        }
        if keywords.is_empty() {
            self.set_loc(call_loc);
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        let mut have_dict = false;
        let mut group = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.clone()));
                    self.compile_expr(&k.value)?;
                    group += 1;
                }
                None => {
                    if group > 0 || !have_dict {
                        self.emit(Instr::BuildMap(group));
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        group = 0;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        if group > 0 {
            self.emit(Instr::BuildMap(group));
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
        }
        self.set_loc(call_loc);
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        if generators.is_empty() {
            return Err(error_at("comprehension with no generators", e.loc));
        }
        let scope = self.child_scope(NodeKey::expr(e), e.loc)?;
        self.enter_unit(scope, CodeKind::Comprehension, name, e.loc.line, e.loc);
        self.u().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comprehension_generator(kind, generators, 0, elt, value)?;
        self.set_loc(e.loc);
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.compile_expr(&generators[0].iter)?;
        self.set_loc(e.loc);
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        kind: CompKind,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        let g = &gens[i];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.emit(Instr::ForIter(anchor));
        self.compile_store(&g.target)?;
        for c in &g.ifs {
            self.jump_if(c, false, if_cleanup)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_generator(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.bind(if_cleanup);
        self.emit(Instr::Jump(start));
        self.bind(anchor);
        Ok(())
    }
}
