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

use super::attr_sites;
use super::containers;
use super::eval::{fast_binop_num, fast_compare, Num};
use super::frame::{Frame, FramePool, ReturnTo};
use crate::bytecode::Instr;
use crate::objects::{dict_set_pystr, CodeRef, IterKind, PyDict};
use crate::value::Value;
use std::rc::Rc;

/// Should the general loop enter `run` for `instr`, the next instruction
/// of `frame`? It asks before each instruction it is about to run itself,
/// so this looks only at the instruction and the top of the stack: an
/// entry into `run` that executes nothing, or only a few instructions,
/// costs more than it saves.
#[inline(always)]
pub fn takes(instr: Instr, frame: &Frame) -> bool {
    let top = |depth: usize| frame.stack.len().checked_sub(depth + 1).map(|i| &frame.stack[i]);
    let inline_pair = || matches!((top(1), top(0)), (Some(a), Some(b)) if a.is_inline() && b.is_inline());
    match instr {
        // Loads, stores and pops are cheap in the general loop too, and
        // often lead to an instruction the fast path leaves at (a call of
        // a built-in function or method): entering for them alone costs
        // more than it saves.
        Instr::Nop
        | Instr::PopTop
        | Instr::DupTop
        | Instr::DupTopTwo
        | Instr::RotTwo
        | Instr::RotThree
        | Instr::LoadConst(_)
        | Instr::LoadFast(_)
        | Instr::StoreFast(_)
        | Instr::LoadGlobal(_)
        | Instr::StoreGlobal(_)
        | Instr::LoadName(_)
        | Instr::StoreName(_) => false,
        Instr::IsOp(_) | Instr::Jump(_) => true,
        Instr::BinaryOp(_) | Instr::InplaceOp(_) | Instr::CompareOp(_) => inline_pair(),
        Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) => matches!(top(0), Some(Value::Bool(_))),
        Instr::ForIter(_) => match top(0) {
            Some(Value::Iterator(it)) => {
                matches!(it.kind.try_borrow().as_deref(), Ok(IterKind::Range { .. } | IterKind::List { .. } | IterKind::Tuple { .. }))
            }
            _ => false,
        },
        Instr::LoadAttr(_) | Instr::StoreAttr(_) => matches!(top(0), Some(Value::Instance(_))),
        // Methods of instances, and of the containers whose methods have
        // quick entries (`append`, `pop`, `get`).
        Instr::LoadMethod(_) => matches!(top(0), Some(Value::Instance(_) | Value::List(_) | Value::Dict(_))),
        Instr::BinarySubscr => matches!(top(1), Some(Value::List(_) | Value::Tuple(_) | Value::Dict(_))),
        Instr::UnpackSequence(_) => matches!(top(0), Some(Value::Tuple(_))),
        Instr::StoreSubscr => matches!(top(1), Some(Value::List(_) | Value::Dict(_))),
        Instr::Call(n) => callable_here(top(n as usize)),
        Instr::CallMethod(n) => callable_here(top(n as usize + 1)),
        Instr::ReturnValue => frame.returns_plainly(),
        _ => false,
    }
}

/// Can `run` call this: a Python function (it checks the rest), or a
/// built-in with a quick entry?
#[inline(always)]
fn callable_here(f: Option<&Value>) -> bool {
    match f {
        Some(Value::Function(_)) => true,
        Some(Value::Builtin(b)) => b.quick.is_some(),
        _ => false,
    }
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
    /// The top value's slot, for a stack that is not empty.
    #[inline(always)]
    fn top_slot(&self) -> *mut Value {
        debug_assert!(self.len > 0);
        // SAFETY: a live value's slot.
        unsafe { self.base.add(self.len - 1) }
    }
    /// Where the next push goes, for a stack that is not `full`.
    #[inline(always)]
    fn next_slot(&self) -> *mut Value {
        debug_assert!(self.len < self.cap);
        // SAFETY: within the allocation (below capacity).
        unsafe { self.base.add(self.len) }
    }
    /// Push a clone of `v` onto a stack that is not `full`.
    #[inline(always)]
    fn push_clone(&mut self, v: &Value) {
        debug_assert!(self.len < self.cap);
        // SAFETY: below capacity; the slot is past the live values.
        unsafe { v.clone_to(self.base.add(self.len)) };
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

/// Where `run` may switch frames: the calling thread's frame stack, the
/// pool of finished frames, and the recursion limit.
pub struct Calls<'a> {
    pub frames: &'a mut Vec<Box<Frame>>,
    pub pool: &'a mut FramePool,
    pub recursion_limit: usize,
}

/// Why the instruction loop of one frame stopped.
enum Stop {
    /// At an instruction for the general loop.
    Leave,
    /// After a `CALL` or `CALL_METHOD` of a simple function with `n`
    /// arguments (below it on the stack): push its frame.
    Call(usize),
    /// After a `RETURN_VALUE` of a plain call: back to the caller.
    Return,
}

/// What a `run` did.
pub struct Ran {
    /// Instructions executed (0: the first one was not for `run`).
    pub count: i64,
    /// `frame` is another frame than it was (a call or a return).
    pub switched: bool,
}

/// Run simple instructions from `frame.pc` while the slice `budget` (the
/// scheduler's) leaves room for more than one. Plain calls of simple
/// functions and their returns switch `frame` to the callee or the caller,
/// as the general loop does. `frame.pc` is then the first instruction not
/// run, of the frame `frame` now is.
#[inline(never)]
pub fn run(frame: &mut Box<Frame>, calls: &mut Calls, builtins: &Rc<PyDict>, budget: &mut i64) -> Ran {
    let start = *budget;
    let mut left = start;
    let mut switched = false;
    loop {
        // SAFETY: the frame owns a count of its code and neither the frame
        // nor its `code` field changes until the instruction loop below
        // ends; `code` is not used after that.
        let code: &CodeRef = unsafe { &*Rc::as_ptr(&frame.code) };
        let instrs = &code.code.instructions[..];
        let f: &mut Frame = frame;
        let mut pc = f.pc;
        let fast = &mut f.fast;
        let globals = &f.globals;
        let locals = f.locals.as_ref();
        let mut stack = Stack::new(&mut f.stack);
        // `left > 1`: the slice's last tick is the general loop's, which
        // decides about switching there.
        let stop = loop {
            if left <= 1 {
                break Stop::Leave;
            }
            let instr = instrs[pc];
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    if stack.len == 0 {
                        break Stop::Leave;
                    }
                    stack.pop().fast_drop();
                }
                Instr::DupTop => {
                    if stack.len == 0 || stack.full() {
                        break Stop::Leave;
                    }
                    // SAFETY: a live value, cloned into the free slot above it.
                    unsafe { (*stack.top_slot()).clone_to(stack.next_slot()) };
                    stack.len += 1;
                }
                Instr::DupTopTwo => {
                    if stack.len < 2 || stack.cap - stack.len < 2 {
                        break Stop::Leave;
                    }
                    // SAFETY: two live values, cloned into the two free slots above.
                    unsafe {
                        let top = stack.top_slot();
                        (*top.sub(1)).clone_to(top.add(1));
                        (*top).clone_to(top.add(2));
                    }
                    stack.len += 2;
                }
                Instr::RotTwo => {
                    if stack.len < 2 {
                        break Stop::Leave;
                    }
                    // SAFETY: two live values, swapped in place.
                    unsafe { std::ptr::swap(stack.top_slot(), stack.top_slot().sub(1)) };
                }
                Instr::RotThree => {
                    // `[a, b, c] -> [c, a, b]`
                    if stack.len < 3 {
                        break Stop::Leave;
                    }
                    // SAFETY: three live values, permuted in place.
                    unsafe {
                        let top = stack.top_slot();
                        let c = top.read();
                        std::ptr::copy(top.sub(2), top.sub(1), 2);
                        top.sub(2).write(c);
                    }
                }
                Instr::UnpackSequence(k) => {
                    // A tuple or list of exactly `k` items.
                    let k = k as usize;
                    // SAFETY: the top slot holds a live value and the k - 1
                    // slots above it are below capacity.
                    if k == 0 || stack.len == 0 || stack.cap - stack.len < k - 1 || !unsafe { unpack_exact(stack.top_slot(), k) } {
                        break Stop::Leave;
                    }
                    stack.len += k - 1;
                }
                Instr::LoadConst(i) => {
                    if stack.full() {
                        break Stop::Leave;
                    }
                    stack.push_clone(&code.consts[i as usize]);
                }
                Instr::LoadFast(i) => {
                    let v = &fast[i as usize];
                    if v.is_null() || stack.full() {
                        break Stop::Leave;
                    }
                    stack.push_clone(v);
                }
                Instr::StoreFast(i) => {
                    if stack.len == 0 {
                        break Stop::Leave;
                    }
                    let v = stack.pop();
                    std::mem::replace(&mut fast[i as usize], v).fast_drop();
                }
                Instr::LoadGlobal(i) => {
                    if stack.full() {
                        break Stop::Leave;
                    }
                    // SAFETY: the slot is past the live values, below capacity.
                    if !unsafe { load_global(code, i as usize, globals, builtins, stack.next_slot()) } {
                        break Stop::Leave;
                    }
                    stack.len += 1;
                }
                Instr::StoreGlobal(i) => {
                    if stack.len == 0 {
                        break Stop::Leave;
                    }
                    dict_set_pystr(globals, code.names[i as usize].clone(), stack.pop());
                }
                Instr::LoadName(i) => {
                    // SAFETY: the slot is past the live values, below capacity.
                    if stack.full() || !unsafe { load_name(code, i as usize, locals, globals, builtins, stack.next_slot()) } {
                        break Stop::Leave;
                    }
                    stack.len += 1;
                }
                Instr::StoreName(i) => {
                    if stack.len == 0 {
                        break Stop::Leave;
                    }
                    dict_set_pystr(locals.unwrap_or(globals), code.names[i as usize].clone(), stack.pop());
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    if stack.len < 2 {
                        break Stop::Leave;
                    }
                    match fast_binop_num(op, stack.peek(1), stack.peek(0)) {
                        // Both operands were machine numbers.
                        Some(Num::Int(i)) => stack.replace_inline_pair(Value::Int(i)),
                        Some(Num::Float(f)) => stack.replace_inline_pair(Value::Float(f)),
                        None => break Stop::Leave,
                    }
                }
                Instr::CompareOp(op) => {
                    if stack.len < 2 || !stack.peek(1).is_inline() || !stack.peek(0).is_inline() {
                        break Stop::Leave;
                    }
                    match fast_compare(op, stack.peek(1), stack.peek(0)) {
                        Some(r) => stack.replace_inline_pair(Value::Bool(r)),
                        None => break Stop::Leave,
                    }
                }
                Instr::IsOp(invert) => {
                    if stack.len < 2 {
                        break Stop::Leave;
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
                        break Stop::Leave;
                    }
                    let &Value::Bool(b) = stack.peek(0) else { break Stop::Leave };
                    // A bool owns nothing: dropping the slot is shortening the stack.
                    stack.len -= 1;
                    left -= 1;
                    pc = if b == matches!(instr, Instr::PopJumpIfTrue(_)) { t as usize } else { pc + 1 };
                    continue;
                }
                Instr::ForIter(t) => {
                    // Iterators of a range, a list or a tuple.
                    if stack.len == 0 || stack.full() {
                        break Stop::Leave;
                    }
                    // SAFETY: the top slot holds a live value, and the slot
                    // above it is below capacity.
                    match unsafe { for_iter_next(stack.top_slot()) } {
                        Next::Pushed => stack.len += 1,
                        Next::Exhausted => {
                            stack.pop().fast_drop();
                            pc = t as usize;
                            left -= 1;
                            continue;
                        }
                        Next::NotHere => break Stop::Leave,
                    }
                }
                Instr::BinarySubscr => {
                    // SAFETY: the two top slots hold live values.
                    if stack.len < 2 || !unsafe { subscr(stack.top_slot().sub(1)) } {
                        break Stop::Leave;
                    }
                    stack.len -= 1;
                }
                Instr::StoreSubscr => {
                    // `[value, obj, key] -> []`
                    // SAFETY: the three top slots hold live values.
                    if stack.len < 3 || !unsafe { store_subscr(stack.top_slot().sub(2)) } {
                        break Stop::Leave;
                    }
                    stack.len -= 3;
                }
                Instr::LoadAttr(i) => {
                    // SAFETY: the top slot holds a live value.
                    if stack.len == 0 || !unsafe { load_attr(code, i as usize, stack.top_slot()) } {
                        break Stop::Leave;
                    }
                }
                Instr::StoreAttr(i) => {
                    // `[value, obj] -> []`
                    // SAFETY: the two top slots hold live values.
                    if stack.len < 2 || !unsafe { store_attr(code, i as usize, stack.top_slot().sub(1)) } {
                        break Stop::Leave;
                    }
                    stack.len -= 2;
                }
                Instr::LoadMethod(i) => {
                    // `[obj] -> [func, obj]`
                    // SAFETY: the top slot holds a live value and the one
                    // above it is below capacity.
                    if stack.len == 0 || stack.full() || !unsafe { load_method(code, i as usize, stack.top_slot()) } {
                        break Stop::Leave;
                    }
                    stack.len += 1;
                }
                Instr::Call(k) | Instr::CallMethod(k) => {
                    // A simple function with exactly its positional
                    // arguments, below the recursion limit (the general
                    // loop raises the RecursionError). `CALL k`:
                    // `[func, args..]`; `CALL_METHOD k` when LOAD_METHOD
                    // found a function: `[func, self, args..]`, k + 1
                    // arguments.
                    let n = k as usize + matches!(instr, Instr::CallMethod(_)) as usize;
                    if stack.len <= n || calls.frames.len() + 1 >= calls.recursion_limit {
                        break Stop::Leave;
                    }
                    let func = match stack.peek(n) {
                        Value::Function(func) => func,
                        Value::Builtin(_) => {
                            // SAFETY: the callable and its arguments are the
                            // n + 1 live values on top.
                            if !unsafe { call_quick(stack.top_slot().sub(n), n) } {
                                break Stop::Leave;
                            }
                            stack.len -= n;
                            pc += 1;
                            left -= 1;
                            continue;
                        }
                        _ => break Stop::Leave,
                    };
                    if !func.code.simple || func.code.code.argcount as usize != n {
                        break Stop::Leave;
                    }
                    pc += 1;
                    left -= 1;
                    break Stop::Call(n);
                }
                Instr::ReturnValue => {
                    if stack.len == 0 || calls.frames.is_empty() || !(f.blocks.is_empty() && f.generator.is_none() && !f.boundary && matches!(f.ret, ReturnTo::Push)) {
                        break Stop::Leave;
                    }
                    pc += 1;
                    left -= 1;
                    break Stop::Return;
                }
                _ => break Stop::Leave,
            }
            pc += 1;
            left -= 1;
        };
        drop(stack);
        frame.pc = pc;
        match stop {
            Stop::Leave => break,
            Stop::Call(n) => enter_call(frame, calls, n),
            Stop::Return => return_to_caller(frame, calls),
        }
        switched = true;
    }
    *budget = left;
    Ran { count: start - left, switched }
}

/// Push the frame of the simple function below the `n` arguments on top
/// of `frame`'s stack (checked by `run`), moving the arguments in.
/// Out of line: `run`'s entry stays light.
#[inline(never)]
fn enter_call(frame: &mut Box<Frame>, calls: &mut Calls, n: usize) {
    let len = frame.stack.len();
    let Value::Function(func) = &frame.stack[len - n - 1] else { unreachable!("checked by run") };
    let (code, globals) = (func.code.clone(), func.globals.clone());
    let callee = calls.pool.frame_with_args(code, globals, &mut frame.stack, len - n);
    frame.stack.pop().map(Value::fast_drop);
    calls.frames.push(std::mem::replace(frame, callee));
}

/// Return the top of `frame`'s stack to the caller (checked by `run`) and
/// pool the finished frame.
#[inline(never)]
fn return_to_caller(frame: &mut Box<Frame>, calls: &mut Calls) {
    let caller = calls.frames.pop().expect("checked by run");
    let mut done = std::mem::replace(frame, caller);
    let v = done.stack.pop().expect("checked by run");
    // The caller's stack gave up the callable and its arguments at the
    // call: there is room for the result.
    let stack = &mut frame.stack;
    if stack.len() < stack.capacity() {
        // SAFETY: below capacity; the slot is past the live values.
        unsafe {
            stack.as_mut_ptr().add(stack.len()).write(v);
            stack.set_len(stack.len() + 1);
        }
    } else {
        stack.push(v);
    }
    calls.pool.recycle(done);
}

// The instructions below work on stack slots and run out of line: inlined,
// their calls and temporaries pushed `run`'s own state out of registers.

/// `LOAD_GLOBAL` from the code's cache into `slot`. False (nothing
/// written): not cached, or a native object (the general loop may run its
/// method fused).
///
/// # Safety
/// `slot` is writable and holds no live value.
#[inline(never)]
unsafe fn load_global(code: &CodeRef, i: usize, globals: &Rc<PyDict>, builtins: &Rc<PyDict>, slot: *mut Value) -> bool {
    match code.globals_cache.get(i, globals, builtins) {
        Some(Value::Native(n)) => {
            drop(n);
            false
        }
        Some(v) => {
            slot.write(v);
            true
        }
        None => false,
    }
}

/// `LOAD_ATTR` through the attribute site: `[obj] -> [obj.name]` in place.
///
/// # Safety
/// `slot` holds a live value.
#[inline(never)]
unsafe fn load_attr(code: &CodeRef, i: usize, slot: *mut Value) -> bool {
    let Value::Instance(inst) = &*slot else { return false };
    // Copied whole (see `Value::clone_to`).
    let mut found = std::mem::MaybeUninit::<Value>::uninit();
    let dst = found.as_mut_ptr();
    if !attr_sites::load_attr_hit(&code.attr_sites, i, inst, &code.names[i], |v| v.clone_to(dst)) {
        return false;
    }
    slot.replace(found.assume_init()).fast_drop();
    true
}

/// `STORE_ATTR` through the attribute site: `[value, obj] -> []`, both
/// consumed on success.
///
/// # Safety
/// `slots` and the slot after it hold live values.
#[inline(never)]
unsafe fn store_attr(code: &CodeRef, i: usize, slots: *mut Value) -> bool {
    let Value::Instance(inst) = &*slots.add(1) else { return false };
    let value = slots.read();
    match attr_sites::store_attr_hit(&code.attr_sites, i, inst, &code.names[i], value) {
        Ok(()) => {
            slots.add(1).read().fast_drop();
            true
        }
        Err(value) => {
            // Not consumed: back where it was.
            slots.write(value);
            false
        }
    }
}

/// `LOAD_METHOD` through the method site, of a Python method of an
/// instance or of a built-in method of a str, list, dict...:
/// `[obj] -> [func, obj]`.
///
/// # Safety
/// `slot` holds a live value; the slot after it is writable and free.
#[inline(never)]
unsafe fn load_method(code: &CodeRef, i: usize, slot: *mut Value) -> bool {
    let func = match &*slot {
        Value::Instance(inst) => match attr_sites::method_hit(&code.attr_sites, i, inst, &code.names[i]) {
            Some(func) => Value::Function(func),
            None => return false,
        },
        obj => match attr_sites::builtin_method_hit(&code.attr_sites, i, obj) {
            Some(b) => Value::Builtin(b),
            None => return false,
        },
    };
    let obj = slot.replace(func);
    slot.add(1).write(obj);
    true
}

/// `STORE_SUBSCR` of a list or dict when it cannot fail or run Python
/// code: `[value, obj, key] -> []`, all consumed on success.
///
/// # Safety
/// `slots` and the two slots after it hold live values.
#[inline(never)]
unsafe fn store_subscr(slots: *mut Value) -> bool {
    let (value, key) = (slots.read(), slots.add(2).read());
    match containers::fast_store_subscr(&*slots.add(1), key, value) {
        Ok(()) => {
            slots.add(1).read().fast_drop();
            true
        }
        Err((key, value)) => {
            // Not consumed: back where they were.
            slots.write(value);
            slots.add(2).write(key);
            false
        }
    }
}

/// A call of a built-in by its quick entry (see `QuickFn`):
/// `[builtin, args..]` (n arguments) -> `[result]`, in `slots[0]`.
///
/// # Safety
/// `slots` and the `n` slots after it hold live values.
#[inline(never)]
unsafe fn call_quick(slots: *mut Value, n: usize) -> bool {
    let Value::Builtin(b) = &*slots else { return false };
    let Some(quick) = b.quick else { return false };
    let Some(v) = quick(std::slice::from_raw_parts(slots.add(1), n)) else { return false };
    for i in 1..=n {
        slots.add(i).read().fast_drop();
    }
    slots.replace(v).fast_drop();
    true
}

/// `BINARY_SUBSCR` of a list, tuple or dict when it cannot fail:
/// `[obj, key] -> [obj[key]]`, the result in `slots[0]`.
///
/// # Safety
/// `slots` and the slot after it hold live values.
#[inline(never)]
unsafe fn subscr(slots: *mut Value) -> bool {
    let Some(v) = containers::fast_subscr(&*slots, &*slots.add(1)) else { return false };
    slots.add(1).read().fast_drop();
    slots.replace(v).fast_drop();
    true
}

/// `UNPACK_SEQUENCE k` of a tuple or list of exactly `k` items: the
/// sequence in `slot` is replaced by its items, last item lowest (so the
/// first is on top). False (nothing done) for anything else.
///
/// # Safety
/// `slot` holds a live value; the `k - 1` slots after it are writable and
/// free.
#[inline(never)]
pub(super) unsafe fn unpack_exact(slot: *mut Value, k: usize) -> bool {
    let write = |items: &[Value]| {
        for (i, v) in items.iter().rev().enumerate() {
            v.clone_to(slot.add(i));
        }
    };
    let seq = match &*slot {
        Value::Tuple(t) if t.len() == k => slot.read(),
        Value::List(l) if matches!(l.items.try_borrow(), Ok(items) if items.len() == k) => slot.read(),
        _ => return false,
    };
    match &seq {
        Value::Tuple(t) => write(t),
        Value::List(l) => write(&l.items.borrow()),
        _ => unreachable!("matched above"),
    }
    seq.fast_drop();
    true
}

/// What `for_iter_next` did.
enum Next {
    /// The next item is in the slot above the iterator.
    Pushed,
    /// The iterator is done (nothing written).
    Exhausted,
    /// Not an iterator the fast path steps (nothing done).
    NotHere,
}

/// `FOR_ITER` on the iterator of a range, a list or a tuple: write its
/// next item above it. As `Vm::builtin_iter_next` does for these kinds.
///
/// # Safety
/// `slot` holds a live value; the slot after it is writable and free.
#[inline(never)]
unsafe fn for_iter_next(slot: *mut Value) -> Next {
    let Value::Iterator(it) = &*slot else { return Next::NotHere };
    let Ok(mut kind) = it.kind.try_borrow_mut() else { return Next::NotHere };
    let dst = slot.add(1);
    match &mut *kind {
        IterKind::Range { cur, step, remaining } => {
            if *remaining <= 0 {
                return Next::Exhausted;
            }
            dst.write(Value::Int(*cur));
            *cur += *step;
            *remaining -= 1;
        }
        IterKind::List { list, idx } => {
            let Ok(items) = list.items.try_borrow() else { return Next::NotHere };
            let Some(v) = items.get(*idx) else { return Next::Exhausted };
            v.clone_to(dst);
            *idx += 1;
        }
        IterKind::Tuple { tuple, idx } => {
            let Some(v) = tuple.get(*idx) else { return Next::Exhausted };
            v.clone_to(dst);
            *idx += 1;
        }
        _ => return Next::NotHere,
    }
    Next::Pushed
}

/// `LOAD_NAME` (module and class bodies): the name in the frame's
/// namespace, the globals, then the built-ins, into `slot`. False (nothing
/// written) when it is in none: the general loop raises the NameError.
///
/// # Safety
/// `slot` is writable and holds no live value.
#[inline(never)]
unsafe fn load_name(code: &CodeRef, i: usize, locals: Option<&Rc<PyDict>>, globals: &Rc<PyDict>, builtins: &Rc<PyDict>, slot: *mut Value) -> bool {
    let name = &code.names[i];
    let h = name.hash();
    for d in locals.into_iter().chain([globals, builtins]) {
        if let Some(v) = d.data.borrow().get_str(name.as_str(), h) {
            v.clone_to(slot);
            return true;
        }
    }
    false
}

