//! Fork: a deep copy of an interpreter's heap into a new `Vm`.
//!
//! Everything reachable from the VM's roots (types, builtins, `sys.modules`,
//! interned names, native classes, and the frames of the forking thread) is
//! copied once, through an identity memo (old address -> new object), so
//! sharing and cycles survive and the copy shares no `Rc` with the parent.
//! That is what makes it sound to move the copy to another OS thread
//! (`SendVm`). Only `Arc`s of process-shared objects (queues, process
//! handles) and immutable compiled code (`Arc<CodeObject>`) are shared.
//!
//! Copy rules for natives follow fork(2): a lock is a new lock in the same
//! state (held by the child's thread if the forking thread held it, else by
//! nobody), a file is a duplicated descriptor, a process-shared object is
//! the same object.

use super::shared::SharedObj;
use crate::objects::*;
use crate::value::Value;
use crate::vm::frame::{Block, ClassBody, Frame, ReturnTo};
use crate::vm::{Types, Vm, VmThread};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Identity memo: old heap address -> the copy (as a `Value`, or for `Rc`s
/// that are not values, in a typed table).
#[derive(Default)]
pub struct Copier {
    values: HashMap<usize, Value>,
    strs: HashMap<usize, Rc<PyStr>>,
    dicts: HashMap<usize, Rc<PyDict>>,
    classes: HashMap<usize, Rc<Class>>,
    codes: HashMap<usize, Rc<CodeRef>>,
    cells: HashMap<usize, Rc<CellObj>>,
    gens: HashMap<usize, Rc<Generator>>,
    /// The forking thread's index in the parent (it is thread 0 in the child).
    pub forking_thread: usize,
}

fn addr<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

impl Copier {
    pub fn str(&mut self, s: &Rc<PyStr>) -> Rc<PyStr> {
        if let Some(n) = self.strs.get(&addr(s)) {
            return n.clone();
        }
        let n = Rc::new(PyStr::new(s.as_str().to_string()));
        self.strs.insert(addr(s), n.clone());
        n
    }

    pub fn dict(&mut self, d: &Rc<PyDict>) -> Rc<PyDict> {
        if let Some(n) = self.dicts.get(&addr(d)) {
            return n.clone();
        }
        // Memoised before its contents: a dict may contain itself.
        let n = Rc::new(PyDict::new());
        self.dicts.insert(addr(d), n.clone());
        let data = d.data.borrow().clone();
        let copied = data.remap(&mut |e| {
            let key = self.value(&e.key);
            let hash = rehash(e.hash, &e.key, &key);
            DictEntry { hash, key, value: self.value(&e.value) }
        });
        *n.data.borrow_mut() = copied;
        n
    }

    fn set(&mut self, s: &Rc<PySet>) -> Rc<PySet> {
        let data = s.data.borrow().clone();
        let copied = data.remap(&mut |h, k| {
            let nk = self.value(k);
            (rehash(h, k, &nk), nk)
        });
        Rc::new(PySet::with_data(copied))
    }

    pub fn class(&mut self, c: &Rc<Class>) -> Rc<Class> {
        if let Some(n) = self.classes.get(&addr(c)) {
            return n.clone();
        }
        let bases: Vec<Rc<Class>> = c.bases.iter().map(|b| self.class(b)).collect();
        let mro_rest: Vec<Rc<Class>> = c.mro_rest.iter().map(|b| self.class(b)).collect();
        if let Some(n) = self.classes.get(&addr(c)) {
            return n.clone();
        }
        let dict = Rc::new(PyDict::new());
        let n = Rc::new(Class {
            name: RefCell::new(c.name.borrow().clone()),
            qualname: RefCell::new(c.qualname.borrow().clone()),
            module: RefCell::new(c.module.borrow().clone()),
            bases,
            mro_rest,
            dict: dict.clone(),
            base_kind: c.base_kind,
            builtin: c.builtin,
            ctor: Cell::new(c.ctor.get()),
            flags: Cell::new(c.flags.get()),
            inst_size: Cell::new(c.inst_size.get()),
            meta: RefCell::new(None),
        });
        let meta = c.meta.borrow().clone();
        *n.meta.borrow_mut() = meta.map(|m| self.class(&m));
        self.classes.insert(addr(c), n.clone());
        self.dicts.insert(addr(&c.dict), dict.clone());
        let data = c.dict.data.borrow().clone();
        let copied = data.remap(&mut |e| {
            let key = self.value(&e.key);
            let hash = rehash(e.hash, &e.key, &key);
            DictEntry { hash, key, value: self.value(&e.value) }
        });
        *dict.data.borrow_mut() = copied;
        n
    }

    pub fn code(&mut self, c: &Rc<CodeRef>) -> Rc<CodeRef> {
        if let Some(n) = self.codes.get(&addr(c)) {
            return n.clone();
        }
        let n = Rc::new(CodeRef {
            code: c.code.clone(),
            consts: c.consts.iter().map(|v| self.value(v)).collect(),
            names: c.names.iter().map(|s| self.str(s)).collect(),
            varnames: c.varnames.iter().map(|s| self.str(s)).collect(),
            filename: Rc::from(&*c.filename),
            simple: c.simple,
            globals_cache: Default::default(),
            attr_sites: crate::vm::attr_sites::AttrSites::new(c.names.len()),
        });
        self.codes.insert(addr(c), n.clone());
        n
    }

    fn cell(&mut self, c: &Rc<CellObj>) -> Rc<CellObj> {
        if let Some(n) = self.cells.get(&addr(c)) {
            return n.clone();
        }
        let n = Rc::new(CellObj::new(Value::Null));
        self.cells.insert(addr(c), n.clone());
        let v = self.value(&c.value.borrow());
        *n.value.borrow_mut() = v;
        n
    }

    fn generator(&mut self, g: &Rc<Generator>) -> Rc<Generator> {
        if let Some(n) = self.gens.get(&addr(g)) {
            return n.clone();
        }
        let n = Rc::new(Generator { frame: RefCell::new(None), running: Cell::new(g.running.get()), name: g.name.clone(), qualname: g.qualname.clone(), exc: Default::default() });
        self.gens.insert(addr(g), n.clone());
        let exc = g.exc.borrow().clone();
        *n.exc.borrow_mut() = crate::objects::GenExcState { caller: exc.caller.as_ref().map(|v| self.value(v)), own: exc.own.as_ref().map(|v| self.value(v)) };
        let f = g.frame.borrow().as_ref().map(|f| self.frame(f));
        *n.frame.borrow_mut() = f;
        n
    }

    pub fn frame(&mut self, f: &Frame) -> Box<Frame> {
        let ret = match &f.ret {
            ReturnTo::Push => ReturnTo::Push,
            ReturnTo::Init(v) => ReturnTo::Init(self.value(v)),
            ReturnTo::ClassBody(c) => ReturnTo::ClassBody(Box::new(ClassBody {
                name: self.value(&c.name),
                bases: c.bases.iter().map(|b| self.value(b)).collect(),
                meta: self.value(&c.meta),
                kwargs: c.kwargs.iter().map(|(k, v)| (self.str(k), self.value(v))).collect(),
            })),
            ReturnTo::ThreadExit => ReturnTo::ThreadExit,
        };
        Box::new(Frame {
            code: self.code(&f.code),
            pc: f.pc,
            stack: f.stack.iter().map(|v| self.value(v)).collect(),
            fast: f.fast.iter().map(|v| self.value(v)).collect(),
            cells: f.cells.iter().map(|c| self.cell(c)).collect(),
            globals: self.dict(&f.globals),
            locals: f.locals.as_ref().map(|d| self.dict(d)),
            blocks: f.blocks.iter().map(|b| Block { kind: b.kind, handler: b.handler, depth: b.depth, saved_exc: b.saved_exc.as_ref().map(|v| self.value(v)) }).collect(),
            ret,
            boundary: f.boundary,
            generator: f.generator.as_ref().map(|(g, m)| (self.generator(g), *m)),
        })
    }

    /// The copy of any value.
    pub fn value(&mut self, v: &Value) -> Value {
        if v.is_inline() {
            return v.fast_clone();
        }
        match v {
            Value::Str(s) => return Value::Str(self.str(s)),
            Value::Dict(d) => return Value::Dict(self.dict(d)),
            Value::Class(c) => return Value::Class(self.class(c)),
            Value::Code(c) => return Value::Code(self.code(c)),
            Value::Cell(c) => return Value::Cell(self.cell(c)),
            Value::Generator(g) => return Value::Generator(self.generator(g)),
            _ => {}
        }
        let key = v.heap_ptr().unwrap_or(0);
        if let Some(n) = self.values.get(&key) {
            return n.clone();
        }
        let n = match v {
            Value::BigInt(b) => Value::BigInt(Rc::new((**b).clone())),
            Value::Complex(z) => Value::Complex(Rc::new(**z)),
            Value::Bytes(b) => Value::Bytes(Rc::new((**b).clone())),
            Value::Tuple(t) => {
                let items: Vec<Value> = t.iter().map(|x| self.value(x)).collect();
                // A cycle through a mutable element may have copied it already.
                if let Some(n) = self.values.get(&key) {
                    return n.clone();
                }
                Value::tuple(items)
            }
            Value::List(l) => {
                let n = Rc::new(PyList::new(Vec::new()));
                self.values.insert(key, Value::List(n.clone()));
                let items: Vec<Value> = l.items.borrow().iter().map(|x| self.value(x)).collect();
                *n.items.borrow_mut() = items;
                return Value::List(n);
            }
            Value::Set(s) => Value::Set(self.set(s)),
            Value::FrozenSet(s) => Value::FrozenSet(self.set(s)),
            Value::Range(r) => Value::Range(Rc::new(r.copy())),
            Value::Slice(s) => Value::Slice(Rc::new(SliceObj { start: self.value(&s.start), stop: self.value(&s.stop), step: self.value(&s.step) })),
            Value::Function(f) => {
                let code = self.code(&f.code);
                let globals = self.dict(&f.globals);
                let closure = f.closure.iter().map(|c| self.cell(c)).collect();
                let n = Rc::new(Function {
                    code,
                    globals,
                    defaults: Vec::new(),
                    kwdefaults: None,
                    closure,
                    name: RefCell::new(f.name.borrow().clone()),
                    qualname: RefCell::new(f.qualname.borrow().clone()),
                    doc: RefCell::new(Value::None),
                    module: RefCell::new(Value::None),
                    dict: RefCell::new(None),
                });
                self.values.insert(key, Value::Function(n.clone()));
                // Defaults are set after memoising: they may refer back.
                let defaults = f.defaults.iter().map(|d| self.value(d)).collect();
                let kwdefaults = f.kwdefaults.as_ref().map(|d| self.dict(d));
                // SAFETY-free: the new function is not shared yet; rebuild it
                // with its defaults (only our memo holds another reference).
                let doc = self.value(&f.doc.borrow());
                let module = self.value(&f.module.borrow());
                let fdict = f.dict.borrow().as_ref().map(|d| self.dict(d));
                *n.doc.borrow_mut() = doc;
                *n.module.borrow_mut() = module;
                *n.dict.borrow_mut() = fdict;
                return Value::Function(with_defaults(n, defaults, kwdefaults, &mut self.values, key));
            }
            Value::BoundMethod(b) => Value::BoundMethod(Rc::new(BoundMethod { func: self.value(&b.func), self_: self.value(&b.self_) })),
            Value::Builtin(b) => Value::Builtin(Rc::new(BuiltinFunction {
                name: b.name.clone(),
                owner: b.owner.clone(),
                imp: match &b.imp {
                    BuiltinImpl::Fn(f) => BuiltinImpl::Fn(*f),
                    // An embedder's closure cannot leave its OS thread.
                    BuiltinImpl::Host(_) => BuiltinImpl::Fn(host_fn_in_child),
                },
                module: b.module.clone(),
                fast0: b.fast0,
                quick: b.quick,
            })),
            Value::Instance(i) => {
                let class = self.class(&i.class());
                let dict = Rc::new(PyDict::new());
                let payload = match &i.payload {
                    Payload::None => Payload::None,
                    Payload::Exception(_) => Payload::Exception(Box::default()),
                    Payload::Builtin(_) => Payload::Builtin(RefCell::new(Value::None)),
                };
                let n = Rc::new(Instance { class: RefCell::new(class), dict: dict.clone(), payload });
                self.values.insert(key, Value::Instance(n.clone()));
                self.dicts.insert(addr(&i.dict), dict.clone());
                let data = i.dict.data.borrow().clone();
                let copied = data.remap(&mut |e| {
                    let k = self.value(&e.key);
                    let hash = rehash(e.hash, &e.key, &k);
                    DictEntry { hash, key: k, value: self.value(&e.value) }
                });
                *dict.data.borrow_mut() = copied;
                match (&i.payload, &n.payload) {
                    (Payload::Exception(old), Payload::Exception(new)) => {
                        *new.args.borrow_mut() = old.args.borrow().iter().map(|a| self.value(a)).collect();
                        *new.traceback.borrow_mut() = old.traceback.borrow().iter().map(|t| TbEntry { code: self.code(&t.code), pc: t.pc }).collect();
                        *new.cause.borrow_mut() = old.cause.borrow().as_ref().map(|c| self.value(c));
                        *new.context.borrow_mut() = old.context.borrow().as_ref().map(|c| self.value(c));
                        new.suppress_context.set(old.suppress_context.get());
                    }
                    (Payload::Builtin(old), Payload::Builtin(new)) => {
                        let v = self.value(&old.borrow());
                        *new.borrow_mut() = v;
                    }
                    _ => {}
                }
                return Value::Instance(n);
            }
            Value::Module(m) => {
                let dict = self.dict(&m.dict);
                Value::Module(Rc::new(Module { name: m.name.clone(), dict }))
            }
            Value::Iterator(it) => Value::Iterator(Rc::new(IterObj::new(it.type_name, self.iter_kind(&it.kind.borrow())))),
            Value::Native(n) => {
                let class = self.class(&n.class);
                match self.native(n) {
                    Some(data) => Value::Native(Rc::new(NativeObj { class, data })),
                    None => Value::None,
                }
            }
            Value::Descriptor(d) => Value::Descriptor(Rc::new(match &**d {
                Descriptor::Property { fget, fset, fdel, doc } => {
                    Descriptor::Property { fget: self.value(fget), fset: self.value(fset), fdel: self.value(fdel), doc: self.value(doc) }
                }
                Descriptor::StaticMethod(f) => Descriptor::StaticMethod(self.value(f)),
                Descriptor::ClassMethod(f) => Descriptor::ClassMethod(self.value(f)),
                Descriptor::Super { typ, obj } => Descriptor::Super { typ: self.class(typ), obj: self.value(obj) },
            })),
            other => other.clone(),
        };
        self.values.insert(key, n.clone());
        n
    }

    fn iter_kind(&mut self, k: &IterKind) -> IterKind {
        match k {
            IterKind::List { list, idx } => match self.value(&Value::List(list.clone())) {
                Value::List(l) => IterKind::List { list: l, idx: *idx },
                _ => IterKind::Exhausted,
            },
            IterKind::Tuple { tuple, idx } => match self.value(&Value::Tuple(tuple.clone())) {
                Value::Tuple(t) => IterKind::Tuple { tuple: t, idx: *idx },
                _ => IterKind::Exhausted,
            },
            IterKind::Range { cur, step, remaining } => IterKind::Range { cur: *cur, step: *step, remaining: *remaining },
            IterKind::Str { s, byte_pos } => IterKind::Str { s: self.str(s), byte_pos: *byte_pos },
            IterKind::Bytes { b, idx } => IterKind::Bytes { b: Rc::new((**b).clone()), idx: *idx },
            IterKind::Dict { dict, slot, what, len } => IterKind::Dict { dict: self.dict(dict), slot: *slot, what: *what, len: *len },
            IterKind::Set { set, slot, len } => match self.value(&Value::Set(set.clone())) {
                Value::Set(s) => IterKind::Set { set: s, slot: *slot, len: *len },
                _ => IterKind::Exhausted,
            },
            IterKind::Enumerate { inner, count } => IterKind::Enumerate { inner: self.value(inner), count: self.value(count) },
            IterKind::Zip { iters, strict } => IterKind::Zip { iters: iters.iter().map(|x| self.value(x)).collect(), strict: *strict },
            IterKind::Map { func, iters } => IterKind::Map { func: self.value(func), iters: iters.iter().map(|x| self.value(x)).collect() },
            IterKind::Filter { func, iter } => IterKind::Filter { func: self.value(func), iter: self.value(iter) },
            IterKind::Reversed { seq, idx } => IterKind::Reversed { seq: self.value(seq), idx: *idx },
            IterKind::SeqIter { obj, idx } => IterKind::SeqIter { obj: self.value(obj), idx: *idx },
            IterKind::CallIter { func, sentinel } => IterKind::CallIter { func: self.value(func), sentinel: self.value(sentinel) },
            IterKind::Values { items, idx } => IterKind::Values { items: items.iter().map(|x| self.value(x)).collect(), idx: *idx },
            IterKind::Exhausted => IterKind::Exhausted,
        }
    }

    /// The child's copy of a native object's data (fork rules, see above).
    fn native(&mut self, n: &NativeObj) -> Option<Box<dyn std::any::Any>> {
        use crate::modules::{io, sys, thread};
        if let Some(l) = n.downcast::<thread::Lock>() {
            let owner = if l.0.owner() == self.forking_thread { 0 } else { usize::MAX };
            return Some(Box::new(thread::Lock(Rc::new(l.0.fork_copy(owner)))));
        }
        if let Some(e) = n.downcast::<thread::Event>() {
            return Some(Box::new(thread::Event(Rc::new(e.0.fork_copy()))));
        }
        if let Some(c) = n.downcast::<thread::Counter>() {
            return Some(Box::new(thread::Counter(std::cell::Cell::new(c.0.get()))));
        }
        if let Some(s) = n.downcast::<sys::StdStream>() {
            return Some(Box::new(sys::StdStream(s.0)));
        }
        if let Some(f) = n.downcast::<io::PyFile>() {
            let name = self.value(&f.name());
            return Some(Box::new(f.fork_copy(name)));
        }
        if let Some(m) = n.downcast::<io::MemIO>() {
            return Some(Box::new(m.fork_copy()));
        }
        if let Some(tb) = n.downcast::<Vec<TbEntry>>() {
            return Some(Box::new(tb.iter().map(|t| TbEntry { code: self.code(&t.code), pc: t.pc }).collect::<Vec<_>>()));
        }
        if let Some(s) = n.downcast::<SharedObj>() {
            return Some(Box::new(s.clone()));
        }
        None
    }

    pub fn types(&mut self, t: &Types) -> Types {
        Types {
            object: self.class(&t.object),
            type_: self.class(&t.type_),
            none: self.class(&t.none),
            notimplemented: self.class(&t.notimplemented),
            ellipsis: self.class(&t.ellipsis),
            int: self.class(&t.int),
            bool_: self.class(&t.bool_),
            float: self.class(&t.float),
            complex: self.class(&t.complex),
            str_: self.class(&t.str_),
            bytes: self.class(&t.bytes),
            tuple: self.class(&t.tuple),
            list: self.class(&t.list),
            dict: self.class(&t.dict),
            set: self.class(&t.set),
            frozenset: self.class(&t.frozenset),
            range: self.class(&t.range),
            slice: self.class(&t.slice),
            function: self.class(&t.function),
            method: self.class(&t.method),
            builtin_function: self.class(&t.builtin_function),
            module: self.class(&t.module),
            cell: self.class(&t.cell),
            code: self.class(&t.code),
            generator: self.class(&t.generator),
            property: self.class(&t.property),
            staticmethod: self.class(&t.staticmethod),
            classmethod: self.class(&t.classmethod),
            super_: self.class(&t.super_),
            iterators: RefCell::new(t.iterators.borrow().iter().map(|(k, c)| (*k, self.class(c))).collect()),
            exceptions: t.exceptions.iter().map(|(k, c)| (*k, self.class(c))).collect(),
            base_exception: self.class(&t.base_exception),
        }
    }

    /// The forking thread, as the child's only (main) thread. Its blocked
    /// `fork()` call returns `result` there.
    pub fn thread(&mut self, t: &VmThread, result: Value) -> VmThread {
        let mut n = VmThread::new(t.ident, t.name.clone());
        n.frames = t.frames.iter().map(|f| self.frame(f)).collect();
        n.handled = t.handled.as_ref().map(|v| self.value(v));
        n.thread_obj = self.value(&t.thread_obj);
        // fork() returns `result` in the child, after threading forgets
        // the threads that were not copied.
        n.resume = Some(Box::new(move |vm: &mut Vm| {
            if let Some(th) = dict_get_str(&vm.modules, "threading") {
                if let Some(f) = vm.get_attr_opt(&th, "_after_fork")? {
                    vm.call(&f, Vec::new(), Vec::new())?;
                }
            }
            Ok(result)
        }));
        n
    }
}

/// Identity hashes (objects without `__hash__`) follow the new address.
fn rehash(old_hash: u64, old_key: &Value, new_key: &Value) -> u64 {
    if !old_key.is_inline() && !matches!(old_key, Value::Str(_) | Value::BigInt(_) | Value::Bytes(_) | Value::Tuple(_) | Value::FrozenSet(_)) && old_hash == crate::vm::ops::id_hash(old_key) {
        crate::vm::ops::id_hash(new_key)
    } else {
        old_hash
    }
}

/// Give a freshly copied function its defaults. The function is only held
/// by the memo here, so it can be rebuilt; the memo is updated.
fn with_defaults(f: Rc<Function>, defaults: Vec<Value>, kwdefaults: Option<Rc<PyDict>>, memo: &mut HashMap<usize, Value>, key: usize) -> Rc<Function> {
    if defaults.is_empty() && kwdefaults.is_none() {
        return f;
    }
    let n = Rc::new(Function {
        code: f.code.clone(),
        globals: f.globals.clone(),
        defaults,
        kwdefaults,
        closure: f.closure.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        doc: RefCell::new(f.doc.borrow().clone()),
        module: RefCell::new(f.module.borrow().clone()),
        dict: RefCell::new(f.dict.borrow().clone()),
    });
    memo.insert(key, Value::Function(n.clone()));
    n
}

fn host_fn_in_child(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> crate::vm::PyResult<Value> {
    Err(vm.new_exception("RuntimeError", "a host function of the embedding program cannot be called in a child process"))
}

/// The child interpreter of a fork by thread `t` of `parent`.
pub fn fork_vm(parent: &mut Vm, t: usize, _me: std::sync::Arc<super::ProcShared>) -> Vm {
    let mut c = Copier { forking_thread: t, ..Default::default() };
    let types = c.types(&parent.types);
    let builtins = c.dict(&parent.builtins);
    let modules = c.dict(&parent.modules);
    let thread = c.thread(&parent.threads[t], Value::Int(0));
    let names = parent.names.iter().map(|(k, v)| (*k, c.str(v))).collect();
    let interned = parent.interned.iter().map(|(k, v)| (k.clone(), c.str(v))).collect();
    let native_classes = parent.native_classes.iter().map(|(k, v)| (*k, c.class(v))).collect();
    let bootstrap = parent.bootstrap.as_ref().map(|b| c.code(b));
    let sources = parent.sources.iter().map(|(k, v)| (k.clone(), Rc::from(&**v))).collect();
    let mut sched = crate::gil::Scheduler::new(&parent.config);
    sched.clock = parent.sched.clock.fork_copy(parent.sched.instructions());
    let (stdout, stderr) = super::shared::child_streams(parent);
    // A child reads nothing (multiprocessing gives it /dev/null). An
    // embedder's limits, host modules and event callback belong to the
    // interpreter it built, not to processes its script starts: the
    // defaults of `from_parts`.
    let mut vm = Vm::from_parts(parent.config.clone(), types, builtins, modules, sched, stdout, stderr);
    vm.threads = vec![Box::new(thread)];
    vm.script_dir = parent.script_dir.clone();
    vm.argv = parent.argv.clone();
    vm.recursion_limit = parent.recursion_limit;
    vm.names = names;
    vm.interned = interned;
    vm.warned = parent.warned.clone();
    vm.sources = sources;
    vm.next_thread_ident = parent.next_thread_ident;
    vm.bootstrap = bootstrap;
    vm.native_classes = native_classes;
    vm.entropy_draws = parent.entropy_draws;
    vm.urandom_draws = parent.urandom_draws;
    vm.sched.reset_slice();
    vm
}
