//! Freeing an interpreter's heap. Values are reference counted, and a
//! Python heap is full of cycles (a module's functions point back at the
//! module's globals, classes at their methods, threads at their objects),
//! so dropping a `Vm` alone leaks most of it: about 600 KB per run of a
//! small threaded program, which `pygil explore` would pay thousands of
//! times. `break_cycles` empties every container reachable from the
//! interpreter's roots, after which plain reference counting frees it all.
//! The interpreter must not run Python code afterwards.

use super::Vm;
use crate::value::Value;

impl Vm {
    pub fn break_cycles(&mut self) {
        let mut work: Vec<Value> = vec![Value::Dict(self.modules.clone()), Value::Dict(self.builtins.clone())];
        for t in self.threads.iter_mut() {
            for f in t.frames.drain(..) {
                push_frame(&mut work, *f);
            }
            work.push(std::mem::replace(&mut t.thread_obj, Value::None));
            t.resume = None;
            t.pending = None;
            t.handled = None;
        }
        for c in self.native_classes.values() {
            work.push(Value::Class(c.clone()));
        }
        work.extend(self.main_exception.take());
        work.extend(self.last_exception.take());
        self.frame_pool.clear();
        let mut seen: super::fast_hash::FxHashSet<usize> = Default::default();
        while let Some(v) = work.pop() {
            let addr = match container_addr(&v) {
                Some(a) => a,
                None => continue,
            };
            if !seen.insert(addr) {
                continue;
            }
            match &v {
                Value::Dict(d) => {
                    if let Ok(mut data) = d.data.try_borrow_mut() {
                        let taken = std::mem::take(&mut *data);
                        drop(data);
                        for e in taken.iter() {
                            work.push(e.key.clone());
                            work.push(e.value.clone());
                        }
                    }
                }
                Value::Module(m) => work.push(Value::Dict(m.dict.clone())),
                Value::Class(c) => {
                    work.push(Value::Dict(c.dict.clone()));
                    work.extend(c.bases.iter().map(|b| Value::Class(b.clone())));
                }
                Value::Instance(i) => {
                    work.push(Value::Dict(i.dict.clone()));
                    if let Ok(cls) = i.class.try_borrow() {
                        work.push(Value::Class(cls.clone()));
                    }
                }
                Value::List(l) => {
                    if let Ok(mut items) = l.items.try_borrow_mut() {
                        work.append(&mut items);
                    }
                }
                Value::Tuple(t) => work.extend(t.iter().cloned()),
                Value::Function(f) => {
                    work.push(Value::Dict(f.globals.clone()));
                    work.extend(f.defaults.iter().cloned());
                    work.extend(f.kwdefaults.iter().map(|d| Value::Dict(d.clone())));
                    work.extend(f.closure.iter().map(|c| Value::Cell(c.clone())));
                    if let Ok(mut d) = f.dict.try_borrow_mut() {
                        work.extend(d.take().map(Value::Dict));
                    }
                }
                Value::BoundMethod(b) => {
                    work.push(b.func.clone());
                    work.push(b.self_.clone());
                }
                Value::Cell(c) => {
                    if let Ok(mut x) = c.value.try_borrow_mut() {
                        work.push(std::mem::replace(&mut *x, Value::Null));
                    }
                }
                Value::Generator(g) => {
                    if let Ok(mut f) = g.frame.try_borrow_mut() {
                        if let Some(f) = f.take() {
                            push_frame(&mut work, *f);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn push_frame(work: &mut Vec<Value>, mut f: super::Frame) {
    work.push(Value::Dict(f.globals.clone()));
    work.extend(f.locals.take().map(Value::Dict));
    work.append(&mut f.fast);
    work.append(&mut f.stack);
    work.extend(f.cells.drain(..).map(Value::Cell));
}

/// The address of a container worth walking (others hold no cycles we
/// can break, or nothing at all).
fn container_addr(v: &Value) -> Option<usize> {
    use std::rc::Rc;
    Some(match v {
        Value::Dict(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Module(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Class(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Instance(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::List(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Tuple(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Function(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::BoundMethod(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Cell(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Generator(x) => Rc::as_ptr(x) as *const u8 as usize,
        _ => return None,
    })
}
