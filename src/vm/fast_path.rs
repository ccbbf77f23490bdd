//! The register-resident loop for the simplest instructions.
//!
//! `execute` is one large loop whose body calls into everything the VM
//! does, so the compiler keeps its program counter, the instruction budget
//! and the value stack's length in memory, reloading them for every
//! instruction. Most instructions of a hot loop are simple, though: load a
//! local or a constant, machine-int arithmetic, a comparison, a jump. `run`
//! executes a stretch of those in a small function that calls nothing in
//! its common case, so that state lives in registers.
//!
//! `run` only ever does the *common case* of an instruction, and only when
//! that case cannot fail: when it meets anything else (an instruction it
//! does not know, an unbound local, an overflow, a non-bool condition, the
//! last instruction of the GIL slice) it returns with `frame.pc` on that
//! instruction, not yet executed nor counted, and the general loop runs it.
//! The general loop stays the one definition of every instruction; what
//! happens here is observably the same, instruction counts included.

use super::eval::{fast_binop_num, fast_compare, Num};
use super::frame::Frame;
use crate::bytecode::Instr;
use crate::objects::{CodeRef, IterKind, PyDict};
use crate::value::Value;
use std::rc::Rc;

/// Is `instr` one `run` may execute? (Cheap: the general loop asks before
/// every instruction it is about to run itself.)
#[inline(always)]
pub fn handles(instr: Instr) -> bool {
    matches!(
        instr,
        Instr::Nop
            | Instr::PopTop
            | Instr::LoadConst(_)
            | Instr::LoadFast(_)
            | Instr::StoreFast(_)
            | Instr::LoadGlobal(_)
            | Instr::BinaryOp(_)
            | Instr::InplaceOp(_)
            | Instr::CompareOp(_)
            | Instr::IsOp(_)
            | Instr::Jump(_)
            | Instr::PopJumpIfFalse(_)
            | Instr::PopJumpIfTrue(_)
            | Instr::ForIter(_)
    )
}

/// The value stack as `run` sees it: a base pointer and a length in
/// registers. The vector's own length is written back when `run` returns,
/// or unwinds.
struct Stack<'a> {
    vec: &'a mut Vec<Value>,
    base: *mut Value,
    cap: usize,
    len: usize,
}

impl<'a> Stack<'a> {
    fn new(vec: &'a mut Vec<Value>) -> Stack<'a> {
        let (base, cap, len) = (vec.as_mut_ptr(), vec.capacity(), vec.len());
        Stack {
            vec,
            base,
            cap,
            len,
        }
    }
    #[inline(always)]
    fn full(&self) -> bool {
        self.len == self.cap
    }
    /// Push onto a stack that is not `full`.
    #[inline(always)]
    fn push(&mut self, v: Value) {
        debug_assert!(self.len < self.cap);
        // SAFETY: below capacity; the slot is past the live values.
        unsafe { self.base.add(self.len).write(v) };
        self.len += 1;
    }
    /// The value `depth` below the top (0: the top); the caller checked
    /// that the stack holds more than `depth` values.
    #[inline(always)]
    fn peek(&self, depth: usize) -> &Value {
        debug_assert!(depth < self.len);
        // SAFETY: a live value (see above).
        unsafe { &*self.base.add(self.len - 1 - depth) }
    }
    /// Take the top value off a non-empty stack.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        debug_assert!(self.len > 0);
        self.len -= 1;
        // SAFETY: the value was live and is now outside the length: moved out.
        unsafe { self.base.add(self.len).read() }
    }
    /// Replace the two top values, both inline (nothing to drop), by `v`.
    #[inline(always)]
    fn replace_inline_pair(&mut self, v: Value) {
        debug_assert!(self.len >= 2 && self.peek(0).is_inline() && self.peek(1).is_inline());
        self.len -= 1;
        // SAFETY: the slot held an inline value, which owns nothing.
        unsafe { self.base.add(self.len - 1).write(v) };
    }
}

impl Drop for Stack<'_> {
    fn drop(&mut self) {
        // SAFETY: exactly the first `len` slots hold live values.
        unsafe { self.vec.set_len(self.len) };
    }
}

/// Run simple instructions of `frame` (whose code is `code`) from
/// `frame.pc` while `budget` (the scheduler's slice budget) leaves room for
/// more than one. Returns how many ran; `frame.pc` is then the first
/// instruction not run.
#[inline(never)]
pub fn run(frame: &mut Frame, code: &CodeRef, builtins: &Rc<PyDict>, budget: &mut i64) -> i64 {
    let instrs = &code.code.instructions[..];
    let mut pc = frame.pc;
    let start = *budget;
    let mut left = start;
    let fast = &mut frame.fast;
    let globals = &frame.globals;
    let mut stack = Stack::new(&mut frame.stack);
    // `left > 1`: the slice's last tick is the general loop's, which
    // decides about switching there.
    while left > 1 {
        let instr = instrs[pc];
        match instr {
            Instr::Nop => {}
            Instr::PopTop => {
                if stack.len == 0 {
                    break;
                }
                stack.pop().fast_drop();
            }
            Instr::LoadConst(i) => {
                if stack.full() {
                    break;
                }
                stack.push(code.consts[i as usize].fast_clone());
            }
            Instr::LoadFast(i) => {
                let v = &fast[i as usize];
                if v.is_null() || stack.full() {
                    break;
                }
                stack.push(v.fast_clone());
            }
            Instr::StoreFast(i) => {
                if stack.len == 0 {
                    break;
                }
                let v = stack.pop();
                std::mem::replace(&mut fast[i as usize], v).fast_drop();
            }
            Instr::LoadGlobal(i) => {
                if stack.full() {
                    break;
                }
                match code.globals_cache.get(i as usize, globals, builtins) {
                    // Native objects may take the fused lock path of the
                    // general loop.
                    Some(v) if !matches!(v, Value::Native(_)) => stack.push(v),
                    Some(v) => {
                        v.fast_drop();
                        break;
                    }
                    None => break,
                }
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                if stack.len < 2 {
                    break;
                }
                match fast_binop_num(op, stack.peek(1), stack.peek(0)) {
                    // Both operands were machine numbers.
                    Some(Num::Int(i)) => stack.replace_inline_pair(Value::Int(i)),
                    Some(Num::Float(f)) => stack.replace_inline_pair(Value::Float(f)),
                    None => break,
                }
            }
            Instr::CompareOp(op) => {
                if stack.len < 2 || !stack.peek(1).is_inline() || !stack.peek(0).is_inline() {
                    break;
                }
                match fast_compare(op, stack.peek(1), stack.peek(0)) {
                    Some(r) => stack.replace_inline_pair(Value::Bool(r)),
                    None => break,
                }
            }
            Instr::IsOp(invert) => {
                if stack.len < 2 {
                    break;
                }
                let b = stack.pop();
                let a = stack.pop();
                let r = a.is(&b) != invert;
                a.fast_drop();
                b.fast_drop();
                stack.push(Value::Bool(r));
            }
            Instr::Jump(t) => {
                pc = t as usize;
                left -= 1;
                continue;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                if stack.len == 0 {
                    break;
                }
                let &Value::Bool(b) = stack.peek(0) else {
                    break;
                };
                // A bool owns nothing: dropping the slot is shortening the stack.
                stack.len -= 1;
                left -= 1;
                pc = if b == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    t as usize
                } else {
                    pc + 1
                };
                continue;
            }
            Instr::ForIter(t) => {
                // Only a range iterator (`for i in range(...)`).
                if stack.len == 0 || stack.full() {
                    break;
                }
                let Value::Iterator(it) = stack.peek(0) else {
                    break;
                };
                let next = match &mut *it.kind.borrow_mut() {
                    IterKind::Range {
                        cur,
                        step,
                        remaining,
                    } => {
                        if *remaining > 0 {
                            let v = *cur;
                            *cur += *step;
                            *remaining -= 1;
                            Some(v)
                        } else {
                            None
                        }
                    }
                    _ => break,
                };
                match next {
                    Some(v) => stack.push(Value::Int(v)),
                    None => {
                        stack.pop().fast_drop();
                        pc = t as usize;
                        left -= 1;
                        continue;
                    }
                }
            }
            _ => break,
        }
        pc += 1;
        left -= 1;
    }
    drop(stack);
    frame.pc = pc;
    *budget = left;
    start - left
}
