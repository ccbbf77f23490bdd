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
use crate::vm::thread::{ThreadState, WaitReason, Waitable};
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
    site: String,
    /// What the lock stands for, when the library says so (a thread's end,
    /// for `join`); replaces the creation site in reports.
    label: RefCell<Option<String>>,
}

impl Waitable for LockState {
    fn remove_waiter(&self, tid: usize) {
        self.waiters.borrow_mut().retain(|w| w.0 != tid);
    }
    fn describe(&self) -> String {
        if let Some(l) = &*self.label.borrow() {
            return l.clone();
        }
        format!("{} created at {}", if self.reentrant { "RLock" } else { "Lock" }, self.site)
    }
    fn describe_names_holder(&self) -> bool {
        self.label.borrow().is_some()
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
            site: self.site.clone(),
            label: RefCell::new(self.label.borrow().clone()),
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
fn lock_acquire_fast(vm: &mut Vm, obj: &Value) -> Option<PyResult<Value>> {
    let lock = lock_state(obj)?;
    let me = vm.current;
    if !lock.locked.get() {
        lock.locked.set(true);
        lock.owner.set(me);
        lock.count.set(1);
        return Some(Ok(Value::Bool(true)));
    }
    if lock.reentrant && lock.owner.get() == me {
        lock.count.set(lock.count.get() + 1);
        return Some(Ok(Value::Bool(true)));
    }
    None
}

/// `lock.release()` of a lock that may be released; errors decline (the
/// ordinary entry raises them).
fn lock_release_fast(vm: &mut Vm, obj: &Value) -> Option<PyResult<Value>> {
    let lock = match obj {
        Value::Native(n) => &n.downcast::<Lock>()?.0,
        _ => return None,
    };
    if !lock.locked.get() || (lock.reentrant && lock.owner.get() != vm.current) {
        return None;
    }
    Some(release(vm, lock).map(|_| Value::None))
}

/// `__exit__(*args)` at the end of a `with` block: release (arguments ignored).
fn lock_exit_fast(vm: &mut Vm, obj: &Value) -> Option<PyResult<Value>> {
    Some(lock_release_fast(vm, obj)?.map(|_| Value::Bool(false)))
}

fn lock_locked_fast(_vm: &mut Vm, obj: &Value) -> Option<PyResult<Value>> {
    Some(Ok(Value::Bool(lock_state(obj)?.locked.get())))
}

pub fn new_lock(vm: &mut Vm, reentrant: bool) -> Value {
    let cls = lock_class(vm, reentrant);
    let site = vm.user_site_string();
    let st = LockState {
        locked: Cell::new(false),
        owner: Cell::new(0),
        count: Cell::new(0),
        reentrant,
        waiters: RefCell::new(VecDeque::new()),
        site,
        label: RefCell::new(None),
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
    let timeout = match arg_or_kw(a, 1, &mut kw, "timeout") {
        Some(t) if !t.is_none() => vm.float_arg(&t)?,
        _ => -1.0,
    };
    no_more_kwargs(vm, "acquire", &kw)?;
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
        return Err(vm.new_exception("OverflowError", "timestamp out of range for platform time_t"));
    }
    let deadline = if timeout >= 0.0 { Some(vm.now_ns() + (timeout * 1e9) as u64) } else { None };
    try_acquire(vm, lock, blocking, deadline, None)
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
    add_fn(d, "_pygil", "set_thread_name", pygil_set_thread_name);
    add_fn(d, "_pygil", "describe_lock", pygil_describe_lock);
}

/// `_pygil.describe_lock(lock, text)`: how deadlock reports name the lock.
fn pygil_describe_lock(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "describe_lock", args.len(), 2, 2)?;
    let lock = lock_of(vm, &args[0])?;
    let text = vm.to_str(&args[1])?;
    *lock.label.borrow_mut() = Some(text);
    Ok(Value::None)
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

/// `start_thread(function, args, kwargs, daemon, name) -> ident`
fn pygil_start_thread(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "start_thread", args.len(), 5, 5)?;
    let kwargs = if args[2].is_none() { Value::Dict(Rc::new(PyDict::new())) } else { args[2].clone() };
    check_start_args(vm, &args[0], &args[1], &kwargs)?;
    let daemon = vm.is_true(&args[3])?;
    let name = vm.to_str(&args[4])?;
    let t = vm.spawn_thread(args[0].clone(), args[1].clone(), kwargs, name, daemon)?;
    Ok(Value::from_bigint(vm.threads[t].ident.into()))
}

fn pygil_set_thread_name(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "set_thread_name", args.len(), 2, 2)?;
    let ident = vm.int_arg(&args[0], "set_thread_name")? as u64;
    let name = vm.to_str(&args[1])?;
    if let Some(t) = vm.threads.iter_mut().find(|t| t.ident == ident) {
        t.name = name;
    }
    Ok(Value::None)
}

fn allocate_lock(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "allocate_lock", args.len(), 0, 0)?;
    Ok(new_lock(vm, false))
}

fn rlock_new(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(new_lock(vm, true))
}

fn get_ident(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(vm.threads[vm.current].ident.into()))
}

fn get_native_id(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    // Like Linux thread ids: the process id for the main thread, then up.
    let base = if vm.config.deterministic { 1000 } else { std::process::id() as i64 };
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
