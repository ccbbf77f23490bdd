//! Scope analysis: which names are fast locals, globals, cells, free
//! variables or plain names, per scope. A port of CPython 3.11's symtable.c
//! (comprehensions are their own function scopes, as before 3.12).
//!
//! Scopes are keyed by the address of the AST node that opens them (the
//! boxed `FunctionDef`/`ClassDef`, or the `Expr` of a lambda/comprehension),
//! so the code generator finds them again while walking the same tree.

use super::error_at;
use crate::ast::*;
use crate::syntax_error::SyntaxErrorInfo;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Where a name lives, once analysis is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymScope {
    /// Not yet analysed (or a name the symtable never saw).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// A free variable of a method that is also bound in the class body.
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// Symbol names in order of first appearance.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters, in CPython order (posonly, args, kwonly, *args, **kwargs).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// Class scope: some method uses `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// Module/class scope: contains a simple annotated assignment.
    pub has_annotations: bool,
    /// The class name used for private name mangling.
    pub private: Option<String>,
    /// Location of the global/nonlocal statement naming each name.
    pub directives: HashMap<String, Loc>,
    pub loc: Loc,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.symbols.get(name).copied()
    }
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.symbols.get(name).map(|s| s.scope).unwrap_or(SymScope::Unknown)
    }
    /// Cell variables, sorted as CPython does.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.symbols.iter().filter(|(_, s)| s.scope == SymScope::Cell).map(|(n, _)| n.clone()).collect();
        if self.kind == ScopeKind::Class && self.needs_class_cell && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }
    /// Free variables, sorted as CPython does.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKey {
    Func(usize),
    Class(usize),
    Expr(usize),
}

impl NodeKey {
    pub fn func(f: &FunctionDef) -> NodeKey {
        NodeKey::Func(f as *const FunctionDef as usize)
    }
    pub fn class(c: &ClassDef) -> NodeKey {
        NodeKey::Class(c as *const ClassDef as usize)
    }
    pub fn expr(e: &Expr) -> NodeKey {
        NodeKey::Expr(e as *const Expr as usize)
    }
}

#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<NodeKey, ScopeId>,
}

impl SymbolTable {
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }
    pub fn scope_for(&self, key: NodeKey) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

type R<T> = Result<T, SyntaxErrorInfo>;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<NodeKey, ScopeId>,
    stack: Vec<ScopeId>,
}

pub fn build_module(module: &Module) -> R<SymbolTable> {
    let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new() };
    b.enter(ScopeKind::Module, "top", None, Loc::default(), None);
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

pub fn build_expression(expr: &Expr) -> R<SymbolTable> {
    let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new() };
    b.enter(ScopeKind::Module, "top", None, expr.loc, None);
    b.visit_expr(expr)?;
    b.finish()
}

impl Builder {
    fn finish(mut self) -> R<SymbolTable> {
        let mut global = HashSet::new();
        analyze_block(&mut self.scopes, 0, None, &mut global)?;
        Ok(SymbolTable { scopes: self.scopes, by_node: self.by_node })
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }
    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: Option<NodeKey>, loc: Loc, private: Option<String>) {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        let private = match kind {
            ScopeKind::Class => private,
            _ => parent.and_then(|p| self.scopes[p].private.clone()),
        };
        self.scopes.push(Scope {
            kind,
            name: name.to_string(),
            parent,
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            has_annotations: false,
            private,
            directives: HashMap::new(),
            loc,
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        if let Some(k) = key {
            self.by_node.insert(k, id);
        }
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32) {
        let scope = &mut self.scopes[id];
        let name = mangle(scope.private.as_deref(), name);
        match scope.symbols.get_mut(&name) {
            Some(s) => s.flags |= flag,
            None => {
                scope.order.push(name.clone());
                scope.symbols.insert(name.clone(), Symbol { flags: flag, scope: SymScope::Unknown });
            }
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name);
        }
    }

    fn add_def(&mut self, name: &str, flag: u32) {
        let id = self.cur();
        self.add_def_in(id, name, flag);
    }

    fn flags_of(&self, name: &str) -> u32 {
        let s = &self.scopes[self.cur()];
        let name = mangle(s.private.as_deref(), name);
        s.symbols.get(&name).map(|s| s.flags).unwrap_or(0)
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_args_defaults(&mut self, args: &Arguments) -> R<()> {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn add_params(&mut self, args: &Arguments) -> R<()> {
        let mut seen = HashSet::new();
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if !seen.insert(a.name.clone()) {
                return Err(error_at(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.loc,
                ));
            }
            self.add_def(&a.name, DEF_PARAM);
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL);
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.visit_args_defaults(&f.args)?;
                // Annotations are evaluated where the function is defined.
                for a in f.args.args.iter().chain(&f.args.posonlyargs).chain(&f.args.vararg).chain(&f.args.kwonlyargs).chain(&f.args.kwarg) {
                    if let Some(ann) = &a.annotation {
                        self.visit_expr(ann)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                self.enter(ScopeKind::Function, &f.name, Some(NodeKey::func(f)), f.def_loc, None);
                self.add_params(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL);
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                self.enter(ScopeKind::Class, &c.name, Some(NodeKey::class(c)), c.def_loc, Some(c.name.clone()));
                self.visit_stmts(&c.body)?;
                self.exit();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                let kind = self.scopes[self.cur()].kind;
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.flags_of(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let which = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(error_at(format!("annotated name '{}' can't be {}", id, which), s.loc));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL);
                        if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                            self.cur_scope().has_annotations = true;
                            self.visit_expr(annotation)?;
                        }
                    } else if value.is_some() {
                        self.visit_expr(target)?;
                    }
                } else if value.is_some() {
                    self.visit_expr(target)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.visit_stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL);
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(orelse)?;
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let store = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&store, DEF_IMPORT);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(error_at("import * only allowed at module level", a.loc));
                        }
                        continue;
                    }
                    let store = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.add_def(&store, DEF_IMPORT);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let cur = self.flags_of(n);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to global declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", n)
                        } else {
                            format!("name '{}' is assigned to before global declaration", n)
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    self.add_def(n, DEF_GLOBAL);
                    self.cur_scope().directives.entry(n.clone()).or_insert(s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let cur = self.flags_of(n);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to nonlocal declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", n)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", n)
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    self.add_def(n, DEF_NONLOCAL);
                    self.cur_scope().directives.entry(n.clone()).or_insert(s.loc);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_opt(&mut self, e: &Option<Box<Expr>>) -> R<()> {
        if let Some(e) = e {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    if self.scopes[self.cur()].kind == ScopeKind::Comprehension {
                        self.extend_namedexpr_scope(id, target.loc)?;
                    } else {
                        self.visit_expr(target)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_args_defaults(args)?;
                self.enter(ScopeKind::Lambda, "lambda", Some(NodeKey::expr(e)), e.loc, None);
                self.add_params(args)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) => {
                for x in elts {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, "listcomp", generators, &[elt], false)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, "setcomp", generators, &[elt], false)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.visit_comprehension(e, "dictcomp", generators, &[key, value], false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, "genexpr", generators, &[elt], true)?
            }
            ExprKind::Await(_) => {
                let msg = if self.scopes[self.cur()].kind.is_function_like() {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                return Err(error_at(msg, e.loc));
            }
            ExprKind::Yield(v) => {
                self.check_yield(e)?;
                self.visit_opt(v)?;
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e)?;
                self.visit_expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec)?;
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.visit_expr(p)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, ctx } => match ctx {
                Ctx::Load => {
                    self.add_def(id, USE);
                    if id == "super" && self.scopes[self.cur()].kind.is_function_like() {
                        self.add_def("__class__", USE);
                    }
                }
                Ctx::Store | Ctx::Del => self.add_def(id, DEF_LOCAL),
            },
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower)?;
                self.visit_opt(upper)?;
                self.visit_opt(step)?;
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, e: &Expr) -> R<()> {
        let scope = &self.scopes[self.cur()];
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => Err(error_at("'yield' outside function", e.loc)),
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "listcomp" => "list comprehension",
                    "setcomp" => "set comprehension",
                    "dictcomp" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(error_at(format!("'yield' inside {}", what), e.loc))
            }
            _ => {
                self.cur_scope().is_generator = true;
                Ok(())
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> R<()> {
        if generators.is_empty() {
            return Err(error_at("comprehension with no generators", e.loc));
        }
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(error_at("asynchronous comprehension outside of an asynchronous function", g.iter.loc));
        }
        self.visit_expr(&generators[0].iter)?;
        self.enter(ScopeKind::Comprehension, name, Some(NodeKey::expr(e)), e.loc, None);
        if is_generator {
            self.cur_scope().is_generator = true;
        }
        self.add_def(".0", DEF_PARAM);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_comp_target(&g.target)?;
            for c in &g.ifs {
                self.visit_expr(c)?;
            }
        }
        for x in elts {
            self.visit_expr(x)?;
        }
        self.exit();
        Ok(())
    }

    fn visit_comp_target(&mut self, t: &Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.add_def(id, DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.visit_comp_target(x)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.visit_comp_target(value),
            _ => self.visit_expr(t),
        }
    }

    /// `(y := x)` inside a comprehension binds `y` in the enclosing function
    /// (or module) scope, as CPython's symtable_extend_namedexpr_scope.
    fn extend_namedexpr_scope(&mut self, name: &str, loc: Loc) -> R<()> {
        if self.flags_of(name) & DEF_COMP_ITER != 0 {
            return Err(error_at(
                format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                loc,
            ));
        }
        let cur = self.cur();
        for &id in self.stack.clone().iter().rev() {
            let kind = self.scopes[id].kind;
            match kind {
                ScopeKind::Comprehension => {
                    let s = &self.scopes[id];
                    let f = s.symbols.get(&mangle(s.private.as_deref(), name)).map(|s| s.flags).unwrap_or(0);
                    if f & DEF_COMP_ITER != 0 {
                        return Err(error_at(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name
                            ),
                            loc,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let s = &self.scopes[id];
                    let f = s.symbols.get(&mangle(s.private.as_deref(), name)).map(|s| s.flags).unwrap_or(0);
                    if f & DEF_GLOBAL != 0 {
                        self.add_def_in(cur, name, DEF_GLOBAL);
                    } else {
                        self.add_def_in(cur, name, DEF_NONLOCAL);
                    }
                    self.scopes[cur].directives.entry(name.to_string()).or_insert(loc);
                    self.add_def_in(id, name, DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.add_def_in(cur, name, DEF_GLOBAL);
                    self.scopes[cur].directives.entry(name.to_string()).or_insert(loc);
                    self.add_def_in(id, name, DEF_GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
            }
        }
        Ok(())
    }
}

fn directive_err(scope: &Scope, name: &str, msg: String) -> SyntaxErrorInfo {
    let loc = scope.directives.get(name).copied().unwrap_or(scope.loc);
    error_at(msg, loc)
}

/// CPython's analyze_block. `bound` is None only for the module.
/// Returns the free variables of this block (to be resolved by parents).
fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: Option<&mut HashSet<String>>,
    global: &mut HashSet<String>,
) -> R<HashSet<String>> {
    let kind = scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut results: HashMap<String, SymScope> = HashMap::new();
    let mut free: HashSet<String> = HashSet::new();
    let mut newglobal: HashSet<String> = HashSet::new();
    let mut newbound: HashSet<String> = HashSet::new();
    let mut bound = bound;

    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
    }

    let order = scopes[id].order.clone();
    for name in &order {
        let flags = scopes[id].symbols[name].flags;
        let scope = &scopes[id];
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(directive_err(scope, name, format!("name '{}' is nonlocal and global", name)));
            }
            results.insert(name.clone(), SymScope::GlobalExplicit);
            global.insert(name.clone());
            if let Some(b) = bound.as_deref_mut() {
                b.remove(name);
            }
            continue;
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound.as_deref() {
                None => {
                    return Err(directive_err(
                        scope,
                        name,
                        "nonlocal declaration not allowed at module level".to_string(),
                    ))
                }
                Some(b) if !b.contains(name) => {
                    return Err(directive_err(scope, name, format!("no binding for nonlocal '{}' found", name)))
                }
                _ => {}
            }
            results.insert(name.clone(), SymScope::Free);
            free.insert(name.clone());
            continue;
        }
        if flags & DEF_BOUND != 0 {
            results.insert(name.clone(), SymScope::Local);
            local.insert(name.clone());
            global.remove(name);
            continue;
        }
        if bound.as_deref().map(|b| b.contains(name)).unwrap_or(false) {
            results.insert(name.clone(), SymScope::Free);
            free.insert(name.clone());
            continue;
        }
        results.insert(name.clone(), SymScope::GlobalImplicit);
    }

    if kind != ScopeKind::Class {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut newfree: HashSet<String> = HashSet::new();
    let children = scopes[id].children.clone();
    for c in children {
        let mut b = newbound.clone();
        let mut g = newglobal.clone();
        let child_free = analyze_block(scopes, c, Some(&mut b), &mut g)?;
        newfree.extend(child_free);
    }

    if kind.is_function_like() {
        // analyze_cells
        let names: Vec<String> = newfree.iter().cloned().collect();
        for n in names {
            if results.get(&n) == Some(&SymScope::Local) {
                results.insert(n.clone(), SymScope::Cell);
                newfree.remove(&n);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scopes[id].needs_class_cell = true;
    }

    // update_symbols
    let scope = &mut scopes[id];
    for (name, sc) in &results {
        if let Some(s) = scope.symbols.get_mut(name) {
            s.scope = *sc;
        }
    }
    for name in &newfree {
        if let Some(s) = scope.symbols.get_mut(name) {
            if kind == ScopeKind::Class && s.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                s.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound.as_deref() {
            if !b.contains(name) {
                continue;
            }
        } else {
            continue;
        }
        scope.order.push(name.clone());
        scope.symbols.insert(name.clone(), Symbol { flags: 0, scope: SymScope::Free });
    }
    free.extend(newfree);
    Ok(free)
}
