//! `pygil dis`: a human-readable listing of code objects, in the spirit of
//! CPython's `dis` module (3.11 layout: line number, `>>` on jump targets,
//! offset, opcode name, argument and its meaning).
//!
//! Offsets are instruction indices. Code objects are shown without an
//! address (`<code object f, file "x.py", line 3>`) so output is
//! deterministic.

use crate::ast::{BinOp, CmpOp};
use crate::bytecode::{CodeObject, Const, Instr};
use std::collections::HashSet;
use std::fmt::Write;

/// Disassemble a code object and, after it, every code object in its
/// constants (recursively), as `dis.dis` does for a module.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// `<code object f, file "x.py", line 3>`
pub fn code_repr(code: &CodeObject) -> String {
    format!("<code object {}, file \"{}\", line {}>", code.name, code.filename, code.firstlineno)
}

fn binop_index(op: BinOp) -> (u32, &'static str) {
    match op {
        BinOp::Add => (0, "+"),
        BinOp::BitAnd => (1, "&"),
        BinOp::FloorDiv => (2, "//"),
        BinOp::LShift => (3, "<<"),
        BinOp::MatMult => (4, "@"),
        BinOp::Mult => (5, "*"),
        BinOp::Mod => (6, "%"),
        BinOp::BitOr => (7, "|"),
        BinOp::Pow => (8, "**"),
        BinOp::RShift => (9, ">>"),
        BinOp::Sub => (10, "-"),
        BinOp::Div => (11, "/"),
        BinOp::BitXor => (12, "^"),
    }
}

fn cmp_index(op: CmpOp) -> (u32, &'static str) {
    match op {
        CmpOp::Lt => (0, "<"),
        CmpOp::LtE => (1, "<="),
        CmpOp::Eq => (2, "=="),
        CmpOp::NotEq => (3, "!="),
        CmpOp::Gt => (4, ">"),
        CmpOp::GtE => (5, ">="),
        CmpOp::Is => (6, "is"),
        CmpOp::IsNot => (7, "is not"),
        CmpOp::In => (8, "in"),
        CmpOp::NotIn => (9, "not in"),
    }
}

/// Name, argument and argument description of one instruction.
pub fn describe(code: &CodeObject, pc: usize) -> (String, Option<u32>, String) {
    use Instr::*;
    let i = code.instructions[pc];
    let name_at = |n: u32| code.names.get(n as usize).cloned().unwrap_or_else(|| format!("<{}>", n));
    let var_at = |n: u32| code.varnames.get(n as usize).cloned().unwrap_or_else(|| format!("<{}>", n));
    let deref_at = |n: u32| {
        let n = n as usize;
        if n < code.cellvars.len() {
            code.cellvars[n].clone()
        } else {
            code.freevars.get(n - code.cellvars.len()).cloned().unwrap_or_else(|| format!("<{}>", n))
        }
    };
    let s = |x: &str| x.to_string();
    let (name, arg, rep): (&str, Option<u32>, String) = match i {
        Nop => ("NOP", None, s("")),
        PopTop => ("POP_TOP", None, s("")),
        RotTwo => ("ROT_TWO", None, s("")),
        RotThree => ("ROT_THREE", None, s("")),
        RotFour => ("ROT_FOUR", None, s("")),
        DupTop => ("DUP_TOP", None, s("")),
        DupTopTwo => ("DUP_TOP_TWO", None, s("")),
        LoadConst(n) => (
            "LOAD_CONST",
            Some(n),
            code.consts.get(n as usize).map(const_repr).unwrap_or_else(|| format!("<{}>", n)),
        ),
        LoadFast(n) => ("LOAD_FAST", Some(n), var_at(n)),
        StoreFast(n) => ("STORE_FAST", Some(n), var_at(n)),
        DeleteFast(n) => ("DELETE_FAST", Some(n), var_at(n)),
        LoadDeref(n) => ("LOAD_DEREF", Some(n), deref_at(n)),
        StoreDeref(n) => ("STORE_DEREF", Some(n), deref_at(n)),
        DeleteDeref(n) => ("DELETE_DEREF", Some(n), deref_at(n)),
        LoadClosure(n) => ("LOAD_CLOSURE", Some(n), deref_at(n)),
        LoadClassDeref(n) => ("LOAD_CLASSDEREF", Some(n), deref_at(n)),
        LoadGlobal(n) => ("LOAD_GLOBAL", Some(n), name_at(n)),
        StoreGlobal(n) => ("STORE_GLOBAL", Some(n), name_at(n)),
        DeleteGlobal(n) => ("DELETE_GLOBAL", Some(n), name_at(n)),
        LoadName(n) => ("LOAD_NAME", Some(n), name_at(n)),
        StoreName(n) => ("STORE_NAME", Some(n), name_at(n)),
        DeleteName(n) => ("DELETE_NAME", Some(n), name_at(n)),
        LoadAttr(n) => ("LOAD_ATTR", Some(n), name_at(n)),
        StoreAttr(n) => ("STORE_ATTR", Some(n), name_at(n)),
        DeleteAttr(n) => ("DELETE_ATTR", Some(n), name_at(n)),
        LoadMethod(n) => ("LOAD_METHOD", Some(n), name_at(n)),
        CallMethod(n) => ("CALL_METHOD", Some(n), s("")),
        BinarySubscr => ("BINARY_SUBSCR", None, s("")),
        StoreSubscr => ("STORE_SUBSCR", None, s("")),
        DeleteSubscr => ("DELETE_SUBSCR", None, s("")),
        BinaryOp(op) => {
            let (n, r) = binop_index(op);
            ("BINARY_OP", Some(n), s(r))
        }
        InplaceOp(op) => {
            let (n, r) = binop_index(op);
            ("BINARY_OP", Some(n + 13), format!("{}=", r))
        }
        UnaryNegative => ("UNARY_NEGATIVE", None, s("")),
        UnaryPositive => ("UNARY_POSITIVE", None, s("")),
        UnaryNot => ("UNARY_NOT", None, s("")),
        UnaryInvert => ("UNARY_INVERT", None, s("")),
        CompareOp(op) => {
            let (n, r) = cmp_index(op);
            ("COMPARE_OP", Some(n), s(r))
        }
        IsOp(b) => ("IS_OP", Some(b as u32), s("")),
        ContainsOp(b) => ("CONTAINS_OP", Some(b as u32), s("")),
        BuildTuple(n) => ("BUILD_TUPLE", Some(n), s("")),
        BuildList(n) => ("BUILD_LIST", Some(n), s("")),
        BuildSet(n) => ("BUILD_SET", Some(n), s("")),
        BuildMap(n) => ("BUILD_MAP", Some(n), s("")),
        BuildSlice(n) => ("BUILD_SLICE", Some(n), s("")),
        BuildString(n) => ("BUILD_STRING", Some(n), s("")),
        ListAppend(n) => ("LIST_APPEND", Some(n), s("")),
        SetAdd(n) => ("SET_ADD", Some(n), s("")),
        MapAdd(n) => ("MAP_ADD", Some(n), s("")),
        ListExtend(n) => ("LIST_EXTEND", Some(n), s("")),
        SetUpdate(n) => ("SET_UPDATE", Some(n), s("")),
        DictUpdate(n) => ("DICT_UPDATE", Some(n), s("")),
        DictMerge(n) => ("DICT_MERGE", Some(n), s("")),
        ListToTuple => ("LIST_TO_TUPLE", None, s("")),
        FormatValue(f) => {
            let mut parts = Vec::new();
            match f & 3 {
                1 => parts.push("str"),
                2 => parts.push("repr"),
                3 => parts.push("ascii"),
                _ => {}
            }
            if f & 4 != 0 {
                parts.push("with format");
            }
            ("FORMAT_VALUE", Some(f), parts.join(", "))
        }
        UnpackSequence(n) => ("UNPACK_SEQUENCE", Some(n), s("")),
        UnpackEx(n) => ("UNPACK_EX", Some(n), s("")),
        Jump(t) => (if (t as usize) <= pc { "JUMP_BACKWARD" } else { "JUMP_FORWARD" }, Some(t), format!("to {}", t)),
        PopJumpIfFalse(t) => ("POP_JUMP_IF_FALSE", Some(t), format!("to {}", t)),
        PopJumpIfTrue(t) => ("POP_JUMP_IF_TRUE", Some(t), format!("to {}", t)),
        JumpIfFalseOrPop(t) => ("JUMP_IF_FALSE_OR_POP", Some(t), format!("to {}", t)),
        JumpIfTrueOrPop(t) => ("JUMP_IF_TRUE_OR_POP", Some(t), format!("to {}", t)),
        GetIter => ("GET_ITER", None, s("")),
        ForIter(t) => ("FOR_ITER", Some(t), format!("to {}", t)),
        MakeFunction(f) => {
            let mut parts = Vec::new();
            if f & 1 != 0 {
                parts.push("defaults");
            }
            if f & 2 != 0 {
                parts.push("kwdefaults");
            }
            if f & 4 != 0 {
                parts.push("annotations");
            }
            if f & 8 != 0 {
                parts.push("closure");
            }
            ("MAKE_FUNCTION", Some(f), parts.join(", "))
        }
        Call(n) => ("CALL", Some(n), s("")),
        CallKw(n) => ("CALL_KW", Some(n), s("")),
        CallEx(n) => ("CALL_FUNCTION_EX", Some(n), s("")),
        ReturnValue => ("RETURN_VALUE", None, s("")),
        LoadBuildClass => ("LOAD_BUILD_CLASS", None, s("")),
        SetupFinally(t) => ("SETUP_FINALLY", Some(t), format!("to {}", t)),
        PopBlock => ("POP_BLOCK", None, s("")),
        PopExcept => ("POP_EXCEPT", None, s("")),
        JumpIfNotExcMatch(t) => ("JUMP_IF_NOT_EXC_MATCH", Some(t), format!("to {}", t)),
        RaiseVarargs(n) => ("RAISE_VARARGS", Some(n), s("")),
        Reraise => ("RERAISE", None, s("")),
        BeforeWith => ("BEFORE_WITH", None, s("")),
        SetupWith(t) => ("SETUP_WITH", Some(t), format!("to {}", t)),
        WithExceptStart => ("WITH_EXCEPT_START", None, s("")),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None, s("")),
        YieldValue => ("YIELD_VALUE", None, s("")),
        GetYieldFromIter => ("GET_YIELD_FROM_ITER", None, s("")),
        YieldFrom => ("YIELD_FROM", None, s("")),
        ImportName(n) => ("IMPORT_NAME", Some(n), name_at(n)),
        ImportFrom(n) => ("IMPORT_FROM", Some(n), name_at(n)),
        ImportStar => ("IMPORT_STAR", None, s("")),
    };
    (name.to_string(), arg, rep)
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: HashSet<u32> = code.instructions.iter().filter_map(|i| i.jump_target()).collect();
    let max_line = code.locs.iter().map(|l| l.line).max().unwrap_or(0);
    let lineno_width = if max_line >= 1000 { max_line.to_string().len() } else { 3 };
    let offset_width = if code.instructions.len() >= 10000 { code.instructions.len().to_string().len() } else { 4 };
    let mut last_line: Option<u32> = None;
    for pc in 0..code.instructions.len() {
        let line = code.line_of(pc);
        let starts_line = if last_line != Some(line) && line > 0 {
            last_line = Some(line);
            true
        } else {
            false
        };
        if starts_line && pc > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if starts_line {
            fields.push(format!("{:>w$}", line, w = lineno_width));
        } else {
            fields.push(" ".repeat(lineno_width));
        }
        fields.push("   ".to_string());
        fields.push(if targets.contains(&(pc as u32)) { ">>".to_string() } else { "  ".to_string() });
        fields.push(format!("{:>w$}", pc, w = offset_width));
        let (name, arg, rep) = describe(code, pc);
        fields.push(format!("{:<20}", name));
        if let Some(a) = arg {
            fields.push(format!("{:>5}", a));
            if !rep.is_empty() {
                fields.push(format!("({})", rep));
            }
        }
        let line_text = fields.join(" ");
        out.push_str(line_text.trim_end());
        out.push('\n');
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::vm::complex::repr(crate::objects::Complex { re: *re, im: *im }),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            if items.len() == 1 {
                format!("({},)", const_repr(&items[0]))
            } else {
                format!("({})", items.iter().map(const_repr).collect::<Vec<_>>().join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Code(code) => code_repr(code),
    }
}

/// Python's `repr(float)` (shortest round-trip digits).
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = format!("{:e}", f);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{}e{}{:02}", mant, sign, exp.abs());
    }
    let s = format!("{}", f);
    if s.contains('.') {
        s
    } else {
        format!("{}.0", s)
    }
}

fn is_printable(c: char) -> bool {
    // An approximation of str.isprintable(): no control or separator
    // characters other than the plain space.
    !(c.is_control()
        || c == '\u{ad}'
        || ('\u{2028}'..='\u{2029}').contains(&c)
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || c == '\u{feff}'
        || (c.is_whitespace() && c != ' '))
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{:02x}", n);
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", n);
                } else {
                    let _ = write!(out, "\\U{:08x}", n);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote as char);
    out
}
