//! The instruction set and code objects: the contract between the compiler
//! and the VM.
//!
//! The design is CPython 3.9's stack machine (block stack for `try`/`with`,
//! finally bodies duplicated on the normal and exceptional paths), with the
//! names of 3.11 where they differ, so that `pygil dis` reads like `dis`.
//!
//! Jump targets are absolute instruction indices. Stack effects are written
//! `[before] -> [after]`, top of stack on the right.
//!
//! Code objects are immutable and `Send + Sync`: interpreters (processes)
//! share them through `Arc`; each interpreter turns the constants into its
//! own runtime values once, when it first loads the code.

use crate::ast::{BinOp, CmpOp, Loc};
use num_bigint::BigInt;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    /// `[a] -> []`
    PopTop,
    /// `[a, b] -> [b, a]`
    RotTwo,
    /// `[a, b, c] -> [c, a, b]`
    RotThree,
    /// `[a, b, c, d] -> [d, a, b, c]`
    RotFour,
    /// `[a] -> [a, a]`
    DupTop,
    /// `[a, b] -> [a, b, a, b]`
    DupTopTwo,

    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// Fast locals (function scopes): `varnames[i]`. Loading an unbound local
    /// raises UnboundLocalError.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cell and free variables: index `i < cellvars.len()` names
    /// `cellvars[i]`, otherwise `freevars[i - cellvars.len()]`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: look the name `freevars[..]`/`cellvars[..]` up in the
    /// class namespace first, then in the cell (same index rule as LoadDeref).
    LoadClassDeref(u32),
    /// `names[i]` in the module globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: `names[i]` in the frame's locals mapping,
    /// then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []` (obj.names[i] = value)
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [func, obj]` when `names[i]` is a plain method found on the
    /// type (so no bound method is allocated), else `[NULL, attr]`.
    LoadMethod(u32),
    /// `[func|NULL, self|callable, arg1..argN] -> [result]`; N = operand.
    CallMethod(u32),

    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,

    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iadd__` etc. first)
    InplaceOp(BinOp),
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// `[a, b] -> [a op b]`; only Eq, NotEq, Lt, LtE, Gt, GtE.
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]`, or `is not` when the flag is true.
    IsOp(bool),
    /// `[a, b] -> [a in b]`, or `not in` when the flag is true.
    ContainsOp(bool),

    /// `[x1..xn] -> [(x1, .., xn)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[lower, upper] -> [slice]` (2) or `[lower, upper, step] -> [slice]` (3)
    BuildSlice(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (f-string parts, all str)
    BuildString(u32),
    /// `[list, ..(i-1 items).., x] -> [list, ..]`: append x to the list found
    /// `i` slots below the top after popping x. (Comprehensions.)
    ListAppend(u32),
    SetAdd(u32),
    /// `[dict, .., key, value] -> [dict, ..]`
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]` extend (`[*a, *b]`)
    ListExtend(u32),
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]` update (`{**a}`)
    DictUpdate(u32),
    /// As DictUpdate, but a repeated key is a TypeError
    /// (`f() got multiple values for keyword argument 'x'`): `f(**a, **b)`.
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// f-string field: `[value] -> [str]` or `[value, spec] -> [str]`.
    /// Operand bits 0-1: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// bit 2: a format spec is on top of the stack.
    FormatValue(u32),
    /// `[seq] -> [xn .. x1]` (x1 on top): exactly n items.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand = before | (after << 8);
    /// `[seq] -> [x_last .. list_of_rest .. x1]`, first item on top.
    UnpackEx(u32),

    Jump(u32),
    /// `[x] -> []`, jump if x is false.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is false jump and keep it, else pop it (`and`).
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump and keep it, else pop it (`or`).
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`, or when exhausted `[iterator] -> []`
    /// and jump to the operand.
    ForIter(u32),

    /// `[defaults?, kwdefaults?, closure?, code] -> [function]`.
    /// Operand flags: 0x01 a tuple of positional defaults, 0x02 a dict of
    /// keyword-only defaults, 0x08 a tuple of cells (closure).
    MakeFunction(u32),
    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames] -> [result]`: `kwnames` is a tuple of
    /// str constants naming the *last* len(kwnames) of the n arguments.
    CallKw(u32),
    /// `[callable, args_tuple] -> [result]` or, with operand 1,
    /// `[callable, args_tuple, kwargs_dict] -> [result]`.
    CallEx(u32),
    /// `[value] -> ` return from the frame.
    ReturnValue,
    /// `[] -> [__build_class__]`. Called as `__build_class__(body_function,
    /// name, *bases, **keywords)`; the body function's code has kind Class.
    LoadBuildClass,

    /// Push a block: on an exception inside it, the stack is cut back to its
    /// depth at setup time, an except-handler block is pushed (saving the
    /// exception being handled, for `PopExcept` to restore), the exception
    /// is pushed, and control jumps to the operand.
    SetupFinally(u32),
    /// Pop the block pushed by SetupFinally/SetupWith (normal exit of a
    /// `try` body or `with` body).
    PopBlock,
    /// Leave an except handler: pop its except-handler block and restore the
    /// previously handled exception. Does not touch the value stack.
    PopExcept,
    /// `[exc, exc, type_or_tuple] -> [exc]`: pops the type (or tuple of
    /// types) and the exception copy below it; jumps to the operand if the
    /// exception does not match. Compiled as
    /// `DupTop; <type>; JumpIfNotExcMatch(next_handler)`.
    JumpIfNotExcMatch(u32),
    /// Operand 0: `raise` (re-raise the exception being handled);
    /// 1: `[exc] -> raise exc`; 2: `[exc, cause] -> raise exc from cause`.
    /// Adds the current line to the traceback.
    RaiseVarargs(u32),
    /// `[exc] -> ` raise again without adding a traceback entry (end of a
    /// finally body or an unmatched except chain).
    Reraise,
    /// `[mgr] -> [mgr.__exit__, mgr.__enter__()]`
    BeforeWith,
    /// Like SetupFinally, but the block's depth excludes the `__enter__`
    /// result on top (it is stored or popped right after).
    SetupWith(u32),
    /// In a `with` handler, `[exit, exc] -> [exit, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `[] -> [AssertionError]`
    LoadAssertionError,

    /// `[value] -> [sent]`: suspend a generator, yielding value.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (a generator stays itself).
    GetYieldFromIter,
    /// `[subiter, value] -> [result]`: delegate to subiter until it is
    /// exhausted, yielding what it yields; result is its return value.
    YieldFrom,

    /// `[level, fromlist] -> [module]`, importing `names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError if missing)
    ImportFrom(u32),
    /// `[module] -> []`, binding all its public names.
    ImportStar,
}

impl Instr {
    /// The jump target, for instructions that have one.
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t)
            | JumpIfNotExcMatch(t) => Some(t),
            _ => None,
        }
    }
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// A complex constant: real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Ellipsis,
    Code(Arc<CodeObject>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// `<listcomp>`, `<genexpr>` and friends: a function of one argument `.0`.
    Comprehension,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, the class name...
    pub name: String,
    /// `C.method`, `f.<locals>.g`
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub kind: CodeKind,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `*args` present: it is `varnames[argcount + kwonlyargcount]`.
    pub varargs: bool,
    /// `**kwargs` present: it follows `*args` (if any) in varnames.
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub is_generator: bool,
    pub docstring: Option<String>,
    pub instructions: Vec<Instr>,
    /// One location per instruction (same length as `instructions`).
    pub locs: Vec<Loc>,
    pub consts: Vec<Const>,
    /// Global, attribute and import names.
    pub names: Vec<String>,
    /// Fast locals, parameters first (in CPython order).
    pub varnames: Vec<String>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, that parameter's index in
    /// varnames: the VM moves the argument into the cell at frame start.
    pub cell2arg: Vec<Option<u32>>,
    /// Upper bound on the value-stack depth (0 = unknown).
    pub max_stack: u32,
}

impl CodeObject {
    pub fn line_of(&self, pc: usize) -> u32 {
        self.locs.get(pc).map(|l| l.line).unwrap_or(self.firstlineno)
    }
}
