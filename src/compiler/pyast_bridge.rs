//! Test-only: build our AST from CPython's `ast` module (run through
//! `python3`, dumped as JSON), so the compiler can be tested on real source
//! independently of our own parser. Tests using it skip when python3 is
//! missing.

use crate::ast::*;
use num_bigint::BigInt;
use std::collections::BTreeMap;
use std::process::Command;

const DUMPER: &str = r#"
import ast, json, sys
src = sys.stdin.read()
def conv(n):
    if isinstance(n, ast.AST):
        d = {"_t": type(n).__name__}
        for f in n._fields:
            d[f] = conv(getattr(n, f, None))
        if hasattr(n, "lineno"):
            d["_loc"] = [n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0]
        if isinstance(n, ast.Constant):
            v = n.value
            if v is None: d["value"] = {"k": "none"}
            elif v is Ellipsis: d["value"] = {"k": "ellipsis"}
            elif isinstance(v, bool): d["value"] = {"k": "bool", "v": v}
            elif isinstance(v, int): d["value"] = {"k": "int", "v": str(v)}
            elif isinstance(v, float): d["value"] = {"k": "float", "v": repr(v)}
            elif isinstance(v, complex): d["value"] = {"k": "complex", "v": repr(v.imag)}
            elif isinstance(v, str): d["value"] = {"k": "str", "v": v}
            elif isinstance(v, bytes): d["value"] = {"k": "bytes", "v": list(v)}
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    return n
print(json.dumps(conv(ast.parse(src))))
"#;

#[derive(Debug, Clone)]
pub enum J {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(BTreeMap<String, J>),
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn val(&mut self) -> J {
        self.ws();
        match self.s[self.i] {
            b'n' => {
                self.i += 4;
                J::Null
            }
            b't' => {
                self.i += 4;
                J::Bool(true)
            }
            b'f' => {
                self.i += 5;
                J::Bool(false)
            }
            b'"' => J::Str(self.string()),
            b'[' => {
                self.i += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    v.push(self.val());
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                J::Arr(v)
            }
            b'{' => {
                self.i += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b'}' {
                        self.i += 1;
                        break;
                    }
                    let k = self.string();
                    self.ws();
                    self.i += 1; // :
                    let v = self.val();
                    m.insert(k, v);
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                J::Obj(m)
            }
            _ => {
                let st = self.i;
                while self.i < self.s.len() && b"+-0123456789.eE".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                J::Num(std::str::from_utf8(&self.s[st..self.i]).unwrap().parse().unwrap())
            }
        }
    }
    fn string(&mut self) -> String {
        self.i += 1;
        let mut out: Vec<u16> = Vec::new();
        let mut bytes: Vec<u8> = Vec::new();
        loop {
            let c = self.s[self.i];
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    let ch = match e {
                        b'n' => '\n' as u16,
                        b't' => '\t' as u16,
                        b'r' => '\r' as u16,
                        b'b' => 8,
                        b'f' => 12,
                        b'u' => {
                            let h = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            self.i += 4;
                            u16::from_str_radix(h, 16).unwrap()
                        }
                        other => other as u16,
                    };
                    out.extend(String::from_utf8_lossy(&bytes).encode_utf16());
                    bytes.clear();
                    out.push(ch);
                }
                c => bytes.push(c),
            }
        }
        out.extend(String::from_utf8_lossy(&bytes).encode_utf16());
        String::from_utf16_lossy(&out)
    }
}

fn get<'a>(j: &'a J, k: &str) -> &'a J {
    match j {
        J::Obj(m) => m.get(k).unwrap_or(&J::Null),
        _ => &J::Null,
    }
}
fn s(j: &J) -> String {
    match j {
        J::Str(s) => s.clone(),
        _ => String::new(),
    }
}
fn os(j: &J) -> Option<String> {
    match j {
        J::Str(s) => Some(s.clone()),
        _ => None,
    }
}
fn arr(j: &J) -> &[J] {
    match j {
        J::Arr(v) => v,
        _ => &[],
    }
}
fn tag(j: &J) -> String {
    s(get(j, "_t"))
}
fn loc(j: &J) -> Loc {
    let v = arr(get(j, "_loc"));
    let n = |i: usize| match v.get(i) {
        Some(J::Num(x)) => *x as u32,
        _ => 0,
    };
    Loc::new(n(0), n(1), n(2), n(3))
}

fn ctx(j: &J) -> Ctx {
    match tag(get(j, "ctx")).as_str() {
        "Store" => Ctx::Store,
        "Del" => Ctx::Del,
        _ => Ctx::Load,
    }
}

fn binop(t: &str) -> BinOp {
    match t {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        _ => BinOp::FloorDiv,
    }
}

fn cmpop(t: &str) -> CmpOp {
    match t {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        _ => CmpOp::NotIn,
    }
}

fn exprs(j: &J) -> Vec<Expr> {
    arr(j).iter().map(expr).collect()
}
fn oexpr(j: &J) -> Option<Expr> {
    match j {
        J::Null => None,
        j => Some(expr(j)),
    }
}
fn bexpr(j: &J) -> Box<Expr> {
    Box::new(expr(j))
}

fn keyword(j: &J) -> Keyword {
    Keyword { arg: os(get(j, "arg")), value: expr(get(j, "value")), loc: loc(j) }
}

fn arg(j: &J) -> Arg {
    Arg { name: s(get(j, "arg")), annotation: oexpr(get(j, "annotation")), loc: loc(j) }
}

fn arguments(j: &J) -> Arguments {
    Arguments {
        posonlyargs: arr(get(j, "posonlyargs")).iter().map(arg).collect(),
        args: arr(get(j, "args")).iter().map(arg).collect(),
        vararg: match get(j, "vararg") {
            J::Null => None,
            a => Some(arg(a)),
        },
        kwonlyargs: arr(get(j, "kwonlyargs")).iter().map(arg).collect(),
        kw_defaults: arr(get(j, "kw_defaults")).iter().map(oexpr).collect(),
        kwarg: match get(j, "kwarg") {
            J::Null => None,
            a => Some(arg(a)),
        },
        defaults: exprs(get(j, "defaults")),
    }
}

fn comps(j: &J) -> Vec<Comprehension> {
    arr(j)
        .iter()
        .map(|g| Comprehension {
            target: expr(get(g, "target")),
            iter: expr(get(g, "iter")),
            ifs: exprs(get(g, "ifs")),
            is_async: matches!(get(g, "is_async"), J::Num(x) if *x != 0.0),
        })
        .collect()
}

pub fn expr(j: &J) -> Expr {
    let g = |k: &str| get(j, k);
    let kind = match tag(j).as_str() {
        "BoolOp" => ExprKind::BoolOp {
            op: if tag(g("op")) == "And" { BoolOpKind::And } else { BoolOpKind::Or },
            values: exprs(g("values")),
        },
        "NamedExpr" => ExprKind::NamedExpr { target: bexpr(g("target")), value: bexpr(g("value")) },
        "BinOp" => ExprKind::BinOp { left: bexpr(g("left")), op: binop(&tag(g("op"))), right: bexpr(g("right")) },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match tag(g("op")).as_str() {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bexpr(g("operand")),
        },
        "Lambda" => ExprKind::Lambda { args: Box::new(arguments(g("args"))), body: bexpr(g("body")) },
        "IfExp" => ExprKind::IfExp { test: bexpr(g("test")), body: bexpr(g("body")), orelse: bexpr(g("orelse")) },
        "Dict" => ExprKind::Dict { keys: arr(g("keys")).iter().map(oexpr).collect(), values: exprs(g("values")) },
        "Set" => ExprKind::Set(exprs(g("elts"))),
        "ListComp" => ExprKind::ListComp { elt: bexpr(g("elt")), generators: comps(g("generators")) },
        "SetComp" => ExprKind::SetComp { elt: bexpr(g("elt")), generators: comps(g("generators")) },
        "DictComp" => {
            ExprKind::DictComp { key: bexpr(g("key")), value: bexpr(g("value")), generators: comps(g("generators")) }
        }
        "GeneratorExp" => ExprKind::GeneratorExp { elt: bexpr(g("elt")), generators: comps(g("generators")) },
        "Await" => ExprKind::Await(bexpr(g("value"))),
        "Yield" => ExprKind::Yield(oexpr(g("value")).map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(bexpr(g("value"))),
        "Compare" => ExprKind::Compare {
            left: bexpr(g("left")),
            ops: arr(g("ops")).iter().map(|o| cmpop(&tag(o))).collect(),
            comparators: exprs(g("comparators")),
        },
        "Call" => ExprKind::Call {
            func: bexpr(g("func")),
            args: exprs(g("args")),
            keywords: arr(g("keywords")).iter().map(keyword).collect(),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bexpr(g("value")),
            conversion: match g("conversion") {
                J::Num(x) if *x >= 0.0 => char::from_u32(*x as u32),
                _ => None,
            },
            format_spec: oexpr(g("format_spec")).map(Box::new),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(g("values"))),
        "Constant" => {
            let v = g("value");
            ExprKind::Constant(match s(get(v, "k")).as_str() {
                "none" => Constant::None,
                "ellipsis" => Constant::Ellipsis,
                "bool" => Constant::Bool(matches!(get(v, "v"), J::Bool(true))),
                "int" => Constant::Int(s(get(v, "v")).parse::<BigInt>().unwrap()),
                "float" => Constant::Float(s(get(v, "v")).parse().unwrap_or(f64::INFINITY)),
                "complex" => Constant::Complex(s(get(v, "v")).parse().unwrap_or(0.0)),
                "str" => Constant::Str(s(get(v, "v"))),
                _ => Constant::Bytes(
                    arr(get(v, "v")).iter().map(|b| if let J::Num(x) = b { *x as u8 } else { 0 }).collect(),
                ),
            })
        }
        "Attribute" => ExprKind::Attribute { value: bexpr(g("value")), attr: s(g("attr")), ctx: ctx(j) },
        "Subscript" => ExprKind::Subscript { value: bexpr(g("value")), slice: bexpr(g("slice")), ctx: ctx(j) },
        "Starred" => ExprKind::Starred { value: bexpr(g("value")), ctx: ctx(j) },
        "Name" => ExprKind::Name { id: s(g("id")), ctx: ctx(j) },
        "List" => ExprKind::List { elts: exprs(g("elts")), ctx: ctx(j) },
        "Tuple" => ExprKind::Tuple { elts: exprs(g("elts")), ctx: ctx(j) },
        "Slice" => ExprKind::Slice {
            lower: oexpr(g("lower")).map(Box::new),
            upper: oexpr(g("upper")).map(Box::new),
            step: oexpr(g("step")).map(Box::new),
        },
        other => panic!("bridge: unsupported expr {}", other),
    };
    Expr { kind, loc: loc(j) }
}

fn stmts(j: &J) -> Vec<Stmt> {
    arr(j).iter().map(stmt).collect()
}

pub fn stmt(j: &J) -> Stmt {
    let g = |k: &str| get(j, k);
    let l = loc(j);
    let kind = match tag(j).as_str() {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: s(g("name")),
            args: arguments(g("args")),
            body: stmts(g("body")),
            decorators: exprs(g("decorator_list")),
            returns: oexpr(g("returns")),
            def_loc: l,
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: s(g("name")),
            bases: exprs(g("bases")),
            keywords: arr(g("keywords")).iter().map(keyword).collect(),
            body: stmts(g("body")),
            decorators: exprs(g("decorator_list")),
            def_loc: l,
        })),
        "Return" => StmtKind::Return(oexpr(g("value"))),
        "Delete" => StmtKind::Delete(exprs(g("targets"))),
        "Assign" => StmtKind::Assign { targets: exprs(g("targets")), value: expr(g("value")) },
        "AugAssign" => StmtKind::AugAssign { target: expr(g("target")), op: binop(&tag(g("op"))), value: expr(g("value")) },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(g("target")),
            annotation: expr(g("annotation")),
            value: oexpr(g("value")),
            simple: matches!(g("simple"), J::Num(x) if *x != 0.0),
        },
        "For" | "AsyncFor" => StmtKind::For {
            target: expr(g("target")),
            iter: expr(g("iter")),
            body: stmts(g("body")),
            orelse: stmts(g("orelse")),
        },
        "While" => StmtKind::While { test: expr(g("test")), body: stmts(g("body")), orelse: stmts(g("orelse")) },
        "If" => StmtKind::If { test: expr(g("test")), body: stmts(g("body")), orelse: stmts(g("orelse")) },
        "With" | "AsyncWith" => StmtKind::With {
            items: arr(g("items"))
                .iter()
                .map(|i| WithItem { context_expr: expr(get(i, "context_expr")), optional_vars: oexpr(get(i, "optional_vars")) })
                .collect(),
            body: stmts(g("body")),
        },
        "Raise" => StmtKind::Raise { exc: oexpr(g("exc")), cause: oexpr(g("cause")) },
        "Try" | "TryStar" => StmtKind::Try {
            body: stmts(g("body")),
            handlers: arr(g("handlers"))
                .iter()
                .map(|h| ExceptHandler {
                    typ: oexpr(get(h, "type")),
                    name: os(get(h, "name")),
                    body: stmts(get(h, "body")),
                    loc: loc(h),
                })
                .collect(),
            orelse: stmts(g("orelse")),
            finalbody: stmts(g("finalbody")),
        },
        "Assert" => StmtKind::Assert { test: expr(g("test")), msg: oexpr(g("msg")) },
        "Import" => StmtKind::Import(aliases(g("names"))),
        "ImportFrom" => StmtKind::ImportFrom {
            module: os(g("module")),
            names: aliases(g("names")),
            level: match g("level") {
                J::Num(x) => *x as u32,
                _ => 0,
            },
        },
        "Global" => StmtKind::Global(arr(g("names")).iter().map(s).collect()),
        "Nonlocal" => StmtKind::Nonlocal(arr(g("names")).iter().map(s).collect()),
        "Expr" => StmtKind::Expr(expr(g("value"))),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("bridge: unsupported stmt {}", other),
    };
    Stmt { kind, loc: l }
}

fn aliases(j: &J) -> Vec<Alias> {
    arr(j).iter().map(|a| Alias { name: s(get(a, "name")), asname: os(get(a, "asname")), loc: loc(a) }).collect()
}

/// Parse `src` with CPython. None if python3 is unavailable or the source
/// does not parse there.
pub fn parse_with_cpython(src: &str) -> Option<Module> {
    use std::io::Write;
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(DUMPER)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut p = P { s: &out.stdout, i: 0 };
    let j = p.val();
    Some(Module { body: stmts(get(&j, "body")) })
}
