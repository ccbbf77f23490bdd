//! The virtual machine: one interpreter (one heap, one GIL, one scheduler,
//! one clock). Submodules, one concern each:
//!
//! - `frame`: frames and blocks;
//! - `eval`: the dispatch loop and the scheduler hand-over points;
//! - `call`: argument binding, frames for Python calls, native calls;
//! - `ops`: operators, comparison, truthiness, hashing;
//! - `attr`: attribute lookup and assignment;
//! - `iterate`: the iterator protocol;
//! - `repr`: `repr()` and `str()`;
//! - `exceptions`: raising, matching and printing exceptions;
//! - `types`: the built-in type objects and exception hierarchy;
//! - `thread`: VM threads and blocking.

pub mod attr;
pub mod attr_cache;
pub mod attr_sites;
pub mod call;
pub mod complex;
pub mod code_cache;
pub mod containers;
pub mod eval;
pub mod exceptions;
pub mod fast_hash;
pub mod fast_path;
pub mod frame;
pub mod gen_exc;
pub mod global_cache;
pub mod import;
pub mod interp;
pub mod iterate;
pub mod limits;
pub mod metaclass;
pub mod ops;
pub mod range_ops;
pub mod repr;
pub mod suggest;
pub mod teardown;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod worker;

pub use frame::Frame;
pub use thread::{ThreadId, VmThread};
pub use types::Types;

use crate::config::Config;
use crate::objects::*;
use crate::value::Value;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// A Python-level failure, or a request to park the current VM thread.
pub enum PyErr {
    /// A raised exception (an instance of a BaseException subclass).
    Exception(Value),
    /// The current thread blocked (lock, sleep, join...): the scheduler runs
    /// others; whoever wakes it supplies the call's result.
    Blocked,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn exception(&self) -> Option<&Value> {
        match self {
            PyErr::Exception(v) => Some(v),
            PyErr::Blocked => None,
        }
    }
}

/// Where print() and sys.stdout/stderr go. `Send`, like everything of the
/// host's that an interpreter holds, so that the interpreter can move to
/// another OS thread (see src/embed/thread_safety.rs).
pub type OutStream = Box<dyn Write + Send>;

/// Where input() and sys.stdin read from.
pub type InStream = Box<dyn std::io::BufRead + Send>;

/// The host's event callback.
pub type EventSink = Box<dyn FnMut(&crate::events::Event) + Send>;

pub struct Vm {
    pub config: Config,
    pub types: Types,
    pub builtins: Rc<PyDict>,
    /// Class attribute lookups already done (see `attr_cache`).
    pub attr_cache: attr_cache::AttrCache,
    /// `sys.modules`
    pub modules: Rc<PyDict>,
    pub threads: Vec<Box<VmThread>>,
    /// Index into `threads` of the thread holding the GIL.
    pub current: usize,
    pub stdout: OutStream,
    pub stderr: OutStream,
    pub stdin: InStream,
    /// Directory of the main script (for importing modules beside it).
    pub script_dir: Option<std::path::PathBuf>,
    pub argv: Vec<String>,
    pub recursion_limit: usize,
    /// Interned attribute names for dunder lookups done by the VM.
    pub names: crate::vm::fast_hash::FxHashMap<&'static str, Rc<PyStr>>,
    pub sched: crate::gil::Scheduler,
    /// Warnings already printed: (message, category and file, line).
    pub warned: std::collections::HashSet<(String, u32)>,
    /// Source text of loaded files, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub next_thread_ident: u64,
    /// Interned names from code objects.
    pub interned: fast_hash::FxHashMap<String, Rc<PyStr>>,
    /// Where the native function being called was called from.
    pub native_site: Option<(Rc<CodeRef>, usize)>,
    /// The namespace (globals, locals) of that call site.
    pub native_ns: Option<(Rc<PyDict>, Option<Rc<PyDict>>)>,
    /// `id()` numbers under `--deterministic`.
    pub fake_ids: HashMap<u64, u64>,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Set when the whole run must stop (deadlock, --until, limits).
    pub exit_request: Option<thread::ExitRequest>,
    pub exit_code: i32,
    pub main_exception: Option<Value>,
    /// Runnable threads that must wait for an inner native call to return.
    pub parked: Vec<usize>,
    pub bootstrap: Option<Rc<CodeRef>>,
    pub record_events: bool,
    pub events: Vec<crate::events::Event>,
    /// Finished frames kept for reuse (their vectors stay allocated).
    pub frame_pool: frame::FramePool,
    /// Classes of native objects, created on first use (`_thread.lock`...).
    pub native_classes: HashMap<&'static str, Rc<Class>>,
    /// `_thread.interrupt_main()` was called.
    pub interrupt_main: bool,
    /// The main thread's uncaught exception, for the embedding API.
    pub last_exception: Option<Value>,
    /// How many seeded `_pygil.entropy()` values this run has drawn.
    pub entropy_draws: u64,
    /// How many seeded `os.urandom()` values this run has drawn.
    pub urandom_draws: u64,
    /// An embedder's limits and interrupt flag.
    pub guard: limits::Guard,
    /// Blocking calls out on worker OS threads.
    pub workers: worker::Workers,
    /// Modules registered by the embedding host, importable by name.
    pub host_modules: HashMap<String, Value>,
    /// Exception classes made for host errors whose type is not built in.
    pub host_exceptions: HashMap<String, Rc<Class>>,
    /// The host's event callback (see `events`).
    pub event_sink: Option<EventSink>,
    /// Pid, children, waits on other processes (src/process).
    pub process: crate::process::ProcessCtx,
}

impl Vm {
    /// An interned `str` for a name the VM looks up itself (`__init__`...).
    pub fn intern(&mut self, name: &'static str) -> Rc<PyStr> {
        if let Some(s) = self.names.get(name) {
            return s.clone();
        }
        self.names.entry(name).or_insert_with(|| Rc::new(PyStr::new(name.to_string()))).clone()
    }

    /// Set `sys.argv`.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv.clone();
        if let Some(Value::Module(m)) = dict_get_str(&self.modules, "sys") {
            dict_set_str(&m.dict, "argv", Value::list(argv.iter().map(|a| Value::str(a)).collect()));
        }
    }

    pub fn thread(&self) -> &VmThread {
        &self.threads[self.current]
    }
    pub fn thread_mut(&mut self) -> &mut VmThread {
        &mut self.threads[self.current]
    }

    pub fn new_dict(&self) -> Rc<PyDict> {
        Rc::new(PyDict::new())
    }

    /// Write to sys.stdout as a VM-level stream (used by print).
    pub fn write_stdout(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }
    pub fn write_stderr(&mut self, s: &str) {
        // Keep the order of the two streams on a shared terminal.
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(s.as_bytes());
    }
    /// One line of standard input (None at end of file).
    pub fn read_stdin_line(&mut self) -> PyResult<Option<String>> {
        self.flush();
        let mut s = String::new();
        match self.stdin.read_line(&mut s) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(s)),
            Err(e) => Err(self.new_exception("OSError", &e.to_string())),
        }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}
