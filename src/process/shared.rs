//! Objects shared between processes, like the pipes and semaphores that
//! survive fork(2): queues, semaphores, process handles, and the output
//! streams. Each is an `Arc` of `Mutex`-guarded state holding only `Send`
//! data; values inside are `SendValue`s (copies).
//!
//! A VM thread that must wait registers a `Waiter` (its process's inbox and
//! its thread index) and parks with a retry; whoever changes the state
//! wakes every waiter, and each retries its call (spurious wake-ups are
//! harmless, none is lost).

use super::sendable::SendValue;
use super::{Inbox, ProcShared};
use crate::builtins::add_fn;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{OutStream, PyErr, PyResult, Vm};
use std::collections::VecDeque;
use std::io::Write;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Waiter {
    pub inbox: Arc<Inbox>,
    pub tid: usize,
}

fn wake_all(ws: &mut Vec<Waiter>) {
    for w in ws.drain(..) {
        w.inbox.notify(w.tid);
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[derive(Default)]
pub struct QueueState {
    items: VecDeque<SendValue>,
    maxsize: usize,
    getters: Vec<Waiter>,
    putters: Vec<Waiter>,
    /// Items put and not yet `task_done()` (JoinableQueue).
    unfinished: i64,
    joiners: Vec<Waiter>,
}

#[derive(Default)]
pub struct SemState {
    value: i64,
    waiters: Vec<Waiter>,
}

/// A process-shared object as held by a native Python object.
#[derive(Clone)]
pub enum SharedObj {
    Queue(Arc<Mutex<QueueState>>),
    Sem(Arc<Mutex<SemState>>),
    Proc(Arc<ProcShared>),
}

// ------------------------------------------------------------ streams --

/// A stream owned by the first interpreter and written by all of them. The
/// host's writers are `Send` (see `Interpreter`), so a `Mutex` shares one.
pub struct SharedWriter(Arc<Mutex<OutStream>>);

impl Write for SharedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        lock(&self.0).write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        lock(&self.0).flush()
    }
}

#[derive(Clone)]
pub struct Streams {
    out: Arc<Mutex<OutStream>>,
    err: Arc<Mutex<OutStream>>,
}

/// Make the interpreter's stdout and stderr shareable (first fork).
pub fn share_streams(vm: &mut Vm) {
    if vm.process.streams.is_some() {
        return;
    }
    let out = std::mem::replace(&mut vm.stdout, Box::new(std::io::sink()));
    let err = std::mem::replace(&mut vm.stderr, Box::new(std::io::sink()));
    let s = Streams { out: Arc::new(Mutex::new(out)), err: Arc::new(Mutex::new(err)) };
    vm.stdout = Box::new(SharedWriter(s.out.clone()));
    vm.stderr = Box::new(SharedWriter(s.err.clone()));
    vm.process.streams = Some(s);
}

/// A child's stdout and stderr: the parent's streams.
pub fn child_streams(parent: &mut Vm) -> (OutStream, OutStream) {
    share_streams(parent);
    let s = parent.process.streams.clone().expect("shared streams");
    (Box::new(SharedWriter(s.out)), Box::new(SharedWriter(s.err)))
}

// ------------------------------------------------------------ natives --

fn shared_class(vm: &mut Vm, key: &'static str) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get(key) {
        return c.clone();
    }
    let cls = crate::vm::types::new_class(key.trim_start_matches("_pygil."), vec![vm.types.object.clone()], BaseKind::Other, true, "_pygil");
    crate::builtins::add_method(&cls, "__reduce__", shared_reduce);
    vm.native_classes.insert(key, cls.clone());
    cls
}

/// Shared objects are inherited by children, never pickled.
fn shared_reduce(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let _ = args;
    Err(vm.new_exception("RuntimeError", "Queue objects should only be shared between processes through inheritance"))
}

fn wrap(vm: &mut Vm, key: &'static str, s: SharedObj) -> Value {
    let class = shared_class(vm, key);
    Value::Native(Rc::new(NativeObj { class, data: Box::new(s) }))
}

fn shared_of(vm: &mut Vm, v: &Value) -> PyResult<SharedObj> {
    if let Value::Native(n) = v {
        if let Some(s) = n.downcast::<SharedObj>() {
            return Ok(s.clone());
        }
    }
    Err(vm.new_exception("TypeError", "expected a process-shared object"))
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// `timeout` (seconds or None) as an absolute clock time.
fn deadline(vm: &mut Vm, timeout: &Value) -> PyResult<Option<u64>> {
    let secs = match timeout {
        Value::None => return Ok(None),
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        _ => return Err(vm.new_exception("TypeError", "timeout must be a number or None")),
    };
    let now = vm.now_ns();
    Ok(Some(now + if secs <= 0.0 { 0 } else { (secs * 1e9) as u64 }))
}

fn expired(vm: &Vm, dl: Option<u64>) -> bool {
    dl.map_or(false, |d| vm.now_ns() >= d)
}

pub fn add_functions(d: &Rc<PyDict>) {
    let m = "_pygil";
    add_fn(d, m, "mp_queue", mp_queue);
    add_fn(d, m, "mp_put", mp_put);
    add_fn(d, m, "mp_get", mp_get);
    add_fn(d, m, "mp_qsize", mp_qsize);
    add_fn(d, m, "mp_task_done", mp_task_done);
    add_fn(d, m, "mp_qjoin", mp_qjoin);
    add_fn(d, m, "mp_sem", mp_sem);
    add_fn(d, m, "mp_acquire", mp_acquire);
    add_fn(d, m, "mp_release", mp_release);
    add_fn(d, m, "mp_sem_value", mp_sem_value);
    add_fn(d, m, "mp_child", mp_child);
    add_fn(d, m, "mp_join", mp_join);
    add_fn(d, m, "mp_exitcode", mp_exitcode);
    add_fn(d, m, "mp_terminate", mp_terminate);
    add_fn(d, m, "mp_set_daemon", mp_set_daemon);
    add_fn(d, m, "mp_children", mp_children);
}

fn mp_queue(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let maxsize = match arg(&args, 0) {
        Value::Int(i) if i > 0 => i as usize,
        _ => 0,
    };
    let q = QueueState { maxsize, ..Default::default() };
    Ok(wrap(vm, "_pygil.SharedQueue", SharedObj::Queue(Arc::new(Mutex::new(q)))))
}

fn queue_of(vm: &mut Vm, v: &Value) -> PyResult<Arc<Mutex<QueueState>>> {
    match shared_of(vm, v)? {
        SharedObj::Queue(q) => Ok(q),
        _ => Err(vm.new_exception("TypeError", "expected a queue")),
    }
}

/// `mp_put(q, obj, block, timeout)` -> True, or False when full.
fn mp_put(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let q = queue_of(vm, &arg(&args, 0))?;
    let item = super::sendable::encode(vm, &arg(&args, 1))?;
    let block = vm.is_true(&arg(&args, 2))?;
    let dl = deadline(vm, &arg(&args, 3))?;
    queue_put(vm, q, item, block, dl)
}

fn queue_put(vm: &mut Vm, q: Arc<Mutex<QueueState>>, item: SendValue, block: bool, dl: Option<u64>) -> PyResult<Value> {
    let mut st = lock(&q);
    if st.maxsize > 0 && st.items.len() >= st.maxsize {
        if !block || expired(vm, dl) {
            return Ok(Value::Bool(false));
        }
        let w = vm.waiter();
        st.putters.push(w);
        drop(st);
        let q2 = q.clone();
        return Err(vm.block_external(None, dl, Value::Bool(false), Box::new(move |vm| queue_put(vm, q2, item, block, dl))));
    }
    st.items.push_back(item);
    st.unfinished += 1;
    wake_all(&mut st.getters);
    Ok(Value::Bool(true))
}

/// `mp_get(q, block, timeout)` -> (True, item), or (False, None) when empty.
fn mp_get(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let q = queue_of(vm, &arg(&args, 0))?;
    let block = vm.is_true(&arg(&args, 1))?;
    let dl = deadline(vm, &arg(&args, 2))?;
    queue_get(vm, q, block, dl)
}

fn queue_get(vm: &mut Vm, q: Arc<Mutex<QueueState>>, block: bool, dl: Option<u64>) -> PyResult<Value> {
    let mut st = lock(&q);
    if let Some(item) = st.items.pop_front() {
        wake_all(&mut st.putters);
        drop(st);
        let v = super::sendable::decode(vm, item)?;
        return Ok(Value::tuple(vec![Value::Bool(true), v]));
    }
    let none = Value::tuple(vec![Value::Bool(false), Value::None]);
    if !block || expired(vm, dl) {
        return Ok(none);
    }
    let w = vm.waiter();
    st.getters.push(w);
    drop(st);
    let q2 = q.clone();
    Err(vm.block_external(None, dl, none, Box::new(move |vm| queue_get(vm, q2, block, dl))))
}

fn mp_qsize(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let q = queue_of(vm, &arg(&args, 0))?;
    let st = lock(&q);
    Ok(Value::Int(st.items.len() as i64))
}

fn mp_task_done(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let q = queue_of(vm, &arg(&args, 0))?;
    let mut st = lock(&q);
    if st.unfinished <= 0 {
        drop(st);
        return Err(vm.new_exception("ValueError", "task_done() called too many times"));
    }
    st.unfinished -= 1;
    if st.unfinished == 0 {
        wake_all(&mut st.joiners);
    }
    Ok(Value::None)
}

fn mp_qjoin(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let q = queue_of(vm, &arg(&args, 0))?;
    queue_join(vm, q)
}

fn queue_join(vm: &mut Vm, q: Arc<Mutex<QueueState>>) -> PyResult<Value> {
    let mut st = lock(&q);
    if st.unfinished == 0 {
        return Ok(Value::None);
    }
    let w = vm.waiter();
    st.joiners.push(w);
    drop(st);
    Err(vm.block_external(None, None, Value::None, Box::new(move |vm| queue_join(vm, q))))
}

fn mp_sem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let value = match arg(&args, 0) {
        Value::Int(i) => i,
        _ => 1,
    };
    Ok(wrap(vm, "_pygil.SharedSemaphore", SharedObj::Sem(Arc::new(Mutex::new(SemState { value, waiters: Vec::new() })))))
}

fn sem_of(vm: &mut Vm, v: &Value) -> PyResult<Arc<Mutex<SemState>>> {
    match shared_of(vm, v)? {
        SharedObj::Sem(s) => Ok(s),
        _ => Err(vm.new_exception("TypeError", "expected a semaphore")),
    }
}

/// `mp_acquire(sem, block, timeout)` -> bool
fn mp_acquire(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = sem_of(vm, &arg(&args, 0))?;
    let block = vm.is_true(&arg(&args, 1))?;
    let dl = deadline(vm, &arg(&args, 2))?;
    sem_acquire(vm, s, block, dl)
}

fn sem_acquire(vm: &mut Vm, s: Arc<Mutex<SemState>>, block: bool, dl: Option<u64>) -> PyResult<Value> {
    let mut st = lock(&s);
    if st.value > 0 {
        st.value -= 1;
        return Ok(Value::Bool(true));
    }
    if !block || expired(vm, dl) {
        return Ok(Value::Bool(false));
    }
    let w = vm.waiter();
    st.waiters.push(w);
    drop(st);
    let s2 = s.clone();
    Err(vm.block_external(None, dl, Value::Bool(false), Box::new(move |vm| sem_acquire(vm, s2, block, dl))))
}

/// `mp_release(sem, maxvalue)`: maxvalue None for no bound.
fn mp_release(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = sem_of(vm, &arg(&args, 0))?;
    let max = match arg(&args, 1) {
        Value::Int(i) => Some(i),
        _ => None,
    };
    let mut st = lock(&s);
    if let Some(m) = max {
        if st.value >= m {
            drop(st);
            return Err(vm.new_exception("ValueError", "semaphore or lock released too many times"));
        }
    }
    st.value += 1;
    wake_all(&mut st.waiters);
    Ok(Value::None)
}

fn mp_sem_value(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = sem_of(vm, &arg(&args, 0))?;
    let st = lock(&s);
    Ok(Value::Int(st.value))
}

fn proc_of(vm: &mut Vm, v: &Value) -> PyResult<Arc<ProcShared>> {
    match shared_of(vm, v)? {
        SharedObj::Proc(p) => Ok(p),
        _ => Err(vm.new_exception("TypeError", "expected a process")),
    }
}

/// `mp_child(pid)`: the handle of a child this interpreter forked.
fn mp_child(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let pid = match arg(&args, 0) {
        Value::Int(i) => i,
        _ => -1,
    };
    match vm.process.children.iter().find(|c| c.pid == pid).cloned() {
        Some(c) => Ok(wrap(vm, "_pygil.ProcessHandle", SharedObj::Proc(c))),
        None => Err(vm.new_exception("ChildProcessError", "[Errno 10] No child processes")),
    }
}

/// `mp_join(p, timeout)` -> exit code, or None when the timeout expired.
fn mp_join(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let p = proc_of(vm, &arg(&args, 0))?;
    let dl = deadline(vm, &arg(&args, 1))?;
    proc_join(vm, p, dl)
}

pub fn proc_join(vm: &mut Vm, p: Arc<ProcShared>, dl: Option<u64>) -> PyResult<Value> {
    if let Some(c) = p.exitcode() {
        return Ok(Value::Int(c as i64));
    }
    if expired(vm, dl) {
        return Ok(Value::None);
    }
    let w = vm.waiter();
    if !p.add_waiter(w) {
        return Ok(Value::Int(p.exitcode().unwrap_or(0) as i64));
    }
    Err(vm.block_external(None, dl, Value::None, Box::new(move |vm| proc_join(vm, p, dl))))
}

fn mp_exitcode(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let p = proc_of(vm, &arg(&args, 0))?;
    Ok(p.exitcode().map_or(Value::None, |c| Value::Int(c as i64)))
}

/// `mp_terminate(p, code)`: -15 (terminate) or -9 (kill).
fn mp_terminate(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let p = proc_of(vm, &arg(&args, 0))?;
    let code = match arg(&args, 1) {
        Value::Int(-9) => -9,
        _ => -15,
    };
    p.signal(code);
    Ok(Value::None)
}

fn mp_set_daemon(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let p = proc_of(vm, &arg(&args, 0))?;
    let d = vm.is_true(&arg(&args, 1))?;
    p.daemon.store(d, std::sync::atomic::Ordering::Release);
    Ok(Value::None)
}

/// Pids of the children still running.
fn mp_children(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let pids = vm.process.children.iter().filter(|c| c.exitcode().is_none()).map(|c| Value::Int(c.pid)).collect();
    Ok(Value::list(pids))
}

pub fn blocked() -> PyErr {
    PyErr::Blocked
}
