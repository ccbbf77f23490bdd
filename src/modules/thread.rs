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
    add_fn(d, "_pygil", "thread_registry", pygil_thread_registry);
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

// ------------------------------------------- the Thread start/end path --
//
// threading.Thread runs these where CPython runs lines of Python: the same
// attribute stores, reads and dict updates, in the same order, in one call
// instead of about a hundred instructions per thread (the 10,000-thread
// benchmark was mostly those instructions). Where the Python could run
// code of the program's (a property, an overridden method, a lock another
// thread holds), the native does nothing and says so, and threading.py
// runs its Python instead.

/// The registry's bound tuple: threading's objects, then interned names.
const R_ACTIVE: usize = 0;
const R_LIMBO: usize = 1;
const R_COUNTER: usize = 2;
const R_DAEMON_PROP: usize = 3;
const R_DELETE: usize = 4;
const R_STOP: usize = 5;
const R_NAMES: usize = 6;
/// The attribute names the natives store and read, interned as code
/// objects intern them (lookups in threading.py then find them by pointer).
const REGISTRY_NAMES: [&str; 16] = [
    "_target",
    "_name",
    "_args",
    "_kwargs",
    "_daemonic",
    "_ident",
    "_native_id",
    "_handle",
    "_started",
    "_is_stopped",
    "_initialized",
    "_bootstrap_inner",
    "_local_dicts",
    "daemon",
    "_delete",
    "_stop",
];
const N_NAME: usize = 1;
const N_DAEMONIC: usize = 4;
const N_IDENT: usize = 5;
const N_NATIVE_ID: usize = 6;
const N_HANDLE: usize = 7;
const N_STARTED: usize = 8;
const N_IS_STOPPED: usize = 9;
const N_INITIALIZED: usize = 10;
const N_BOOTSTRAP_INNER: usize = 11;
const N_LOCAL_DICTS: usize = 12;
const N_DAEMON: usize = 13;
const N_DELETE: usize = 14;
const N_STOP: usize = 15;

/// `thread_registry(counter, active, limbo, Thread.daemon, Thread._delete,
/// Thread._stop) -> (init, start, enter, exit)`, bound to threading's name
/// counter, `_active`, `_limbo` and Thread's own `daemon`, `_delete` and
/// `_stop`. The ones that update `_active` or `_limbo` take
/// `_active_limbo_lock` as an argument (a fork replaces it) and do their
/// update only when the lock is free or already the caller's, which is
/// what taking it would find; else they change nothing and return False.
///
/// - `init(self, target, name, args, kwargs, daemon, Event)`: the
///   attributes Thread.__init__ sets, in its order, with the default name
///   when `name` is None (`_newname("Thread-%d")`, then
///   `f" ({target.__name__})"` unless that raises AttributeError) and
///   `current_thread().daemon` when `daemon` is None and that is a plain
///   read (see `plain_current_daemon`); True when it was not, and the
///   caller must set `_daemonic` itself.
/// - `start(self, lock)`: the middle of Thread.start: `_limbo[self] =
///   self`, the VM thread running `self._bootstrap_inner`, `self._handle`.
/// - `enter(self, lock)`: the start of `_bootstrap_inner`: `_ident`,
///   `_native_id`, the VM thread's name, `_started.set()`, and when the
///   lock allows, `_active[ident] = self; del _limbo[self]` (False: the
///   caller does that part).
/// - `exit(self, lock)`: the end of `_bootstrap_inner`, `self._delete()`
///   and `self._stop()`, when they are Thread's and `self` has no
///   `threading.local` values to drop.
fn pygil_thread_registry(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "thread_registry", args.len(), 6, 6)?;
    let counter = match &args[0] {
        Value::BoundMethod(m) if matches!(&m.self_, Value::Native(n) if n.downcast::<Counter>().is_some()) => m.self_.clone(),
        _ => return Err(vm.new_exception("TypeError", "thread_registry() needs a _pygil.counter()")),
    };
    if !matches!((&args[1], &args[2]), (Value::Dict(_), Value::Dict(_))) {
        return Err(vm.new_exception("TypeError", "thread_registry(): _active and _limbo must be dicts"));
    }
    let mut items = vec![args[1].clone(), args[2].clone(), counter, args[3].clone(), args[4].clone(), args[5].clone()];
    for n in REGISTRY_NAMES {
        items.push(Value::Str(vm.intern_string(n)));
    }
    let bound = Value::tuple(items);
    let bind = |name: &str, f: BuiltinFn| {
        let mut b = BuiltinFunction::new(name, f);
        b.module = "_pygil".to_string();
        Value::BoundMethod(Rc::new(BoundMethod { func: Value::Builtin(Rc::new(b)), self_: bound.clone() }))
    };
    Ok(Value::tuple(vec![
        bind("init", registry_init),
        bind("start", registry_start),
        bind("enter", registry_enter),
        bind("exit", registry_exit),
    ]))
}

/// A registry call's bound tuple (`args[0]`).
struct Registry {
    items: Rc<Vec<Value>>,
}

impl Registry {
    fn dict(&self, i: usize) -> &Rc<PyDict> {
        match &self.items[i] {
            Value::Dict(d) => d,
            _ => unreachable!("checked by pygil_thread_registry"),
        }
    }
    fn active(&self) -> &Rc<PyDict> {
        self.dict(R_ACTIVE)
    }
    fn limbo(&self) -> &Rc<PyDict> {
        self.dict(R_LIMBO)
    }
    fn name(&self, i: usize) -> &Rc<PyStr> {
        match &self.items[R_NAMES + i] {
            Value::Str(s) => s,
            _ => unreachable!("checked by pygil_thread_registry"),
        }
    }
    /// Is `v` the registry's object `i` (`Thread.daemon`...)?
    fn is(&self, i: usize, v: &Option<Value>) -> bool {
        match (v.as_ref().and_then(|v| v.heap_ptr()), self.items[i].heap_ptr()) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }
}

/// The bound tuple of a registry call, after checking that `n` arguments
/// follow it.
fn registry(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<Registry> {
    check_nargs(vm, name, args.len(), n + 1, n + 1)?;
    match &args[0] {
        Value::Tuple(t) if t.len() == R_NAMES + REGISTRY_NAMES.len() => Ok(Registry { items: t.clone() }),
        _ => Err(vm.new_exception("TypeError", &format!("{}() is a method of _pygil.thread_registry()", name))),
    }
}

/// Would `lock.acquire()` succeed at once for the calling thread?
fn lock_free_for_me(vm: &Vm, lock: &Value) -> bool {
    match lock_state(lock) {
        Some(l) => !l.locked.get() || (l.reentrant && l.owner.get() == vm.current),
        None => false,
    }
}

/// An instance whose attribute reads of `names` are reads of its dict or
/// of a plain class attribute (no `__getattribute__`, no descriptors).
fn plain_instance<'a>(v: &'a Value) -> Option<&'a Rc<Instance>> {
    match v {
        Value::Instance(i) if i.class().flags.get() & HAS_GETATTRIBUTE == 0 => Some(i),
        _ => None,
    }
}

fn no_descriptor(cls: &Class, name: &PyStr) -> bool {
    matches!(cls.lookup(name.as_str(), name.hash()), None | Some(Value::Bool(_)) | Some(Value::Tuple(_)) | Some(Value::None))
}

/// `current_thread().daemon` when that is the current Thread's
/// `_daemonic` read by Thread's own `daemon` property (whose getter
/// asserts `_initialized`); else None.
fn plain_current_daemon(vm: &mut Vm, r: &Registry) -> PyResult<Option<Value>> {
    let ident = Value::Int(vm.threads[vm.current].ident as i64);
    let cur = match vm.dict_get(r.active(), &ident)? {
        Some(v) => v,
        None => return Ok(None),
    };
    let inst = match plain_instance(&cur) {
        Some(i) => i,
        None => return Ok(None),
    };
    let cls = inst.class();
    let daemon = r.name(N_DAEMON);
    if !r.is(R_DAEMON_PROP, &cls.lookup(daemon.as_str(), daemon.hash())) {
        return Ok(None);
    }
    let (initialized, daemonic) = (r.name(N_INITIALIZED), r.name(N_DAEMONIC));
    if !no_descriptor(&cls, initialized) || !no_descriptor(&cls, daemonic) {
        return Ok(None);
    }
    let d = inst.dict.data.borrow();
    Ok(match (d.get_str(initialized.as_str(), initialized.hash()), d.get_str(daemonic.as_str(), daemonic.hash())) {
        (Some(Value::Bool(true)), Some(v)) => Some(v.clone()),
        _ => None,
    })
}

/// `_newname("Thread-%d")` + `f" ({target.__name__})"`.
fn default_thread_name(vm: &mut Vm, r: &Registry, target: &Value) -> PyResult<Value> {
    let n = match counter_next(vm, vec![r.items[R_COUNTER].clone()], Vec::new())? {
        Value::Int(n) => n,
        _ => 0,
    };
    let mut name = String::with_capacity(32);
    {
        use std::fmt::Write;
        let _ = write!(name, "Thread-{}", n);
    }
    if !target.is_none() {
        let attr = vm.intern("__name__");
        match vm.get_attr(target, &attr) {
            Ok(v) => {
                name.push_str(" (");
                match &v {
                    Value::Str(s) => name.push_str(s.as_str()),
                    _ => name.push_str(&vm.to_str(&v)?),
                }
                name.push(')');
            }
            Err(e) => {
                if !e.exception().is_some_and(|x| vm.is_instance_of(x, "AttributeError")) {
                    return Err(e);
                }
            }
        }
    }
    Ok(Value::str(&name))
}

/// `Event()`: threading's own Event made here (its `__init__` is
/// `event_init` and its `__new__` object's); any other class is called.
fn new_event(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    if let Value::Class(c) = cls {
        let init = vm.intern("__init__");
        let new = vm.intern("__new__");
        let plain_init = matches!(c.lookup("__init__", init.hash()), Some(Value::Builtin(b)) if matches!(b.imp, BuiltinImpl::Fn(f) if f as *const () == event_init as *const ()));
        let plain_new = match c.lookup("__new__", new.hash()) {
            None => true,
            Some(Value::Builtin(b)) => b.owner == "object",
            Some(Value::Descriptor(d)) => matches!(&*d, Descriptor::StaticMethod(Value::Builtin(b)) if b.owner == "object"),
            Some(_) => false,
        };
        if plain_init && plain_new && !c.builtin {
            let obj = vm.object_new(c, &[]);
            event_init(vm, vec![obj.clone()], Vec::new())?;
            return Ok(obj);
        }
    }
    vm.call(cls, Vec::new(), Vec::new())
}

/// Is `ev.set` threading.Event's own (native) `set`?
fn is_plain_event(vm: &mut Vm, ev: &Value) -> bool {
    match plain_instance(ev) {
        Some(i) => {
            let set = vm.intern("set");
            i.dict.data.borrow().get_str("set", set.hash()).is_none()
                && matches!(i.class().lookup("set", set.hash()), Some(Value::Builtin(b)) if matches!(b.imp, BuiltinImpl::Fn(f) if f as *const () == event_set as *const ()))
        }
        None => false,
    }
}

fn registry_init(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = registry(vm, &args, "init", 7)?;
    let mut args = args;
    let event_cls = args.pop().unwrap_or(Value::None);
    let this = args[1].clone();
    let name = if args[3].is_none() { default_thread_name(vm, &r, &args[2])? } else { args[3].clone() };
    let mut unresolved = false;
    let daemon = if args[6].is_none() {
        match plain_current_daemon(vm, &r)? {
            Some(d) => d,
            None => {
                unresolved = true;
                Value::None
            }
        }
    } else {
        args[6].clone()
    };
    let mut values = [args[2].clone(), name, args[4].clone(), args[5].clone(), daemon].into_iter();
    for i in 0..=N_INITIALIZED {
        let v = match i {
            0..=N_DAEMONIC => values.next().unwrap_or(Value::None),
            N_STARTED => new_event(vm, &event_cls)?,
            N_IS_STOPPED => Value::Bool(false),
            N_INITIALIZED => Value::Bool(true),
            _ => Value::None,
        };
        vm.set_attr(&this, r.name(i), v)?;
    }
    Ok(Value::Bool(unresolved))
}

fn registry_start(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = registry(vm, &args, "start", 2)?;
    if !lock_free_for_me(vm, &args[2]) {
        return Ok(Value::Bool(false));
    }
    let this = &args[1];
    vm.dict_set(r.limbo(), this.clone(), this.clone())?;
    let started = (|| {
        let f = vm.get_attr(this, r.name(N_BOOTSTRAP_INNER))?;
        let daemonic = vm.get_attr(this, r.name(N_DAEMONIC))?;
        let name = vm.get_attr(this, r.name(N_NAME))?;
        pygil_start_thread(vm, vec![f, daemonic, name], Vec::new())
    })();
    match started {
        Ok(handle) => vm.set_attr(this, r.name(N_HANDLE), handle)?,
        Err(e) => {
            // (start() takes the lock for this; nothing ran in between.)
            vm.dict_del(r.limbo(), this)?;
            return Err(e);
        }
    }
    Ok(Value::Bool(true))
}

fn registry_enter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = registry(vm, &args, "enter", 2)?;
    let this = &args[1];
    let ident = get_ident(vm, Vec::new(), Vec::new())?;
    vm.set_attr(this, r.name(N_IDENT), ident.clone())?;
    let native_id = get_native_id(vm, Vec::new(), Vec::new())?;
    vm.set_attr(this, r.name(N_NATIVE_ID), native_id)?;
    let name = vm.get_attr(this, r.name(N_NAME))?;
    pygil_set_thread_name(vm, vec![ident.clone(), name], Vec::new())?;
    let started = vm.get_attr(this, r.name(N_STARTED))?;
    match event_core(&started).filter(|_| is_plain_event(vm, &started)) {
        Some(e) => set_event(vm, &e),
        None => {
            vm.call_method(&started, "set", Vec::new())?;
        }
    }
    if !lock_free_for_me(vm, &args[2]) {
        return Ok(Value::Bool(false));
    }
    vm.dict_set(r.active(), ident, this.clone())?;
    if vm.dict_del(r.limbo(), this)?.is_none() {
        return Err(vm.key_error(this.clone()));
    }
    Ok(Value::Bool(true))
}

fn registry_exit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = registry(vm, &args, "exit", 2)?;
    if !lock_free_for_me(vm, &args[2]) {
        return Ok(Value::Bool(false));
    }
    let this = &args[1];
    let inst = match plain_instance(this) {
        Some(i) => i,
        None => return Ok(Value::Bool(false)),
    };
    let cls = inst.class();
    let (delete, stop, local_dicts) = (r.name(N_DELETE), r.name(N_STOP), r.name(N_LOCAL_DICTS));
    if !r.is(R_DELETE, &cls.lookup(delete.as_str(), delete.hash())) || !r.is(R_STOP, &cls.lookup(stop.as_str(), stop.hash())) {
        return Ok(Value::Bool(false));
    }
    {
        let d = inst.dict.data.borrow();
        if d.get_str(delete.as_str(), delete.hash()).is_some() || d.get_str(stop.as_str(), stop.hash()).is_some() {
            return Ok(Value::Bool(false));
        }
        // `if self._local_dicts:` in _delete: only "no" is done here.
        let empty = match d.get_str(local_dicts.as_str(), local_dicts.hash()) {
            None => matches!(cls.lookup(local_dicts.as_str(), local_dicts.hash()), Some(Value::Tuple(t)) if t.is_empty()),
            Some(Value::Tuple(t)) => t.is_empty(),
            _ => false,
        };
        if !empty {
            return Ok(Value::Bool(false));
        }
    }
    // _delete(): del _active[get_ident()]; _stop(): self._is_stopped = True.
    let ident = get_ident(vm, Vec::new(), Vec::new())?;
    if vm.dict_del(r.active(), &ident)?.is_none() {
        return Err(vm.key_error(ident));
    }
    vm.set_attr(this, r.name(N_IS_STOPPED), Value::Bool(true))?;
    Ok(Value::Bool(true))
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
