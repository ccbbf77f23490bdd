//! Frames: one activation of a code object. Python-to-Python calls push a
//! frame on the VM thread's frame stack instead of recursing in Rust, so a
//! thread switch is a change of which stack the loop runs.

use crate::objects::{CellObj, CodeRef, Generator, PyDict};
use crate::value::Value;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// `try` body (except or finally handler at `handler`).
    Finally,
    /// Inside an except/finally handler: restores the handled exception.
    ExceptHandler,
}

#[derive(Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub depth: u32,
    /// For ExceptHandler blocks: the exception that was being handled before.
    pub saved_exc: Option<Value>,
}

/// What happens to a frame's return value.
pub enum ReturnTo {
    /// Push it on the caller's stack.
    Push,
    /// `__init__` ran: it must return None; push the new instance instead.
    Init(Value),
    /// A class body ran: build the class from its namespace.
    ClassBody(Box<ClassBody>),
    /// The bottom frame of a VM thread.
    ThreadExit,
}

/// What a class body's frame needs to build the class (boxed: most frames
/// are not class bodies and stay small).
pub struct ClassBody {
    pub name: Value,
    pub bases: Vec<Value>,
    pub meta: Value,
    pub kwargs: crate::objects::KwArgs,
}

/// How a resumed generator's results reach its resumer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenMode {
    /// `for` loop: push the value; when exhausted pop the iterator and jump.
    ForIter(u32),
    /// `next()`/`send()` from bytecode or native code: push the value;
    /// when exhausted raise StopIteration(value).
    Next,
    /// `yield from` in the caller generator: re-yield the value; when
    /// exhausted push the return value and go on after YieldFrom.
    YieldFrom,
}

pub struct Frame {
    pub code: Rc<CodeRef>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies.
    pub locals: Option<Rc<PyDict>>,
    pub blocks: Vec<Block>,
    pub ret: ReturnTo,
    /// When this frame finishes (returns, yields or raises), the innermost
    /// native `run` loop returns: native code called into Python here.
    pub boundary: bool,
    /// Set for generator frames while they run.
    pub generator: Option<(Rc<Generator>, GenMode)>,
}

impl Frame {
    pub fn new(code: Rc<CodeRef>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
        let nfast = code.code.varnames.len();
        // The compiler's bound: no regrowth, and no more memory held by the
        // frames of the many threads a program may keep blocked.
        let cap = code.code.max_stack as usize;
        Frame {
            code,
            pc: 0,
            stack: Vec::with_capacity(cap),
            fast: vec![Value::Null; nfast],
            cells: Vec::new(),
            globals,
            locals,
            blocks: Vec::new(),
            ret: ReturnTo::Push,
            boundary: false,
            generator: None,
        }
    }

    /// Reset a pooled frame for a new activation of `code`.
    pub fn reuse(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>) {
        self.fast.clear();
        self.reuse_with_args(code, globals, &mut Vec::new(), 0);
    }

    /// Reset a pooled frame (its `fast` is empty) for a new activation of
    /// `code` whose first locals are `args[from..]`, moved out of `args`.
    #[inline(always)]
    pub fn reuse_with_args(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>, args: &mut Vec<Value>, from: usize) {
        let nfast = code.code.varnames.len();
        let nargs = args.len() - from;
        debug_assert!(self.fast.is_empty() && nargs <= nfast);
        if self.fast.capacity() < nfast {
            self.fast.reserve(nfast);
        }
        let max_stack = code.code.max_stack as usize;
        if self.stack.capacity() < max_stack {
            self.stack.reserve(max_stack);
        }
        // SAFETY: `fast` has room for `nfast >= nargs` values; the
        // arguments are moved (bitwise, then forgotten by `args`), not copied.
        unsafe {
            let (src, dst) = (args.as_ptr().add(from), self.fast.as_mut_ptr());
            let mut i = 0;
            while i < nargs {
                dst.add(i).write(src.add(i).read());
                i += 1;
            }
            args.set_len(from);
            while i < nfast {
                dst.add(i).write(Value::Null);
                i += 1;
            }
            self.fast.set_len(nfast);
        }
        self.code = code;
        self.globals = globals;
        self.pc = 0;
        self.boundary = false;
        // A pooled frame has no locals dict, no generator, and returns
        // plainly (see `FramePool::recycle`): assigning `ret` would cost a
        // call to drop the old value.
        debug_assert!(self.locals.is_none() && self.generator.is_none() && matches!(self.ret, ReturnTo::Push));
    }

    /// Is this the frame of a plain function call: its return value goes
    /// on the caller's stack, with nothing to unwind or finish (no blocks,
    /// not a generator, not the bottom of a native `run`)?
    #[inline(always)]
    pub fn returns_plainly(&self) -> bool {
        self.blocks.is_empty() && self.generator.is_none() && !self.boundary && matches!(self.ret, ReturnTo::Push)
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    /// Replace the two top values, both machine numbers (nothing to drop),
    /// by the number `r`, written straight into its slot.
    #[inline(always)]
    pub fn replace_top_two(&mut self, r: crate::vm::eval::Num) {
        let n = self.stack.len();
        debug_assert!(n >= 2 && self.stack[n - 2].is_inline() && self.stack[n - 1].is_inline());
        let slot: *mut Value = &mut self.stack[n - 2];
        // SAFETY: both values are machine numbers: overwriting and
        // forgetting them leaks nothing.
        unsafe {
            match r {
                crate::vm::eval::Num::Int(i) => slot.write(Value::Int(i)),
                crate::vm::eval::Num::Float(f) => slot.write(Value::Float(f)),
            }
            self.stack.set_len(n - 1);
        }
    }

    /// Replace the two top values by `b`: like `replace_top_two`, for
    /// comparisons whose operands hold no reference.
    #[inline(always)]
    pub fn replace_top_two_bool(&mut self, b: bool) {
        let n = self.stack.len();
        debug_assert!(n >= 2 && self.stack[n - 2].is_inline() && self.stack[n - 1].is_inline());
        let slot: *mut Value = &mut self.stack[n - 2];
        // SAFETY: as in `replace_top_two`.
        unsafe {
            slot.write(Value::Bool(b));
            self.stack.set_len(n - 1);
        }
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }
    /// The line being executed (the last instruction fetched).
    pub fn current_line(&self) -> u32 {
        self.code.code.line_of(self.pc.saturating_sub(1))
    }
}

/// Finished frames kept for reuse, so that a call allocates nothing.
pub struct FramePool {
    frames: Vec<Box<Frame>>,
}

impl FramePool {
    /// Beyond this many, finished frames are freed.
    const MAX: usize = 64;

    pub fn new() -> FramePool {
        FramePool { frames: Vec::new() }
    }

    /// A frame for a call of `code` whose arguments are `args[from..]`
    /// (the caller's stack), moved in as the first fast locals.
    #[inline(always)]
    pub fn frame_with_args(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>, args: &mut Vec<Value>, from: usize) -> Box<Frame> {
        let mut f = match self.frames.pop() {
            Some(f) => f,
            None => Box::new(Frame::new(code.clone(), globals.clone(), None)),
        };
        f.fast.clear();
        f.reuse_with_args(code, globals, args, from);
        f
    }

    /// A frame for `code` with no arguments.
    #[inline]
    pub fn frame(&mut self, code: Rc<CodeRef>, globals: Rc<PyDict>) -> Box<Frame> {
        match self.frames.pop() {
            Some(mut f) => {
                f.reuse(code, globals);
                f
            }
            None => Box::new(Frame::new(code, globals, None)),
        }
    }

    /// Free every pooled frame (interpreter teardown).
    pub fn clear(&mut self) {
        self.frames.clear();
    }

    /// Take a finished frame back.
    #[inline(always)]
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        if self.frames.len() < Self::MAX {
            drop_values(&mut f.stack);
            drop_values(&mut f.fast);
            if !f.cells.is_empty() {
                f.cells.clear();
            }
            f.blocks.clear();
            // Tested first: most frames have none of these to drop.
            if f.locals.is_some() {
                f.locals = None;
            }
            if f.generator.is_some() {
                f.generator = None;
            }
            if !matches!(f.ret, ReturnTo::Push) {
                f.ret = ReturnTo::Push;
            }
            self.frames.push(f);
        }
    }
}

/// `values.clear()` with each value released inline (`clear` calls out
/// to a generic drop loop).
#[inline(always)]
fn drop_values(values: &mut Vec<Value>) {
    let n = values.len();
    // SAFETY: the first `n` slots hold live values; the length is zeroed
    // first, so each is released exactly once.
    unsafe {
        values.set_len(0);
        let p = values.as_ptr();
        for i in 0..n {
            p.add(i).read().fast_drop();
        }
    }
}

impl Default for FramePool {
    fn default() -> FramePool {
        FramePool::new()
    }
}
