//! The dispatch loop.
//!
//! `run_loop` drives the scheduler: it runs the thread holding the GIL with
//! `execute`, which executes instructions of that thread's top frame until
//! the thread has to give the GIL up (switch interval, blocking call, end)
//! or until a *boundary* frame finishes: a frame that native code is
//! waiting for (`call_nested`). Python-to-Python calls never recurse in
//! Rust; native-to-Python calls (sort keys, `__eq__` in dicts, `__repr__`)
//! run a nested `run_loop` that can still switch threads, and return in
//! LIFO order (see `docs/execution-model.md`).

use super::fast_path;
use super::{attr_cache, attr_sites};
use super::frame::{Block, BlockKind, Frame, GenMode, ReturnTo};
use super::{PyErr, PyResult, Vm};
use crate::ast::{BinOp, CmpOp};
use crate::bytecode::Instr;
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

/// How a frame run from native code ended.
pub enum FrameResult {
    Return(Value),
    Yield(Value),
}

/// Why `execute` stopped running the current thread.
pub(crate) enum Exit {
    /// Give the GIL to another thread (the current one is saved, runnable
    /// or blocked).
    Switch,
    /// A boundary frame of the current thread finished.
    Boundary(PyResult<FrameResult>),
    /// The thread's bottom frame finished.
    ThreadDone(PyResult<Value>),
}

/// Control flow after an instruction failed: handled in this frame or not.
enum Unwound {
    Continue,
    Exit(Exit),
}

impl Vm {
    /// Run `frame` on the current thread until it finishes and return its
    /// result: how native code calls Python code.
    pub fn run_frame_nested(&mut self, mut frame: Box<Frame>) -> PyResult<FrameResult> {
        frame.boundary = true;
        let tid = self.current;
        let depth = self.threads[tid].frames.len();
        if depth + self.threads[tid].nested as usize > self.recursion_limit + 50 {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.threads[tid].frames.push(frame);
        self.threads[tid].nested += 1;
        let r = self.run_loop(Some(tid));
        self.threads[tid].nested -= 1;
        r.map(|x| match x {
            LoopEnd::Boundary(r) => r,
            LoopEnd::AllDone => Ok(FrameResult::Return(Value::None)),
        })
        .and_then(|r| r)
    }

    /// Run threads until the boundary frame of thread `target` finishes
    /// (nested call), or until every thread has ended (`None`).
    pub(crate) fn run_loop(&mut self, target: Option<usize>) -> PyResult<LoopEnd> {
        loop {
            // Deadlock, --until or a limit: stop whatever thread holds the GIL.
            if self.exit_request.is_some() {
                return Ok(LoopEnd::AllDone);
            }
            if let Some(t) = target {
                if let Some(r) = self.threads[t].boundary_result.take() {
                    self.threads[t].parked_at_boundary = false;
                    if self.current != t {
                        self.switch_to(t);
                    }
                    return Ok(LoopEnd::Boundary(r));
                }
            }
            if !self.threads[self.current].is_runnable() {
                match self.schedule_next(target)? {
                    true => {}
                    false => return Ok(LoopEnd::AllDone),
                }
                continue;
            }
            match self.execute() {
                Exit::Switch => {
                    self.schedule_next(target)?;
                }
                Exit::Boundary(r) => {
                    let t = self.current;
                    if Some(t) == target {
                        return Ok(LoopEnd::Boundary(r));
                    }
                    // An outer native call of another thread: it must wait
                    // until the inner loops on the Rust stack return.
                    self.threads[t].boundary_result = Some(r);
                    self.threads[t].parked_at_boundary = true;
                    self.schedule_next(target)?;
                }
                Exit::ThreadDone(r) => {
                    let t = self.current;
                    self.thread_finished(t, r);
                    if self.schedule_next(target)? {
                        continue;
                    }
                    return Ok(LoopEnd::AllDone);
                }
            }
        }
    }

    /// Execute the current thread's top frame.
    pub(crate) fn execute(&mut self) -> Exit {
        let tid = self.current;
        let mut frame = match self.threads[tid].frames.pop() {
            Some(f) => f,
            None => return Exit::ThreadDone(Ok(Value::None)),
        };
        // Set by a plain Python call or return, which switch frames without
        // parking or finishing anything: the checks below have nothing to do.
        let mut plain_switch = false;
        loop {
            if !std::mem::take(&mut plain_switch) {
                // A parked native call continues (lock retry, print's `end`).
                if let Some(then) = self.threads[tid].resume.take() {
                    match then(self) {
                        Ok(v) => frame.push(v),
                        Err(PyErr::Blocked) => {
                            self.threads[tid].frames.push(frame);
                            return Exit::Switch;
                        }
                        Err(e) => self.threads[tid].pending = Some(Err(e)),
                    }
                }
                // A finished call's result or exception (blocked native calls,
                // generators ending under `next`, `__init__` checks) arrives here.
                if let Some(r) = self.threads[tid].pending.take() {
                    match r {
                        Ok(v) => frame.push(v),
                        Err(e) => match self.handle_error(&mut frame, e, true) {
                            Unwound::Continue => continue,
                            Unwound::Exit(x) => return x,
                        },
                    }
                }
            }
            let code = frame.code.clone();
            let instrs = &code.code.instructions;
            // Inner loop: straight-line execution of one frame.
            loop {
                let pc = frame.pc;
                let instr = instrs[pc];
                if self.config.fast_path && fast_path::takes(instr, &frame) && self.sched.room_for(1) {
                    let mut calls = fast_path::Calls {
                        frames: &mut self.threads[tid].frames,
                        pool: &mut self.frame_pool,
                        recursion_limit: self.recursion_limit,
                    };
                    let ran = fast_path::run(&mut frame, &mut calls, &self.builtins, self.sched.budget_mut());
                    if ran.switched {
                        plain_switch = true;
                        break;
                    }
                    if ran.count > 0 {
                        continue;
                    }
                }
                frame.pc = pc + 1;
                if self.sched.tick() {
                    let at_switch_point = self.sched.any_switch_point || is_switch_point(&instr, pc);
                    if at_switch_point && self.should_switch() {
                        // should_switch has already uncounted the instruction.
                        frame.pc = pc;
                        self.note_switch_site(&code, pc);
                        self.threads[tid].frames.push(frame);
                        return Exit::Switch;
                    }
                }
                let r: PyResult<()> = match instr {
                    Instr::Nop => Ok(()),
                    Instr::PopTop => {
                        if let Some(v) = frame.stack.pop() {
                            v.fast_drop();
                        }
                        continue;
                    }
                    Instr::RotTwo => {
                        let n = frame.stack.len();
                        frame.stack.swap(n - 1, n - 2);
                        Ok(())
                    }
                    Instr::RotThree => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        frame.stack.insert(n - 2, v);
                        Ok(())
                    }
                    Instr::RotFour => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        frame.stack.insert(n - 3, v);
                        Ok(())
                    }
                    Instr::DupTop => {
                        let v = frame.top().clone();
                        frame.push(v);
                        Ok(())
                    }
                    Instr::DupTopTwo => {
                        let n = frame.stack.len();
                        let a = frame.stack[n - 2].clone();
                        let b = frame.stack[n - 1].clone();
                        frame.push(a);
                        frame.push(b);
                        Ok(())
                    }
                    Instr::LoadConst(i) => {
                        frame.push(code.consts[i as usize].fast_clone());
                        continue;
                    }
                    Instr::LoadFast(i) => {
                        let v = &frame.fast[i as usize];
                        if v.is_null() {
                            let name = code.code.varnames[i as usize].clone();
                            Err(self.new_error(
                                "UnboundLocalError",
                                &format!("cannot access local variable '{}' where it is not associated with a value", name),
                            ))
                        } else {
                            let v = v.fast_clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Instr::StoreFast(i) => {
                        let v = frame.pop();
                        std::mem::replace(&mut frame.fast[i as usize], v).fast_drop();
                        continue;
                    }
                    Instr::DeleteFast(i) => {
                        if frame.fast[i as usize].is_null() {
                            let name = code.code.varnames[i as usize].clone();
                            Err(self.new_error(
                                "UnboundLocalError",
                                &format!("cannot access local variable '{}' where it is not associated with a value", name),
                            ))
                        } else {
                            frame.fast[i as usize] = Value::Null;
                            Ok(())
                        }
                    }
                    Instr::LoadDeref(i) => {
                        let v = frame.cells[i as usize].value.borrow().clone();
                        if v.is_null() {
                            Err(self.unbound_deref_error(&code, i as usize))
                        } else {
                            frame.push(v);
                            Ok(())
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let v = frame.pop();
                        *frame.cells[i as usize].value.borrow_mut() = v;
                        Ok(())
                    }
                    Instr::DeleteDeref(i) => {
                        *frame.cells[i as usize].value.borrow_mut() = Value::Null;
                        Ok(())
                    }
                    Instr::LoadClosure(i) => {
                        frame.push(Value::Cell(frame.cells[i as usize].clone()));
                        Ok(())
                    }
                    Instr::LoadClassDeref(i) => {
                        let name = deref_name(&code, i as usize);
                        let found = frame.locals.as_ref().and_then(|l| dict_get_str(l, &name));
                        match found {
                            Some(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            None => {
                                let v = frame.cells[i as usize].value.borrow().clone();
                                if v.is_null() {
                                    Err(self.unbound_deref_error(&code, i as usize))
                                } else {
                                    frame.push(v);
                                    Ok(())
                                }
                            }
                        }
                    }
                    Instr::LoadGlobal(i) => {
                        let cache = &code.globals_cache;
                        let found = match cache.get(i as usize, &frame.globals, &self.builtins) {
                            Some(v) => Some(v),
                            None => {
                                let name = &code.names[i as usize];
                                cache.fill(i as usize, name.as_str(), name.hash(), &frame.globals, &self.builtins)
                            }
                        };
                        match found {
                            // A global native object (a lock) may run `lock.acquire()`
                            // fused (see fused_native_method).
                            Some(v @ Value::Native(_)) => {
                                if !self.fused_native_method(&code, &mut frame, &v, pc + 1, 2) {
                                    frame.push(v);
                                }
                                continue;
                            }
                            Some(v) => {
                                frame.push(v);
                                continue;
                            }
                            None => {
                                let name = &code.names[i as usize];
                                self.missing_name(name.as_str(), &frame).map(|v| frame.push(v))
                            }
                        }
                    }
                    Instr::StoreGlobal(i) => {
                        let v = frame.pop();
                        dict_set_pystr(&frame.globals, code.names[i as usize].clone(), v);
                        Ok(())
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        match dict_del_str(&frame.globals, name.as_str()) {
                            Some(_) => Ok(()),
                            None => Err(self.name_error(name.as_str(), None)),
                        }
                    }
                    Instr::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let h = name.hash();
                        let mut found = frame.locals.as_ref().and_then(|l| l.data.borrow().get_str(name.as_str(), h).cloned());
                        if found.is_none() {
                            found = frame.globals.data.borrow().get_str(name.as_str(), h).cloned();
                        }
                        if found.is_none() {
                            found = self.builtins.data.borrow().get_str(name.as_str(), h).cloned();
                        }
                        match found {
                            Some(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            None => self.missing_name(name.as_str(), &frame).map(|v| frame.push(v)),
                        }
                    }
                    Instr::StoreName(i) => {
                        let v = frame.pop();
                        let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        dict_set_pystr(&ns, code.names[i as usize].clone(), v);
                        Ok(())
                    }
                    Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        match dict_del_str(&ns, name.as_str()) {
                            Some(_) => Ok(()),
                            None => Err(self.name_error(name.as_str(), None)),
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = frame.pop();
                        if let Value::Instance(inst) = &obj {
                            if self.load_attr_site(&code.attr_sites, i as usize, inst, &code.names[i as usize], &mut frame.stack) {
                                obj.fast_drop();
                                continue;
                            }
                        }
                        match self.get_attr(&obj, &code.names[i as usize]) {
                            Ok(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Instr::StoreAttr(i) => {
                        let obj = frame.pop();
                        let mut v = frame.pop();
                        if let Value::Instance(inst) = &obj {
                            match self.store_attr_site(&code.attr_sites, i as usize, inst, &code.names[i as usize], v) {
                                Ok(()) => {
                                    obj.fast_drop();
                                    continue;
                                }
                                Err(back) => v = back,
                            }
                        }
                        self.set_attr(&obj, &code.names[i as usize], v)
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = frame.pop();
                        self.del_attr(&obj, &code.names[i as usize])
                    }
                    Instr::LoadMethod(i) => {
                        let obj = frame.pop();
                        // Native objects (locks): their methods are built-ins
                        // in the class dict; no instance dict to look in first.
                        if let Value::Native(n) = &obj {
                            if self.fused_native_method(&code, &mut frame, &obj, pc, 1) {
                                continue;
                            }
                            let name = &code.names[i as usize];
                            let found = match n.class.dict.data.borrow().get_str(name.as_str(), name.hash()) {
                                Some(Value::Builtin(b)) => Some(b.clone()),
                                _ => None,
                            };
                            if let Some(b) = found {
                                frame.push(Value::Builtin(b));
                                frame.push(obj);
                                continue;
                            }
                        }
                        let obj = match self.load_method_site(&code.attr_sites, i as usize, obj, &code.names[i as usize], &mut frame.stack) {
                            Ok(()) => continue,
                            Err(obj) => obj,
                        };
                        if let Some(b) = attr_sites::builtin_method_hit(&code.attr_sites, i as usize, &obj) {
                            frame.push(Value::Builtin(b));
                            frame.push(obj);
                            continue;
                        }
                        let epoch = attr_cache::epoch();
                        match self.load_method(&obj, &code.names[i as usize]) {
                            Ok((f, s)) => {
                                if let Value::Builtin(b) = &f {
                                    code.attr_sites.remember_builtin_method(i as usize, &s, epoch, b);
                                }
                                frame.push(f);
                                frame.push(s);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Instr::CallMethod(argc) => {
                        let n = argc as usize;
                        let len = frame.stack.len();
                        // Fast path: a simple Python method, exact arity (self + n).
                        if let Value::Function(f) = &frame.stack[len - n - 2] {
                            if f.code.simple && f.code.code.argcount as usize == n + 1 {
                                if self.threads[tid].frames.len() + 1 >= self.recursion_limit {
                                    let e = self.new_error("RecursionError", "maximum recursion depth exceeded");
                                    match self.handle_error(&mut frame, e, true) {
                                        Unwound::Continue => break,
                                        Unwound::Exit(x) => return x,
                                    }
                                }
                                let (code, globals) = (f.code.clone(), f.globals.clone());
                                let nf = self.new_frame_with_args(code, globals, &mut frame.stack, len - n - 1);
                                frame.stack.pop();
                                self.threads[tid].frames.push(frame);
                                frame = nf;
                                plain_switch = true;
                                break;
                            }
                        }
                        if let Some(v) = call_quick(&frame.stack, n + 1) {
                            frame.stack.truncate(len - n - 2);
                            frame.push(v);
                            continue;
                        }
                        // Fast path: `obj.name()` of a built-in method with a
                        // fast entry (lock acquire/release); it may decline.
                        if n == 0 {
                            if let Value::Builtin(b) = &frame.stack[len - 2] {
                                if let Some(fast) = b.fast0 {
                                    if let Some(v) = fast(self, &frame.stack[len - 1]).value() {
                                        frame.stack.truncate(len - 2);
                                        frame.push(v);
                                        continue;
                                    }
                                }
                            }
                        }
                        let meth = std::mem::replace(&mut frame.stack[len - n - 2], Value::Null);
                        // split_off: one allocation and a copy (a drained
                        // iterator collected costs several times that).
                        let (callable, args) = if meth.is_null() {
                            let args = frame.stack.split_off(len - n);
                            let c = frame.pop();
                            frame.stack.pop();
                            (c, args)
                        } else {
                            let args = frame.stack.split_off(len - n - 1);
                            frame.stack.pop();
                            (meth, args)
                        };
                        match self.call_from_frame(&mut frame, callable, args, Vec::new()) {
                            CallOutcome::Value(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            CallOutcome::Error(e) => Err(e),
                            CallOutcome::Frame(f) => {
                                self.threads[tid].frames.push(frame);
                                frame = f;
                                break;
                            }
                            CallOutcome::Blocked => {
                                self.threads[tid].frames.push(frame);
                                return Exit::Switch;
                            }
                        }
                    }
                    Instr::BinarySubscr => {
                        let key = frame.pop();
                        let obj = frame.pop();
                        match super::containers::fast_subscr(&obj, &key) {
                            Some(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            None => match self.getitem(&obj, &key) {
                                Ok(v) => {
                                    frame.push(v);
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            },
                        }
                    }
                    Instr::StoreSubscr => {
                        let key = frame.pop();
                        let obj = frame.pop();
                        let v = frame.pop();
                        match super::containers::fast_store_subscr(&obj, key, v) {
                            Ok(()) => Ok(()),
                            Err((key, v)) => self.setitem(&obj, key, v),
                        }
                    }
                    Instr::DeleteSubscr => {
                        let key = frame.pop();
                        let obj = frame.pop();
                        self.delitem(&obj, &key)
                    }
                    Instr::BinaryOp(op) => {
                        let n = frame.stack.len();
                        if let Some(r) = fast_binop_num(op, &frame.stack[n - 2], &frame.stack[n - 1]) {
                            frame.replace_top_two(r);
                            continue;
                        }
                        let b = frame.pop();
                        let a = frame.pop();
                        self.binary_op(op, &a, &b).map(|v| frame.push(v))
                    }
                    Instr::InplaceOp(op) => {
                        let n = frame.stack.len();
                        if let Some(r) = fast_binop_num(op, &frame.stack[n - 2], &frame.stack[n - 1]) {
                            frame.replace_top_two(r);
                            continue;
                        }
                        let b = frame.pop();
                        let mut a = frame.pop();
                        if let (BinOp::Add, Value::Str(_), Value::Str(t)) = (op, &a, &b) {
                            // `s += t` on a local: as CPython does, let go of
                            // the local's reference (the next instruction
                            // rebinds it) so an unshared `s` grows in place
                            // instead of being copied: linear, not quadratic.
                            if let Some(Instr::StoreFast(i)) = instrs.get(frame.pc) {
                                if frame.fast[*i as usize].is(&a) {
                                    frame.fast[*i as usize] = Value::Null;
                                }
                            }
                            if let Value::Str(s) = &mut a {
                                if let Some(s) = Rc::get_mut(s) {
                                    s.append_unshared(t);
                                    frame.push(a);
                                    continue;
                                }
                            }
                        }
                        self.inplace_op(op, &a, &b).map(|v| frame.push(v))
                    }
                    Instr::UnaryNegative => {
                        let v = frame.pop();
                        self.unary_neg(&v).map(|r| frame.push(r))
                    }
                    Instr::UnaryPositive => {
                        let v = frame.pop();
                        self.unary_pos(&v).map(|r| frame.push(r))
                    }
                    Instr::UnaryInvert => {
                        let v = frame.pop();
                        self.unary_invert(&v).map(|r| frame.push(r))
                    }
                    Instr::UnaryNot => {
                        let v = frame.pop();
                        self.is_true(&v).map(|t| frame.push(Value::Bool(!t)))
                    }
                    Instr::CompareOp(op) => {
                        let n = frame.stack.len();
                        let (a, b) = (&frame.stack[n - 2], &frame.stack[n - 1]);
                        if a.is_inline() && b.is_inline() {
                            if let Some(r) = fast_compare(op, a, b) {
                                frame.replace_top_two_bool(r);
                                continue;
                            }
                        }
                        let b = frame.pop();
                        let a = frame.pop();
                        match fast_compare(op, &a, &b) {
                            Some(r) => {
                                frame.push(Value::Bool(r));
                                continue;
                            }
                            None => self.compare(op, &a, &b).map(|r| frame.push(r)),
                        }
                    }
                    Instr::IsOp(invert) => {
                        let b = frame.pop();
                        let a = frame.pop();
                        frame.push(Value::Bool(a.is(&b) != invert));
                        Ok(())
                    }
                    Instr::ContainsOp(invert) => {
                        let b = frame.pop();
                        let a = frame.pop();
                        self.contains(&b, &a).map(|r| frame.push(Value::Bool(r != invert)))
                    }
                    Instr::BuildTuple(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.push(Value::tuple(items));
                        Ok(())
                    }
                    Instr::BuildList(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.push(Value::list(items));
                        Ok(())
                    }
                    Instr::BuildSet(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        self.new_set(items).map(|s| frame.push(s))
                    }
                    Instr::BuildMap(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                        let d = Rc::new(PyDict::new());
                        let mut r = Ok(());
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            if let Err(e) = self.dict_set(&d, k, v) {
                                r = Err(e);
                                break;
                            }
                        }
                        r.map(|_| frame.push(Value::Dict(d)))
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { frame.pop() } else { Value::None };
                        let stop = frame.pop();
                        let start = frame.pop();
                        frame.push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
                        Ok(())
                    }
                    Instr::BuildString(n) => {
                        let start = frame.stack.len() - n as usize;
                        let piece = |v: &Value| match v {
                            Value::Str(p) => p.as_str().len(),
                            _ => 0,
                        };
                        let mut s = String::with_capacity(frame.stack[start..].iter().map(piece).sum());
                        for it in frame.stack.drain(start..) {
                            if let Value::Str(p) = &it {
                                s.push_str(p.as_str());
                            }
                        }
                        frame.push(Value::string(s));
                        continue;
                    }
                    Instr::ListAppend(i) => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        if let Value::List(l) = &frame.stack[n - i as usize] {
                            l.items.borrow_mut().push(v);
                        }
                        Ok(())
                    }
                    Instr::SetAdd(i) => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        let s = frame.stack[n - i as usize].clone();
                        self.set_add_value(&s, v)
                    }
                    Instr::MapAdd(i) => {
                        let v = frame.pop();
                        let k = frame.pop();
                        let n = frame.stack.len();
                        match frame.stack[n - i as usize].clone() {
                            Value::Dict(d) => self.dict_set(&d, k, v),
                            _ => Ok(()),
                        }
                    }
                    Instr::ListExtend(i) => {
                        let it = frame.pop();
                        let n = frame.stack.len();
                        let l = frame.stack[n - i as usize].clone();
                        self.collect_star_operand(&it, "Value").map(|items| {
                            if let Value::List(l) = l {
                                l.items.borrow_mut().extend(items);
                            }
                        })
                    }
                    Instr::SetUpdate(i) => {
                        let it = frame.pop();
                        let n = frame.stack.len();
                        let s = frame.stack[n - i as usize].clone();
                        match self.collect(&it) {
                            Ok(items) => items.into_iter().try_for_each(|x| self.set_add_value(&s, x)),
                            Err(e) => Err(e),
                        }
                    }
                    Instr::DictUpdate(_) if !self.is_mapping_operand(frame.top()) => {
                        let tn = self.type_name(frame.top());
                        Err(self.new_exception("TypeError", &format!("'{}' object is not a mapping", tn)))
                    }
                    Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                        let m = frame.pop();
                        let n = frame.stack.len();
                        let d = frame.stack[n - i as usize].clone();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        let func = if merge { frame.stack.get(n - i as usize - 2).cloned() } else { None };
                        self.dict_update_from(&d, &m, merge, func.as_ref())
                    }
                    Instr::ListToTuple => {
                        let l = frame.pop();
                        let items = match &l {
                            Value::List(l) => l.items.borrow().clone(),
                            _ => Vec::new(),
                        };
                        frame.push(Value::tuple(items));
                        Ok(())
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 { Some(frame.pop()) } else { None };
                        let v = frame.pop();
                        self.format_value(v, flags & 3, spec).map(|s| frame.push(s))
                    }
                    Instr::UnpackSequence(n) => {
                        let (k, len) = (n as usize, frame.stack.len());
                        frame.stack.reserve(k);
                        // SAFETY: the top slot holds a live value; `reserve`
                        // made room for the k - 1 values above it.
                        if k > 0 && unsafe { fast_path::unpack_exact(frame.stack.as_mut_ptr().add(len - 1), k) } {
                            // SAFETY: `unpack_exact` wrote the k slots from len - 1.
                            unsafe { frame.stack.set_len(len - 1 + k) };
                            continue;
                        }
                        let seq = frame.pop();
                        self.unpack_sequence(&seq, n as usize).map(|items| {
                            for v in items.into_iter().rev() {
                                frame.push(v);
                            }
                        })
                    }
                    Instr::UnpackEx(arg) => {
                        let seq = frame.pop();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        self.unpack_ex(&seq, before, after).map(|items| {
                            for v in items.into_iter().rev() {
                                frame.push(v);
                            }
                        })
                    }
                    Instr::Jump(t) => {
                        frame.pc = t as usize;
                        continue;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = frame.pop();
                        match v {
                            Value::Bool(b) => {
                                std::mem::forget(v);
                                if !b {
                                    frame.pc = t as usize;
                                }
                                continue;
                            }
                            _ => self.is_true(&v).map(|b| {
                                if !b {
                                    frame.pc = t as usize
                                }
                            }),
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = frame.pop();
                        match v {
                            Value::Bool(b) => {
                                std::mem::forget(v);
                                if b {
                                    frame.pc = t as usize;
                                }
                                continue;
                            }
                            _ => self.is_true(&v).map(|b| {
                                if b {
                                    frame.pc = t as usize
                                }
                            }),
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = frame.top().clone();
                        self.is_true(&v).map(|b| {
                            if !b {
                                frame.pc = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        })
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = frame.top().clone();
                        self.is_true(&v).map(|b| {
                            if b {
                                frame.pc = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        })
                    }
                    Instr::GetIter => {
                        let v = frame.pop();
                        self.get_iter(&v).map(|it| frame.push(it))
                    }
                    Instr::ForIter(t) => {
                        // Fast path: a range iterator (`for i in range(...)`).
                        let next = match frame.stack.last() {
                            Some(Value::Iterator(it)) => match &mut *it.kind.borrow_mut() {
                                IterKind::Range { cur, step, remaining } => Some(if *remaining > 0 {
                                    let v = *cur;
                                    *cur += *step;
                                    *remaining -= 1;
                                    Some(v)
                                } else {
                                    None
                                }),
                                _ => None,
                            },
                            _ => None,
                        };
                        match next {
                            Some(Some(v)) => {
                                frame.push(Value::Int(v));
                                continue;
                            }
                            Some(None) => {
                                frame.stack.pop();
                                frame.pc = t as usize;
                                continue;
                            }
                            None => {}
                        }
                        let it = frame.top().clone();
                        match &it {
                            Value::Generator(g) => match self.resume_generator(g, Value::None, GenMode::ForIter(t)) {
                                Ok(Some(f)) => {
                                    self.threads[tid].frames.push(frame);
                                    frame = f;
                                    break;
                                }
                                Ok(None) => {
                                    frame.stack.pop();
                                    frame.pc = t as usize;
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            },
                            _ => match self.iter_next(&it) {
                                Ok(Some(v)) => {
                                    frame.push(v);
                                    Ok(())
                                }
                                Ok(None) => {
                                    frame.stack.pop();
                                    frame.pc = t as usize;
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            },
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        let code_v = frame.pop();
                        let closure = if flags & 8 != 0 { Some(frame.pop()) } else { None };
                        let kwdefaults = if flags & 2 != 0 { Some(frame.pop()) } else { None };
                        let defaults = if flags & 1 != 0 { Some(frame.pop()) } else { None };
                        let f = self.make_function(code_v, defaults, kwdefaults, closure, &frame.globals);
                        frame.push(f);
                        Ok(())
                    }
                    Instr::Call(argc) => {
                        let n = argc as usize;
                        let len = frame.stack.len();
                        // Fast path: a simple Python function, exact arity.
                        if let Value::Function(f) = &frame.stack[len - n - 1] {
                            if f.code.simple && f.code.code.argcount as usize == n {
                                if self.threads[tid].frames.len() + 1 >= self.recursion_limit {
                                    let e = self.new_error("RecursionError", "maximum recursion depth exceeded");
                                    match self.handle_error(&mut frame, e, true) {
                                        Unwound::Continue => break,
                                        Unwound::Exit(x) => return x,
                                    }
                                }
                                let (code, globals) = (f.code.clone(), f.globals.clone());
                                let nf = self.new_frame_with_args(code, globals, &mut frame.stack, len - n);
                                frame.stack.pop();
                                self.threads[tid].frames.push(frame);
                                frame = nf;
                                plain_switch = true;
                                break;
                            }
                        }
                        if let Some(v) = call_quick(&frame.stack, n) {
                            frame.stack.truncate(len - n - 1);
                            frame.push(v);
                            continue;
                        }
                        // Fast path: the end of a `with` block on a native
                        // context manager (a lock): `__exit__(None, None, None)`.
                        if n == 3 {
                            if let Value::BoundMethod(m) = &frame.stack[len - 4] {
                                if let (Value::Builtin(b), Value::Native(_)) = (&m.func, &m.self_) {
                                    if let (Some(fast), true) = (b.fast0, is_fast_exit(&m.func)) {
                                        if let Some(v) = fast(self, &m.self_).value() {
                                            frame.stack.truncate(len - 4);
                                            frame.push(v);
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        let args = frame.stack.split_off(frame.stack.len() - argc as usize);
                        let callable = frame.pop();
                        match self.call_from_frame(&mut frame, callable, args, Vec::new()) {
                            CallOutcome::Value(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            CallOutcome::Error(e) => Err(e),
                            CallOutcome::Frame(f) => {
                                self.threads[tid].frames.push(frame);
                                frame = f;
                                break;
                            }
                            CallOutcome::Blocked => {
                                self.threads[tid].frames.push(frame);
                                return Exit::Switch;
                            }
                        }
                    }
                    Instr::CallKw(argc) => {
                        let names = frame.pop();
                        let mut args = frame.stack.split_off(frame.stack.len() - argc as usize);
                        let callable = frame.pop();
                        let names = match &names {
                            Value::Tuple(t) => t.clone(),
                            _ => Rc::new(Vec::new()),
                        };
                        let kwvals = args.split_off(args.len() - names.len());
                        let kwargs: KwArgs = names
                            .iter()
                            .zip(kwvals)
                            .map(|(n, v)| match n {
                                Value::Str(s) => (s.clone(), v),
                                _ => (Rc::new(PyStr::new(String::new())), v),
                            })
                            .collect();
                        match self.call_from_frame(&mut frame, callable, args, kwargs) {
                            CallOutcome::Value(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            CallOutcome::Error(e) => Err(e),
                            CallOutcome::Frame(f) => {
                                self.threads[tid].frames.push(frame);
                                frame = f;
                                break;
                            }
                            CallOutcome::Blocked => {
                                self.threads[tid].frames.push(frame);
                                return Exit::Switch;
                            }
                        }
                    }
                    Instr::CallEx(flag) => {
                        let kw = if flag & 1 != 0 { Some(frame.pop()) } else { None };
                        let args_v = frame.pop();
                        let callable = frame.pop();
                        let prepared = self.prepare_ex_args(&callable, args_v, kw);
                        match prepared {
                            Err(e) => Err(e),
                            Ok((args, kwargs)) => match self.call_from_frame(&mut frame, callable, args, kwargs) {
                                CallOutcome::Value(v) => {
                                    frame.push(v);
                                    Ok(())
                                }
                                CallOutcome::Error(e) => Err(e),
                                CallOutcome::Frame(f) => {
                                    self.threads[tid].frames.push(frame);
                                    frame = f;
                                    break;
                                }
                                CallOutcome::Blocked => {
                                    self.threads[tid].frames.push(frame);
                                    return Exit::Switch;
                                }
                            },
                        }
                    }
                    Instr::ReturnValue => {
                        let v = frame.pop();
                        // Fast path: a plain function returning to its caller.
                        if frame.returns_plainly() {
                            if let Some(mut caller) = self.threads[tid].frames.pop() {
                                caller.push(v);
                                let done = std::mem::replace(&mut frame, caller);
                                self.recycle_frame(done);
                                plain_switch = true;
                                break;
                            }
                        }
                        match self.finish_frame(frame, Ok(v)) {
                            Finished::Continue(f) => {
                                frame = f;
                                break;
                            }
                            Finished::Exit(x) => return x,
                        }
                    }
                    Instr::YieldValue => {
                        let v = frame.pop();
                        match self.yield_from_frame(frame, v) {
                            Finished::Continue(f) => {
                                frame = f;
                                break;
                            }
                            Finished::Exit(x) => return x,
                        }
                    }
                    Instr::GetYieldFromIter => {
                        let v = frame.pop();
                        match v {
                            Value::Generator(_) => {
                                frame.push(v);
                                Ok(())
                            }
                            _ => self.get_iter(&v).map(|it| frame.push(it)),
                        }
                    }
                    Instr::YieldFrom => {
                        let sent = frame.pop();
                        let sub = frame.top().clone();
                        match &sub {
                            Value::Generator(g) => match self.resume_generator(g, sent, GenMode::YieldFrom) {
                                Ok(Some(f)) => {
                                    // Re-executed when the delegating frame resumes.
                                    frame.pc = pc;
                                    self.threads[tid].frames.push(frame);
                                    frame = f;
                                    break;
                                }
                                Ok(None) => {
                                    frame.stack.pop();
                                    frame.push(Value::None);
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            },
                            _ => {
                                let r = if sent.is_none() {
                                    self.iter_next(&sub)
                                } else {
                                    self.call_method(&sub, "send", vec![sent]).map(Some)
                                };
                                match r {
                                    Ok(Some(v)) => {
                                        frame.pc = pc;
                                        match self.yield_from_frame(frame, v) {
                                            Finished::Continue(f) => {
                                                frame = f;
                                                break;
                                            }
                                            Finished::Exit(x) => return x,
                                        }
                                    }
                                    Ok(None) => {
                                        frame.stack.pop();
                                        frame.push(Value::None);
                                        Ok(())
                                    }
                                    Err(e) => match self.stop_iteration_value(&e) {
                                        Some(v) => {
                                            frame.stack.pop();
                                            frame.push(v);
                                            Ok(())
                                        }
                                        None => Err(e),
                                    },
                                }
                            }
                        }
                    }
                    Instr::LoadBuildClass => {
                        let v = self.builtins_get("__build_class__");
                        frame.push(v);
                        Ok(())
                    }
                    Instr::SetupFinally(h) => {
                        let depth = frame.stack.len() as u32;
                        frame.blocks.push(Block { kind: BlockKind::Finally, handler: h, depth, saved_exc: None });
                        Ok(())
                    }
                    Instr::SetupWith(h) => {
                        let depth = frame.stack.len() as u32 - 1;
                        frame.blocks.push(Block { kind: BlockKind::Finally, handler: h, depth, saved_exc: None });
                        Ok(())
                    }
                    Instr::PopBlock => {
                        frame.blocks.pop();
                        Ok(())
                    }
                    Instr::PopExcept => {
                        if let Some(b) = frame.blocks.pop() {
                            if b.kind == BlockKind::ExceptHandler {
                                self.threads[tid].handled = b.saved_exc;
                            }
                        }
                        Ok(())
                    }
                    Instr::JumpIfNotExcMatch(t) => {
                        let typ = frame.pop();
                        let exc = frame.pop();
                        self.exception_matches(&exc, &typ).map(|m| {
                            if !m {
                                frame.pc = t as usize;
                            }
                        })
                    }
                    Instr::RaiseVarargs(0) if self.threads[self.current].handled.is_some() => {
                        // A bare `raise` re-raises with its traceback as it
                        // is: no entry for this line (CPython's do_raise).
                        let err = self.make_raise(None, None);
                        match self.handle_error(&mut frame, err, false) {
                            Unwound::Continue => break,
                            Unwound::Exit(x) => return x,
                        }
                    }
                    Instr::RaiseVarargs(n) => {
                        let cause = if n == 2 { Some(frame.pop()) } else { None };
                        let exc = if n >= 1 { Some(frame.pop()) } else { None };
                        Err(self.make_raise(exc, cause))
                    }
                    Instr::Reraise => {
                        let exc = frame.pop();
                        match self.handle_error(&mut frame, PyErr::Exception(exc), false) {
                            Unwound::Continue => break,
                            Unwound::Exit(x) => return x,
                        }
                    }
                    Instr::BeforeWith => {
                        let mgr = frame.pop();
                        // Fast path: a native context manager (a lock) whose
                        // `__enter__` takes it at once; only the bound
                        // `__exit__` is made.
                        if let Value::Native(n) = &mgr {
                            if let Some((exit, enter)) = n.fast_with() {
                                if let Some(v) = enter(self, &mgr).value() {
                                    frame.push(Value::BoundMethod(Rc::new(BoundMethod { func: exit, self_: mgr })));
                                    frame.push(v);
                                    continue;
                                }
                            }
                        }
                        match self.before_with(&mgr) {
                            Ok((exit, enter)) => {
                                frame.push(exit);
                                match self.call_from_frame(&mut frame, enter, Vec::new(), Vec::new()) {
                                    CallOutcome::Value(v) => {
                                        frame.push(v);
                                        Ok(())
                                    }
                                    CallOutcome::Error(e) => Err(e),
                                    CallOutcome::Frame(f) => {
                                        self.threads[tid].frames.push(frame);
                                        frame = f;
                                        break;
                                    }
                                    CallOutcome::Blocked => {
                                        self.threads[tid].frames.push(frame);
                                        return Exit::Switch;
                                    }
                                }
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Instr::WithExceptStart => {
                        let n = frame.stack.len();
                        let exc = frame.stack[n - 1].clone();
                        let exit = frame.stack[n - 2].clone();
                        let typ = self.type_of_value(&exc);
                        let tb = self.traceback_object(&exc);
                        match self.call_from_frame(&mut frame, exit, vec![typ, exc, tb], Vec::new()) {
                            CallOutcome::Value(v) => {
                                frame.push(v);
                                Ok(())
                            }
                            CallOutcome::Error(e) => Err(e),
                            CallOutcome::Frame(f) => {
                                self.threads[tid].frames.push(frame);
                                frame = f;
                                break;
                            }
                            CallOutcome::Blocked => {
                                self.threads[tid].frames.push(frame);
                                return Exit::Switch;
                            }
                        }
                    }
                    Instr::LoadAssertionError => {
                        frame.push(Value::Class(self.types.exc("AssertionError")));
                        Ok(())
                    }
                    Instr::ImportName(i) => {
                        let fromlist = frame.pop();
                        let level = frame.pop();
                        let name = code.names[i as usize].clone();
                        let globals = frame.globals.clone();
                        self.import_name(name.as_str(), &fromlist, &level, &globals).map(|m| frame.push(m))
                    }
                    Instr::ImportFrom(i) => {
                        let m = frame.top().clone();
                        let name = code.names[i as usize].clone();
                        self.import_from(&m, &name).map(|v| frame.push(v))
                    }
                    Instr::ImportStar => {
                        let m = frame.pop();
                        let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        self.import_star(&m, &ns)
                    }
                };
                if let Err(e) = r {
                    // The handler may be in a caller frame: reload the code.
                    match self.handle_error(&mut frame, e, true) {
                        Unwound::Continue => break,
                        Unwound::Exit(x) => return x,
                    }
                }
            }
        }
    }

    /// An instruction failed: find a handler in this frame or the frames
    /// below it on this thread. `add_tb`: record the failing line (false for
    /// a re-raise, which keeps the traceback as it was).
    fn handle_error(&mut self, frame: &mut Box<Frame>, err: PyErr, add_tb: bool) -> Unwound {
        let tid = self.current;
        let exc = match err {
            PyErr::Exception(e) => e,
            PyErr::Blocked => {
                // A blocking native call deep inside: park the whole frame.
                let f = std::mem::replace(frame, Box::new(Frame::new(frame.code.clone(), frame.globals.clone(), None)));
                self.threads[tid].frames.push(f);
                return Unwound::Exit(Exit::Switch);
            }
        };
        if add_tb {
            self.add_traceback(&exc, &frame.code, frame.pc.saturating_sub(1));
            // Implicit chaining happens where an exception is raised.
            let handled = self.threads[tid].handled.clone();
            self.set_context(&exc, &handled);
        }
        let mut exc = exc;
        loop {
            while let Some(b) = frame.blocks.pop() {
                match b.kind {
                    BlockKind::ExceptHandler => {
                        self.threads[tid].handled = b.saved_exc;
                    }
                    BlockKind::Finally => {
                        frame.stack.truncate(b.depth as usize);
                        let prev = self.threads[tid].handled.take();
                        frame.blocks.push(Block { kind: BlockKind::ExceptHandler, handler: 0, depth: frame.stack.len() as u32, saved_exc: prev });
                        self.threads[tid].handled = Some(exc.clone());
                        frame.push(exc);
                        frame.pc = b.handler as usize;
                        return Unwound::Continue;
                    }
                }
            }
            // Not handled here: the frame ends with the exception.
            let f = std::mem::replace(frame, Box::new(Frame::new(frame.code.clone(), frame.globals.clone(), None)));
            match self.finish_frame(f, Err(PyErr::Exception(exc))) {
                Finished::Exit(x) => return Unwound::Exit(x),
                Finished::Continue(caller) => {
                    *frame = caller;
                    // finish_frame leaves a pending exception for the caller.
                    match self.threads[tid].pending.take() {
                        Some(Err(PyErr::Exception(e))) => {
                            self.add_traceback(&e, &frame.code, frame.pc.saturating_sub(1));
                            exc = e;
                        }
                        Some(Ok(v)) => {
                            frame.push(v);
                            return Unwound::Continue;
                        }
                        _ => return Unwound::Continue,
                    }
                }
            }
        }
    }

    /// A frame returned (`Ok`) or raised (`Err`). Deliver the outcome and
    /// give back the frame to continue with, if any, on this thread.
    fn finish_frame(&mut self, mut frame: Box<Frame>, result: PyResult<Value>) -> Finished {
        let tid = self.current;
        // Except-handler blocks left by a return inside `except`: restore.
        for b in frame.blocks.drain(..).rev() {
            if b.kind == BlockKind::ExceptHandler {
                self.threads[tid].handled = b.saved_exc;
            }
        }
        let mut result = result;
        let mut gen_mode = None;
        if let Some((g, mode)) = frame.generator.take() {
            g.running.set(false);
            *g.frame.borrow_mut() = None;
            self.gen_exc_finish(&g);
            gen_mode = Some(mode);
            if let Err(PyErr::Exception(e)) = &result {
                if self.is_instance_of(e, "StopIteration") {
                    let re = self.new_exception("RuntimeError", "generator raised StopIteration");
                    if let PyErr::Exception(rv) = &re {
                        self.set_cause(rv, e);
                    }
                    result = Err(re);
                }
            }
        }
        let ret = std::mem::replace(&mut frame.ret, ReturnTo::Push);
        // What the frame's result becomes for its receiver.
        let result = match (result, ret) {
            (Err(e), _) => Err(e),
            (Ok(v), ReturnTo::Init(inst)) => {
                if v.is_none() {
                    note_instance_size(&inst);
                    Ok(inst)
                } else {
                    let tn = self.type_name(&v);
                    Err(self.new_exception("TypeError", &format!("__init__() should return None, not '{}'", tn)))
                }
            }
            (Ok(_), ReturnTo::ClassBody(c)) => {
                let super::frame::ClassBody { name, bases, meta, kwargs } = *c;
                let ns = frame.locals.clone().unwrap_or_else(|| Rc::new(PyDict::new()));
                self.build_class(name, bases, meta, kwargs, ns)
            }
            (Ok(v), ReturnTo::ThreadExit) => return Finished::Exit(Exit::ThreadDone(Ok(v))),
            (Ok(v), ReturnTo::Push) => Ok(v),
        };
        if frame.boundary {
            self.recycle_frame(frame);
            return Finished::Exit(Exit::Boundary(result.map(FrameResult::Return)));
        }
        self.recycle_frame(frame);
        let mut caller = match self.threads[tid].frames.pop() {
            Some(c) => c,
            None => return Finished::Exit(Exit::ThreadDone(result)),
        };
        match result {
            Err(e) => self.threads[tid].pending = Some(Err(e)),
            Ok(v) => match gen_mode {
                Some(GenMode::ForIter(t)) => {
                    caller.stack.pop();
                    caller.pc = t as usize;
                }
                Some(GenMode::Next) => {
                    let e = self.stop_iteration(v);
                    self.threads[tid].pending = Some(Err(e));
                }
                Some(GenMode::YieldFrom) => {
                    caller.stack.pop();
                    caller.push(v);
                    caller.pc += 1;
                }
                None => caller.push(v),
            },
        }
        Finished::Continue(caller)
    }

    /// A generator frame yields `v`: store the frame back in its generator
    /// and deliver `v` to the resumer.
    fn yield_from_frame(&mut self, mut frame: Box<Frame>, v: Value) -> Finished {
        let tid = self.current;
        loop {
            let (g, mode) = match frame.generator.take() {
                Some(x) => x,
                None => {
                    return Finished::Exit(Exit::ThreadDone(Err(self.new_exception("SystemError", "yield outside a generator"))));
                }
            };
            g.running.set(false);
            self.gen_exc_suspend(&g);
            let boundary = frame.boundary;
            frame.boundary = false;
            *g.frame.borrow_mut() = Some(frame);
            if boundary {
                return Finished::Exit(Exit::Boundary(Ok(FrameResult::Yield(v))));
            }
            let mut caller = match self.threads[tid].frames.pop() {
                Some(c) => c,
                None => return Finished::Exit(Exit::ThreadDone(Ok(Value::None))),
            };
            match mode {
                GenMode::ForIter(_) | GenMode::Next => {
                    caller.push(v);
                    return Finished::Continue(caller);
                }
                GenMode::YieldFrom => {
                    // The delegating generator yields the same value.
                    frame = caller;
                    continue;
                }
            }
        }
    }

    /// Resume a generator: returns its frame to run (with `generator` set),
    /// or `None` if it is exhausted (ForIter).
    pub(crate) fn resume_generator(&mut self, g: &Rc<Generator>, sent: Value, mode: GenMode) -> PyResult<Option<Box<Frame>>> {
        if g.running.get() {
            return Err(self.new_exception("ValueError", "generator already executing"));
        }
        let f = g.frame.borrow_mut().take();
        let mut f = match f {
            Some(f) => f,
            None => {
                return match mode {
                    GenMode::ForIter(_) => Ok(None),
                    GenMode::YieldFrom => Ok(None),
                    GenMode::Next => Err(self.stop_iteration(Value::None)),
                };
            }
        };
        if f.pc > 0 {
            f.push(sent);
        } else if !sent.is_none() {
            *g.frame.borrow_mut() = Some(f);
            return Err(self.new_exception("TypeError", "can't send non-None value to a just-started generator"));
        }
        g.running.set(true);
        self.gen_exc_enter(g, &mut f);
        f.generator = Some((g.clone(), mode));
        Ok(Some(f))
    }

    /// Resume a generator from native code: `Ok(Some(v))` when it yields,
    /// `Ok(None)` when it returns (the value is dropped, as by `next`).
    pub fn gen_next_native(&mut self, g: &Rc<Generator>, sent: Value) -> PyResult<Option<Value>> {
        match self.gen_send_native(g, sent)? {
            FrameResult::Yield(v) => Ok(Some(v)),
            FrameResult::Return(_) => Ok(None),
        }
    }

    pub fn gen_send_native(&mut self, g: &Rc<Generator>, sent: Value) -> PyResult<FrameResult> {
        // An exhausted generator just returns again (None); the caller turns
        // that into StopIteration where Python asks for one.
        if !g.running.get() && g.frame.borrow().is_none() {
            return Ok(FrameResult::Return(Value::None));
        }
        match self.resume_generator(g, sent, GenMode::Next)? {
            None => Ok(FrameResult::Return(Value::None)),
            Some(f) => self.run_frame_nested(f),
        }
    }

    /// `gen.throw(exc)`: raise `exc` inside the generator where it stopped.
    /// A generator suspended in `yield from` passes it to its sub-iterator
    /// first, as CPython does.
    pub fn gen_throw_native(&mut self, g: &Rc<Generator>, exc: Value) -> PyResult<FrameResult> {
        if g.running.get() {
            return Err(self.new_exception("ValueError", "generator already executing"));
        }
        let f = g.frame.borrow_mut().take();
        let mut f = match f {
            Some(f) => f,
            None => return Err(PyErr::Exception(exc)),
        };
        if f.pc == 0 {
            // Never started: it ends at once with the exception.
            return Err(PyErr::Exception(exc));
        }
        if matches!(f.code.code.instructions[f.pc], Instr::YieldFrom) {
            let sub = f.top().clone();
            *g.frame.borrow_mut() = Some(f);
            g.running.set(true);
            let outcome = self.throw_into_subiterator(&sub, exc);
            g.running.set(false);
            f = match g.frame.borrow_mut().take() {
                Some(f) => f,
                None => return Err(self.new_exception("SystemError", "generator frame lost during throw")),
            };
            match outcome {
                Ok(FrameResult::Yield(v)) => {
                    *g.frame.borrow_mut() = Some(f);
                    return Ok(FrameResult::Yield(v));
                }
                Ok(FrameResult::Return(v)) => {
                    // `yield from` is over: its value, then the next instruction.
                    f.stack.pop();
                    f.push(v);
                    f.pc += 1;
                    return self.run_suspended_generator(g, f, None);
                }
                Err(e) => return self.run_suspended_generator(g, f, Some(e)),
            }
        }
        self.run_suspended_generator(g, f, Some(PyErr::Exception(exc)))
    }

    /// Throw into the iterator a `yield from` delegates to: a generator
    /// recursively, another iterator through its `throw` method if it has
    /// one. GeneratorExit closes the sub-iterator and comes back.
    fn throw_into_subiterator(&mut self, sub: &Value, exc: Value) -> PyResult<FrameResult> {
        if self.is_instance_of(&exc, "GeneratorExit") {
            if let Value::Generator(sg) = sub {
                let sg = sg.clone();
                self.call_method(&Value::Generator(sg), "close", Vec::new())?;
            } else if self.lookup_special(sub, "close").is_some() {
                self.call_method(sub, "close", Vec::new())?;
            }
            return Err(PyErr::Exception(exc));
        }
        if let Value::Generator(sg) = sub {
            let sg = sg.clone();
            return self.gen_throw_native(&sg, exc);
        }
        if self.lookup_special(sub, "throw").is_none() {
            return Err(PyErr::Exception(exc));
        }
        match self.call_method(sub, "throw", vec![exc]) {
            Ok(v) => Ok(FrameResult::Yield(v)),
            Err(e) => match self.stop_iteration_value(&e) {
                Some(v) => Ok(FrameResult::Return(v)),
                None => Err(e),
            },
        }
    }

    /// Run a suspended generator frame until it yields or ends, raising
    /// `pending` in it first if given (without pushing a sent value).
    fn run_suspended_generator(&mut self, g: &Rc<Generator>, mut f: Box<Frame>, pending: Option<PyErr>) -> PyResult<FrameResult> {
        g.running.set(true);
        self.gen_exc_enter(g, &mut f);
        f.generator = Some((g.clone(), GenMode::Next));
        f.boundary = true;
        let tid = self.current;
        if let Some(e) = pending {
            self.threads[tid].pending = Some(Err(e));
        }
        self.threads[tid].frames.push(f);
        self.threads[tid].nested += 1;
        let r = self.run_loop(Some(tid));
        self.threads[tid].nested -= 1;
        match r? {
            LoopEnd::Boundary(r) => r,
            LoopEnd::AllDone => Ok(FrameResult::Return(Value::None)),
        }
    }
}

pub(crate) enum LoopEnd {
    Boundary(PyResult<FrameResult>),
    AllDone,
}

enum Finished {
    Continue(Box<Frame>),
    Exit(Exit),
}

/// What a call from bytecode produced.
pub(crate) enum CallOutcome {
    Value(Value),
    Error(PyErr),
    /// A Python frame to run next (the caller is suspended).
    Frame(Box<Frame>),
    /// The thread blocked inside a native call.
    Blocked,
}

/// Switch points of CPython 3.10+: backward jumps and calls (function
/// entry is the first instruction of a frame).
#[inline]
fn is_switch_point(instr: &Instr, pc: usize) -> bool {
    match instr {
        Instr::Jump(t) => (*t as usize) <= pc,
        Instr::Call(_) | Instr::CallKw(_) | Instr::CallEx(_) | Instr::CallMethod(_) => true,
        _ => pc == 0,
    }
}

/// The call of the built-in below the top `n` values of `stack` by its
/// quick entry (see `QuickFn`), when it has one and it answers.
#[inline(always)]
fn call_quick(stack: &[Value], n: usize) -> Option<Value> {
    let at = stack.len() - n - 1;
    let Value::Builtin(b) = &stack[at] else { return None };
    (b.quick?)(&stack[at + 1..])
}

/// `__init__` has filled in a new instance: remember its size for the
/// next instances of the class (see `Class::inst_size`).
#[inline]
fn note_instance_size(inst: &Value) {
    if let Value::Instance(i) = inst {
        let n = i.dict.data.borrow().len().min(64) as u32;
        let cls = i.class.borrow();
        if cls.inst_size.get() != n {
            cls.inst_size.set(n);
        }
    }
}

fn deref_name(code: &CodeRef, i: usize) -> String {
    let c = &code.code;
    if i < c.cellvars.len() {
        c.cellvars[i].clone()
    } else {
        c.freevars.get(i - c.cellvars.len()).cloned().unwrap_or_default()
    }
}

impl Vm {
    /// `obj.name()` where `obj` is a native object (a lock) and `name` a
    /// method with a fast entry: LOAD_METHOD at `at`, CALL_METHOD 0 after
    /// it, maybe POP_TOP after that (`lock.acquire()` as a statement). When
    /// the slice has room for all of them (`extra`: how many of them follow
    /// the instruction being executed, plus the POP_TOP), run the method
    /// here and continue after the last: the same instructions are
    /// counted and no switch point is skipped. False: nothing was done.
    #[inline]
    fn fused_native_method(&mut self, code: &CodeRef, frame: &mut Frame, obj: &Value, at: usize, extra: i64) -> bool {
        let instrs = &code.code.instructions;
        let i = match (instrs.get(at), instrs.get(at + 1)) {
            (Some(Instr::LoadMethod(i)), Some(Instr::CallMethod(0))) => *i,
            _ => return false,
        };
        let n = match obj {
            Value::Native(n) => n,
            _ => return false,
        };
        let name = &code.names[i as usize];
        let fast = match n.class.dict.data.borrow().get_str(name.as_str(), name.hash()) {
            Some(Value::Builtin(b)) => match b.fast0 {
                Some(f) => f,
                None => return false,
            },
            _ => return false,
        };
        let pop = matches!(instrs.get(at + 2), Some(Instr::PopTop));
        if !self.sched.room_for(extra + pop as i64) {
            return false;
        }
        // The call happens after the CALL_METHOD's tick, as unfused (events
        // it causes, a wake-up, carry the same instruction count).
        self.sched.tick_n(extra);
        match fast(self, obj).value() {
            Some(v) => {
                if pop {
                    self.sched.tick_n(1);
                } else {
                    frame.push(v);
                }
                frame.pc = at + 2 + pop as usize;
                true
            }
            None => {
                self.sched.tick_n(-extra);
                false
            }
        }
    }

    fn unbound_deref_error(&mut self, code: &CodeRef, i: usize) -> PyErr {
        let name = deref_name(code, i);
        if i < code.code.cellvars.len() {
            self.new_error(
                "UnboundLocalError",
                &format!("cannot access local variable '{}' where it is not associated with a value", name),
            )
        } else {
            self.new_error(
                "NameError",
                &format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
            )
        }
    }
}

/// Arithmetic on two machine ints or floats without leaving the loop.
#[inline(always)]
pub fn fast_binop(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    fast_binop_num(op, a, b).map(|n| match n {
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
    })
}

/// A machine number, returned in registers by the arithmetic fast path
/// (an `Option<Value>` goes through memory).
#[derive(Clone, Copy)]
pub enum Num {
    Int(i64),
    Float(f64),
}

/// Arithmetic on two machine ints or floats that cannot fail or overflow;
/// `None` sends the operation to the general path.
#[inline(always)]
pub fn fast_binop_num(op: BinOp, a: &Value, b: &Value) -> Option<Num> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => x.checked_add(y).map(Num::Int),
                BinOp::Sub => x.checked_sub(y).map(Num::Int),
                BinOp::Mult => x.checked_mul(y).map(Num::Int),
                BinOp::BitAnd => Some(Num::Int(x & y)),
                BinOp::BitOr => Some(Num::Int(x | y)),
                BinOp::BitXor => Some(Num::Int(x ^ y)),
                BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                    let q = x / y;
                    Some(Num::Int(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }))
                }
                BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
                    let r = x % y;
                    Some(Num::Int(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }))
                }
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_op(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Num> {
    match op {
        BinOp::Add => Some(Num::Float(x + y)),
        BinOp::Sub => Some(Num::Float(x - y)),
        BinOp::Mult => Some(Num::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Num::Float(x / y)),
        _ => None,
    }
}

#[inline(always)]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => return Some(cmp_f64(op, *x, *y)),
        // Exact only below 2**53; larger ints take the slow exact path.
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1u64 << 53) => return Some(cmp_f64(op, *x as f64, *y)),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1u64 << 53) => return Some(cmp_f64(op, *x, *y as f64)),
        (Value::Str(x), Value::Str(y)) => {
            if matches!(op, CmpOp::Eq) {
                return Some(x.as_str() == y.as_str());
            }
            if matches!(op, CmpOp::NotEq) {
                return Some(x.as_str() != y.as_str());
            }
            x.as_str().cmp(y.as_str())
        }
        _ => return None,
    };
    use std::cmp::Ordering::*;
    Some(match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => return None,
    })
}

#[inline(always)]
fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => false,
    }
}
