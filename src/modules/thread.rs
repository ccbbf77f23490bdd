//! `_thread`: starting VM threads, and the lock primitives everything in
//! `threading` and `queue` is built on.
//!
//! A lock that is taken parks the acquiring VM thread (the GIL goes to
//! another thread). Release wakes the first waiter, which then *retries*:
//! like CPython's locks, they are not handed over, so the releasing thread
//! may take the lock again before the waiter runs.

use crate::builtins::{add_fn, add_method, arg_or_kw, check_nargs, no_more_kwargs};
use crate::objects::*;
use crate::value::Value;
use crate::vm::thread::{Site, ThreadState, WaitReason, Waitable};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The largest timeout accepted (seconds), as CPython's on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub struct LockState {
    locked: Cell<bool>,
    /// For RLock: the owner and recursion count. For Lock: who took it
    /// (reports only).
    owner: Cell<usize>,
    count: Cell<u64>,
    reentrant: bool,
    /// Blocked acquirers and their absolute deadlines.
    waiters: RefCell<VecDeque<(usize, Option<u64>, Option<u64>)>>,
    /// `case14.py:12`: where the lock was created, for deadlock reports.
    site: Site,
}

impl Waitable for LockState {
    fn remove_waiter(&self, tid: usize) {
        self.waiters.borrow_mut().retain(|w| w.0 != tid);
    }
    fn describe(&self) -> String {
        format!("{} created at {}", if self.reentrant { "RLock" } else { "Lock" }, self.site.render())
    }
    fn holder(&self) -> Option<usize> {
        if self.locked.get() {
            Some(self.owner.get())
        } else {
            None
        }
    }
}

pub struct Lock(pub Rc<LockState>);

impl LockState {
    /// The child's copy after a fork: a new lock in the same state, with
    /// no waiters (their threads do not exist in the child). `owner` maps
    /// the holding thread to the child's (or to nobody).
    pub fn fork_copy(&self, owner: usize) -> LockState {
        LockState {
            locked: Cell::new(self.locked.get()),
            owner: Cell::new(owner),
            count: Cell::new(self.count.get()),
            reentrant: self.reentrant,
            waiters: RefCell::new(VecDeque::new()),
            // As text: the child must not share the parent's code objects.
            site: Site::Text(self.site.render()),
        }
    }
    pub fn owner(&self) -> usize {
        self.owner.get()
    }
}

fn lock_class(vm: &mut Vm, reentrant: bool) -> Rc<Class> {
    let key = if reentrant { "_thread.RLock" } else { "_thread.lock" };
    if let Some(c) = vm.native_classes.get(key) {
        return c.clone();
    }
    let name = if reentrant { "RLock" } else { "lock" };
    let cls = crate::vm::types::new_class(name, vec![vm.types.object.clone()], BaseKind::Other, true, "_thread");
    add_fast_method(vm, &cls, "acquire", lock_acquire, lock_acquire_fast);
    add_fast_method(vm, &cls, "acquire_lock", lock_acquire, lock_acquire_fast);
    add_fast_method(vm, &cls, "release", lock_release, lock_release_fast);
    add_fast_method(vm, &cls, "release_lock", lock_release, lock_release_fast);
    add_fast_method(vm, &cls, "__enter__", lock_acquire, lock_acquire_fast);
    add_fast_method(vm, &cls, "__exit__", lock_exit, lock_exit_fast);
    add_fast_method(vm, &cls, "locked", lock_locked, lock_locked_fast);
    add_fast_method(vm, &cls, "locked_lock", lock_locked, lock_locked_fast);
    add_method(&cls, "_at_fork_reinit", lock_reinit);
    add_method(&cls, "__repr__", lock_repr);
    if reentrant {
        add_method(&cls, "_is_owned", rlock_is_owned);
        add_method(&cls, "_release_save", rlock_release_save);
        add_method(&cls, "_acquire_restore", rlock_acquire_restore);
        add_method(&cls, "_recursion_count", rlock_recursion_count);
    }
    vm.native_classes.insert(key, cls.clone());
    cls
}

/// A method with a fast entry for `lock.name()` calls (see `FastMethod0`).
/// Its name is the interned one code objects use, so the method lookup
/// finds it by pointer.
fn add_fast_method(vm: &mut Vm, cls: &Rc<Class>, name: &str, f: BuiltinFn, fast: FastMethod0) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = cls.name();
    b.fast0 = Some(fast);
    dict_set_pystr(&cls.dict, vm.intern_string(name), Value::Builtin(Rc::new(b)));
}

#[inline]
fn lock_state(v: &Value) -> Option<&LockState> {
    match v {
        Value::Native(n) => n.downcast::<Lock>().map(|l| &*l.0),
        _ => None,
    }
}

/// `lock.acquire()` when it takes a free lock (or re-enters an RLock): the
/// common, uncontended case, done without an argument vector. A taken lock
/// declines: the ordinary entry blocks, with the call site for reports.
fn lock_acquire_fast(vm: &mut Vm, obj: &Value) -> FastResult {
    let lock = match lock_state(obj) {
        Some(l) => l,
        None => return FastResult::Declined,
    };
    let me = vm.current;
    if !lock.locked.get() {
        lock.locked.set(true);
        lock.owner.set(me);
        lock.count.set(1);
        return FastResult::Bool(true);
    }
    if lock.reentrant && lock.owner.get() == me {
        lock.count.set(lock.count.get() + 1);
        return FastResult::Bool(true);
    }
    FastResult::Declined
}

/// `lock.release()` of a lock that may be released; errors decline (the
/// ordinary entry raises them).
fn lock_release_fast(vm: &mut Vm, obj: &Value) -> FastResult {
    let lock = match obj {
        Value::Native(n) => match n.downcast::<Lock>() {
            Some(l) => &l.0,
            None => return FastResult::Declined,
        },
        _ => return FastResult::Declined,
    };
    if !lock.locked.get() || (lock.reentrant && lock.owner.get() != vm.current) || release(vm, lock).is_err() {
        return FastResult::Declined;
    }
    FastResult::None
}

/// `__exit__(*args)` at the end of a `with` block: release (arguments ignored).
fn lock_exit_fast(vm: &mut Vm, obj: &Value) -> FastResult {
    match lock_release_fast(vm, obj) {
        FastResult::Declined => FastResult::Declined,
        _ => FastResult::Bool(false),
    }
}

fn lock_locked_fast(_vm: &mut Vm, obj: &Value) -> FastResult {
    match lock_state(obj) {
        Some(l) => FastResult::Bool(l.locked.get()),
        None => FastResult::Declined,
    }
}

pub fn new_lock(vm: &mut Vm, reentrant: bool) -> Value {
    let cls = lock_class(vm, reentrant);
    let site = vm.user_site();
    let st = LockState {
        locked: Cell::new(false),
        owner: Cell::new(0),
        count: Cell::new(0),
        reentrant,
        waiters: RefCell::new(VecDeque::new()),
        site,
    };
    Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(Lock(Rc::new(st))) }))
}

fn lock_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<LockState>> {
    if let Value::Native(n) = v {
        if let Some(l) = n.downcast::<Lock>() {
            return Ok(l.0.clone());
        }
    }
    Err(vm.new_exception("TypeError", "descriptor requires a '_thread.lock' object"))
}

/// Try to take the lock; park the thread if it is taken (and may wait).
/// `restore`: for `_acquire_restore`, the recursion count to set once taken.
fn try_acquire(vm: &mut Vm, lock: Rc<LockState>, blocking: bool, deadline: Option<u64>, restore: Option<u64>) -> PyResult<Value> {
    let me = vm.current;
    if lock.reentrant && lock.locked.get() && lock.owner.get() == me {
        lock.count.set(lock.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    if !lock.locked.get() {
        lock.locked.set(true);
        lock.owner.set(me);
        lock.count.set(restore.unwrap_or(1));
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    if let Some(d) = deadline {
        if vm.now_ns() >= d {
            return Ok(Value::Bool(false));
        }
    }
    lock.waiters.borrow_mut().push_back((me, deadline, restore));
    let w: Rc<dyn Waitable> = lock.clone();
    Err(vm.block_until(WaitReason::Lock, Some(w), deadline, Value::Bool(false)))
}

/// `acquire(blocking=True, timeout=-1)`
fn lock_acquire(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    let a = &args[1..];
    // `__enter__` goes through here too, with no arguments.
    let blocking = match arg_or_kw(a, 0, &mut kw, "blocking") {
        Some(b) => vm.is_true(&b)?,
        None => true,
    };
    let timeout = arg_or_kw(a, 1, &mut kw, "timeout").unwrap_or(Value::Int(-1));
    no_more_kwargs(vm, "acquire", &kw)?;
    let deadline = acquire_deadline(vm, blocking, &timeout)?;
    try_acquire(vm, lock, blocking, deadline, None)
}

/// `acquire(blocking, timeout)`'s checks of its timeout in seconds (-1:
/// none), with CPython's messages; the absolute deadline.
fn acquire_deadline(vm: &mut Vm, blocking: bool, timeout: &Value) -> PyResult<Option<u64>> {
    if timeout.is_none() {
        return Err(vm.new_exception("TypeError", "'NoneType' object cannot be interpreted as an integer"));
    }
    let whole = matches!(timeout, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    let timeout = vm.float_arg(timeout)?;
    if !blocking && timeout != -1.0 {
        return Err(vm.new_exception("ValueError", "can't specify a timeout for a non-blocking call"));
    }
    // CPython's messages (the first two come from its time conversion).
    if timeout.is_nan() {
        return Err(vm.new_exception("ValueError", "Invalid value NaN (not a number)"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_exception("ValueError", "timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        // CPython converts ints and floats to its time type differently.
        let msg = if whole { "timestamp too large to convert to C _PyTime_t" } else { "timestamp out of range for platform time_t" };
        return Err(vm.new_exception("OverflowError", msg));
    }
    Ok(if timeout >= 0.0 { Some(vm.now_ns() + (timeout * 1e9) as u64) } else { None })
}

fn release(vm: &mut Vm, lock: &Rc<LockState>) -> PyResult<()> {
    if !lock.locked.get() {
        let msg = if lock.reentrant { "cannot release un-acquired lock" } else { "release unlocked lock" };
        return Err(vm.new_exception("RuntimeError", msg));
    }
    if lock.reentrant {
        if lock.owner.get() != vm.current {
            return Err(vm.new_exception("RuntimeError", "cannot release un-acquired lock"));
        }
        let c = lock.count.get() - 1;
        lock.count.set(c);
        if c > 0 {
            return Ok(());
        }
    }
    lock.locked.set(false);
    lock.count.set(0);
    let next = lock.waiters.borrow_mut().pop_front();
    if let Some((w, deadline, restore)) = next {
        let l = lock.clone();
        vm.wake_resume(w, Box::new(move |vm: &mut Vm| try_acquire(vm, l, true, deadline, restore)));
    }
    Ok(())
}

fn lock_release(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    release(vm, &lock)?;
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    release(vm, &lock)?;
    Ok(Value::Bool(false))
}

fn lock_locked(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    Ok(Value::Bool(lock.locked.get()))
}

fn lock_reinit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    lock.locked.set(false);
    lock.count.set(0);
    lock.waiters.borrow_mut().clear();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    let addr = vm.addr(&args[0]);
    Ok(Value::string(if lock.reentrant {
        let owner = if lock.locked.get() { vm.threads[lock.owner.get()].ident } else { 0 };
        format!(
            "<{} _thread.RLock object owner={} count={} at {}>",
            if lock.locked.get() { "locked" } else { "unlocked" },
            owner,
            lock.count.get(),
            addr
        )
    } else {
        format!("<{} _thread.lock object at {}>", if lock.locked.get() { "locked" } else { "unlocked" }, addr)
    }))
}

fn rlock_is_owned(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    Ok(Value::Bool(lock.locked.get() && lock.owner.get() == vm.current))
}

/// Release completely, returning the state to restore (Condition.wait).
fn rlock_release_save(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    if !lock.locked.get() || lock.owner.get() != vm.current {
        return Err(vm.new_exception("RuntimeError", "cannot release un-acquired lock"));
    }
    let count = lock.count.get();
    lock.count.set(1);
    release(vm, &lock)?;
    Ok(Value::Int(count as i64))
}

fn rlock_acquire_restore(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    let count = match args.get(1) {
        Some(Value::Int(c)) => *c as u64,
        Some(Value::Tuple(t)) => match t.first() {
            Some(Value::Int(c)) => *c as u64,
            _ => 1,
        },
        _ => 1,
    };
    try_acquire(vm, lock, true, None, Some(count.max(1)))?;
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let lock = lock_of(vm, &args[0])?;
    Ok(Value::Int(if lock.locked.get() && lock.owner.get() == vm.current { lock.count.get() as i64 } else { 0 }))
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("_thread"));
    let m = "_thread";
    add_fn(&d, m, "start_new_thread", start_new_thread);
    add_fn(&d, m, "start_new", start_new_thread);
    add_fn(&d, m, "allocate_lock", allocate_lock);
    add_fn(&d, m, "allocate", allocate_lock);
    add_fn(&d, m, "RLock", rlock_new);
    add_fn(&d, m, "get_ident", get_ident);
    add_fn(&d, m, "get_native_id", get_native_id);
    add_fn(&d, m, "exit", thread_exit);
    add_fn(&d, m, "exit_thread", thread_exit);
    add_fn(&d, m, "_count", count);
    add_fn(&d, m, "stack_size", stack_size);
    add_fn(&d, m, "interrupt_main", interrupt_main);
    let lt = lock_class(vm, false);
    dict_set_str(&d, "LockType", Value::Class(lt));
    dict_set_str(&d, "error", Value::Class(vm.types.exc("RuntimeError")));
    dict_set_str(&d, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(Value::Module(Rc::new(Module { name: "_thread".into(), dict: d })))
}

/// pygil's extensions used by threading.py (in the `_pygil` module).
pub fn add_pygil_functions(d: &PyDict) {
    add_fn(d, "_pygil", "start_thread", pygil_start_thread);
    add_fn(d, "_pygil", "join_thread", pygil_join_thread);
    add_fn(d, "_pygil", "thread_index", pygil_thread_index);
    add_fn(d, "_pygil", "set_thread_name", pygil_set_thread_name);
    add_fn(d, "_pygil", "event", pygil_event);
    add_event_method(d, "init", event_init, None);
    add_event_method(d, "is_set", event_is_set, Some(event_is_set_fast));
    add_event_method(d, "set", event_set, Some(event_set_fast));
    add_event_method(d, "clear", event_clear, Some(event_clear_fast));
    add_event_method(d, "wait", event_wait, None);
    add_fn(d, "_pygil", "counter", pygil_counter);
}

fn check_start_args(vm: &mut Vm, func: &Value, args: &Value, kwargs: &Value) -> PyResult<()> {
    let callable = matches!(func, Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_))
        || vm.lookup_special(func, "__call__").is_some();
    if !callable {
        return Err(vm.new_exception("TypeError", "first arg must be callable"));
    }
    if !matches!(args, Value::Tuple(_)) {
        return Err(vm.new_exception("TypeError", "2nd arg must be a tuple"));
    }
    if !matches!(kwargs, Value::Dict(_) | Value::None) {
        return Err(vm.new_exception("TypeError", "optional 3rd arg must be a dictionary"));
    }
    Ok(())
}

fn start_new_thread(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "start_new_thread", args.len(), 2, 3)?;
    let kwargs = args.get(2).cloned().unwrap_or(Value::None);
    check_start_args(vm, &args[0], &args[1], &kwargs)?;
    let kwargs = if kwargs.is_none() { Value::Dict(Rc::new(PyDict::new())) } else { kwargs };
    let n = vm.threads.len();
    let t = vm.spawn_thread(args[0].clone(), args[1].clone(), kwargs, format!("Thread-{}", n), true)?;
    vm.threads[t].raw_func = Some(args[0].clone());
    vm.threads[t].started_by_thread_module = true;
    Ok(Value::from_bigint(vm.threads[t].ident.into()))
}

/// `start_thread(function, daemon, name) -> handle`: a VM thread calling
/// `function()` (`Thread._bootstrap`); the handle is for `join_thread`.
fn pygil_start_thread(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "start_thread", args.len(), 3, 3)?;
    let daemon = vm.is_true(&args[1])?;
    let name = vm.to_str(&args[2])?;
    let mut args = args;
    let func = std::mem::replace(&mut args[0], Value::None);
    let t = vm.spawn_thread_call(func, name, daemon)?;
    Ok(Value::Int(t as i64))
}

/// `join_thread(handle, blocking, timeout)`: wait for the thread's end, as
/// `lock.acquire(blocking, timeout)` would for a lock held until then.
fn pygil_join_thread(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "join_thread", args.len(), 3, 3)?;
    let t = vm.int_arg(&args[0], "join_thread")?;
    let block = vm.is_true(&args[1])?;
    let deadline = acquire_deadline(vm, block, &args[2])?;
    if t < 0 || t as usize == vm.current {
        return Ok(Value::Bool(true));
    }
    vm.join_thread(t as usize, block, deadline)
}

/// The handle of the calling thread (for the main thread's Thread object).
fn pygil_thread_index(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.current as i64))
}

/// `set_thread_name(ident, name)`: the name pygil's reports use.
fn pygil_set_thread_name(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "set_thread_name", args.len(), 2, 2)?;
    let ident = vm.int_arg(&args[0], "set_thread_name")? as u64;
    // Usually the thread names itself (at its start): no search then.
    let t = if vm.threads[vm.current].ident == ident { Some(vm.current) } else { vm.threads.iter().position(|t| t.ident == ident) };
    if let Some(t) = t {
        if let Value::Str(s) = &args[1] {
            if vm.threads[t].name != s.as_str() {
                vm.threads[t].name = s.as_str().to_string();
            }
        } else {
            let name = vm.to_str(&args[1])?;
            vm.threads[t].name = name;
        }
    }
    Ok(Value::None)
}

// ------------------------------------------------------------------ events --

/// The state of a `threading.Event`: the flag and the threads waiting for
/// it (made at the first wait: most events, a Thread's `_started`, are
/// never waited on for long).
pub struct EventCore {
    flag: Cell<bool>,
    queue: RefCell<Option<Box<EventQueue>>>,
    site: Site,
}

/// The waiters, in order. A wait that times out leaves a hole (found
/// through `slot`), so no wait or wake-up scans the other waiters; holes
/// are squeezed out when they are half of the list.
#[derive(Default)]
struct EventQueue {
    waiters: Vec<usize>,
    /// Waiting thread -> its place in `waiters`.
    slot: crate::vm::fast_hash::FxHashMap<usize, usize>,
}

pub struct Event(pub Rc<EventCore>);

const HOLE: usize = usize::MAX;

impl Waitable for EventCore {
    fn remove_waiter(&self, tid: usize) {
        let mut q = self.queue.borrow_mut();
        let q = match q.as_mut() {
            Some(q) => q,
            None => return,
        };
        if let Some(i) = q.slot.remove(&tid) {
            q.waiters[i] = HOLE;
            if q.waiters.len() >= 32 && q.slot.len() * 2 < q.waiters.len() {
                q.waiters.retain(|&t| t != HOLE);
                for (i, &t) in q.waiters.iter().enumerate() {
                    q.slot.insert(t, i);
                }
            }
        }
    }
    fn describe(&self) -> String {
        format!("Event created at {}", self.site.render())
    }
    fn holder(&self) -> Option<usize> {
        None
    }
}

impl EventCore {
    /// The child's copy after a fork: the flag, no waiters.
    pub fn fork_copy(&self) -> EventCore {
        EventCore { flag: Cell::new(self.flag.get()), queue: RefCell::new(None), site: Site::Text(self.site.render()) }
    }
}

fn event_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("_pygil.event") {
        return c.clone();
    }
    let cls = crate::vm::types::new_class("event", vec![vm.types.object.clone()], BaseKind::Other, true, "_pygil");
    vm.native_classes.insert("_pygil.event", cls.clone());
    cls
}

/// `_pygil.event()`: a new, unset event core (`threading.Event._core`).
fn pygil_event(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let cls = event_class(vm);
    let site = vm.user_site();
    let core = EventCore { flag: Cell::new(false), queue: RefCell::new(None), site };
    Ok(Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(Event(Rc::new(core))) })))
}

/// `Event.__init__(self)`: `self._core = _pygil.event()`.
fn event_init(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    event_call_args(vm, "__init__", &args, kw, false)?;
    let core = pygil_event(vm, Vec::new(), Vec::new())?;
    let name = vm.intern("_core");
    vm.set_attr(&args[0], &name, core)?;
    // As after a Python __init__: later instances get a dict this big.
    if let Value::Instance(i) = &args[0] {
        let n = i.dict.data.borrow().len().min(64) as u32;
        let cls = i.class.borrow();
        if cls.inst_size.get() < n {
            cls.inst_size.set(n);
        }
    }
    Ok(Value::None)
}

/// The core of a `threading.Event` (its `_core` attribute).
fn event_core(v: &Value) -> Option<Rc<EventCore>> {
    static CORE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let h = *CORE.get_or_init(|| crate::objects::str_hash("_core"));
    match v {
        Value::Instance(i) => match i.dict.data.borrow().get_str("_core", h) {
            Some(Value::Native(n)) => n.downcast::<Event>().map(|e| e.0.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The arguments of `Event.name(self)` (`Event.wait(self, timeout=None)`
/// when `timeout`), checked with the messages CPython gives for its
/// methods written in Python; the timeout, if given.
fn event_call_args(vm: &mut Vm, name: &str, args: &[Value], mut kw: KwArgs, timeout: bool) -> PyResult<Option<Value>> {
    let mut t = if timeout { args.get(1).cloned() } else { None };
    if timeout {
        if let Some(v) = take_kw_arg(&mut kw, "timeout") {
            if t.is_some() {
                return Err(vm.new_exception("TypeError", &format!("Event.{}() got multiple values for argument 'timeout'", name)));
            }
            t = Some(v);
        }
    }
    if let Some((k, _)) = kw.first() {
        return Err(vm.new_exception("TypeError", &format!("Event.{}() got an unexpected keyword argument '{}'", name, k.as_str())));
    }
    let max = if timeout { 2 } else { 1 };
    if args.is_empty() {
        return Err(vm.new_exception("TypeError", &format!("Event.{}() missing 1 required positional argument: 'self'", name)));
    }
    if args.len() > max {
        let takes = if timeout { "from 1 to 2 positional arguments".to_string() } else { "1 positional argument".to_string() };
        return Err(vm.new_exception("TypeError", &format!("Event.{}() takes {} but {} were given", name, takes, args.len())));
    }
    Ok(t)
}

fn take_kw_arg(kw: &mut KwArgs, name: &str) -> Option<Value> {
    let i = kw.iter().position(|(k, _)| k.as_str() == name)?;
    Some(kw.remove(i).1)
}

fn event_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Rc<EventCore>> {
    if args.is_empty() {
        return Err(vm.new_exception("TypeError", &format!("Event.{}() missing 1 required positional argument: 'self'", name)));
    }
    match event_core(&args[0]) {
        Some(e) => Ok(e),
        None => {
            let tn = vm.type_name(&args[0]);
            Err(vm.new_exception("AttributeError", &format!("'{}' object has no attribute '_core'", tn)))
        }
    }
}

/// The methods of `threading.Event`, native: `Event.is_set` is
/// `_pygil.event_is_set` (a built-in in a class is a method in pygil).
fn add_event_method(d: &PyDict, name: &str, f: BuiltinFn, fast: Option<FastMethod0>) {
    let mut b = BuiltinFunction::new(name, f);
    b.module = "_pygil".to_string();
    b.fast0 = fast;
    dict_set_str(d, &format!("event_{}", name), Value::Builtin(Rc::new(b)));
}

fn event_is_set_fast(_vm: &mut Vm, obj: &Value) -> FastResult {
    match event_core(obj) {
        Some(e) => FastResult::Bool(e.flag.get()),
        None => FastResult::Declined,
    }
}

fn event_is_set(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    event_call_args(vm, "is_set", &args, kw, false)?;
    Ok(Value::Bool(event_arg(vm, "is_set", &args)?.flag.get()))
}

/// Set the flag and wake every waiter, in the order they came.
fn set_event(vm: &mut Vm, e: &Rc<EventCore>) {
    e.flag.set(true);
    let waiters = match e.queue.take() {
        Some(q) => q.waiters,
        None => return,
    };
    let me = Rc::as_ptr(e) as *const u8;
    for t in waiters {
        if t != HOLE && vm.blocked_on(t, me) {
            vm.wake(t, Ok(Value::Bool(true)));
        }
    }
}

fn event_set_fast(vm: &mut Vm, obj: &Value) -> FastResult {
    match event_core(obj) {
        Some(e) => {
            set_event(vm, &e);
            FastResult::None
        }
        None => FastResult::Declined,
    }
}

fn event_set(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    event_call_args(vm, "set", &args, kw, false)?;
    let e = event_arg(vm, "set", &args)?;
    set_event(vm, &e);
    Ok(Value::None)
}

fn event_clear_fast(_vm: &mut Vm, obj: &Value) -> FastResult {
    match event_core(obj) {
        Some(e) => {
            e.flag.set(false);
            FastResult::None
        }
        None => FastResult::Declined,
    }
}

fn event_clear(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    event_call_args(vm, "clear", &args, kw, false)?;
    event_arg(vm, "clear", &args)?.flag.set(false);
    Ok(Value::None)
}

/// `wait(timeout=None)`: what `threading.Event.wait` does in CPython, where
/// it waits on a condition: true at once when set; else wait forever
/// (None) or, if `timeout > 0`, until set (true) or timed out (false) with
/// the checks of a timed lock acquire; other timeouts give false at once.
fn event_wait(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let timeout = event_call_args(vm, "wait", &args, kw, true)?;
    let e = event_arg(vm, "wait", &args)?;
    if e.flag.get() {
        return Ok(Value::Bool(true));
    }
    let deadline = match timeout {
        None | Some(Value::None) => None,
        Some(t) => {
            let positive = vm.compare(crate::ast::CmpOp::Gt, &t, &Value::Int(0))?;
            if !vm.is_true(&positive)? {
                return Ok(Value::Bool(false));
            }
            acquire_deadline(vm, true, &t)?
        }
    };
    let me = vm.current;
    {
        let mut q = e.queue.borrow_mut();
        let q = q.get_or_insert_with(Default::default);
        q.slot.insert(me, q.waiters.len());
        q.waiters.push(me);
    }
    Err(vm.block_until(WaitReason::Event, Some(e), deadline, Value::Bool(false)))
}

// ----------------------------------------------------------------- counter --

/// `_pygil.counter()`: the `__next__` of a counter giving 1, 2, 3...
/// (`_counter` of threading's thread names: `itertools.count(1).__next__`
/// in CPython, atomic).
pub struct Counter(pub Cell<i64>);

fn pygil_counter(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let cls = match vm.native_classes.get("_pygil.counter") {
        Some(c) => c.clone(),
        None => {
            let cls = crate::vm::types::new_class("counter", vec![vm.types.object.clone()], BaseKind::Other, true, "_pygil");
            add_method(&cls, "__next__", counter_next);
            vm.native_classes.insert("_pygil.counter", cls.clone());
            cls
        }
    };
    let next = dict_get_str(&cls.dict, "__next__").unwrap_or(Value::None);
    let c = Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(Counter(Cell::new(0))) }));
    Ok(Value::BoundMethod(Rc::new(BoundMethod { func: next, self_: c })))
}

fn counter_next(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Native(n)) => match n.downcast::<Counter>() {
            Some(c) => {
                c.0.set(c.0.get() + 1);
                Ok(Value::Int(c.0.get()))
            }
            None => Err(vm.new_exception("TypeError", "descriptor requires a '_pygil.counter' object")),
        },
        _ => Err(vm.new_exception("TypeError", "descriptor requires a '_pygil.counter' object")),
    }
}

fn allocate_lock(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "allocate_lock", args.len(), 0, 0)?;
    Ok(new_lock(vm, false))
}

fn rlock_new(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(new_lock(vm, true))
}

fn get_ident(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.threads[vm.current].ident as i64))
}

fn get_native_id(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    // Like Linux thread ids: the process id for the main thread, then up.
    // (The OS process id, read once: getpid is a system call.)
    static PID: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    let base = if vm.config.deterministic { 1000 } else { *PID.get_or_init(|| std::process::id() as i64) };
    Ok(Value::Int(base + vm.current as i64))
}

fn thread_exit(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Err(vm.new_exception("SystemExit", ""))
}

fn count(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let n = vm.threads.iter().filter(|t| t.started_by_thread_module && t.state != ThreadState::Finished).count();
    Ok(Value::Int(n as i64))
}

fn stack_size(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn interrupt_main(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    vm.interrupt_main = true;
    Ok(Value::None)
}
