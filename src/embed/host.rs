//! Host functions and modules: Rust closures callable from Python.
//!
//! Four shapes, one mechanism (a `BuiltinFunction` whose implementation is
//! a `HostFn` closure, as the built-in modules' functions are):
//!
//! - [`Interpreter::add_function`](crate::Interpreter::add_function): the
//!   closure reads its arguments from [`Args`] (positional or keyword,
//!   optional, `*args`/`**kwargs`-like rest);
//! - [`Interpreter::add_typed_function`](crate::Interpreter::add_typed_function):
//!   the closure takes a tuple of Rust values converted from the positional
//!   arguments;
//! - [`Interpreter::add_blocking_function`](crate::Interpreter::add_blocking_function):
//!   the closure reads its [`Args`] on the interpreter's thread and returns
//!   the blocking part, a `FnOnce` that runs on a worker OS thread with the
//!   simulated GIL released (the calling Python thread is parked, the
//!   others keep running), like CPython's blocking I/O;
//! - [`Interpreter::add_typed_blocking_function`](crate::Interpreter::add_typed_blocking_function):
//!   the same with typed positional arguments.
//!
//! What crosses to the worker thread (the blocking part, its captured
//! arguments, its result) is plain `Send` Rust data; Python values never
//! leave the interpreter. Every closure is `Send` because it moves with the
//! interpreter (see [`thread_safety`](super::thread_safety)).
//!
//! A closure fails by returning a [`PyException`], raised in Python with
//! the chosen type. A panicking closure raises `RuntimeError`.

use super::convert::{FromArgs, FromPy, IntoPy};
use super::error::PyException;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;
use std::sync::Arc;

/// The arguments of one call from Python to a host function made with
/// [`Interpreter::add_function`](crate::Interpreter::add_function) or
/// [`Interpreter::add_blocking_function`](crate::Interpreter::add_blocking_function).
///
/// Read each parameter once, by position and name, in order; after the
/// closure returns, a keyword nobody read or a positional argument past the
/// last one read is a `TypeError`. The messages are CPython's (for a Python
/// function, or for a built-in where only that form can be exact):
///
/// ```text
/// f() got an unexpected keyword argument 'y'
/// f() got multiple values for argument 'x'
/// f() missing required argument 'x' (pos 1)
/// f() takes at most 2 arguments (3 given)
/// f() argument 'x': expected int, got str
/// ```
///
/// (A missing argument is named alone, not counted as in a Python
/// function's `missing 2 required positional arguments`: `Args` only learns
/// a parameter when the closure asks for it.)
pub struct Args<'a> {
    vm: &'a mut Vm,
    name: &'a str,
    pos: Vec<Value>,
    kw: KwArgs,
    kw_used: Vec<bool>,
    /// Positional slots the closure asked about (its arity so far).
    pos_seen: usize,
    /// `rest()` took every remaining positional argument.
    rest_taken: bool,
}

impl<'a> Args<'a> {
    /// The number of positional arguments.
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    /// No positional arguments?
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    /// The function's name as Python sees it.
    pub fn name(&self) -> &str {
        self.name
    }

    /// The raw value of parameter `i` / `name`, if given.
    fn take(&mut self, i: usize, name: &str) -> Result<Option<Value>, PyException> {
        self.pos_seen = self.pos_seen.max(i + 1);
        let by_kw = self.kw.iter().position(|(k, _)| k.as_str() == name);
        match (self.pos.get(i), by_kw) {
            (Some(_), Some(_)) => Err(PyException::type_error(format!("{}() got multiple values for argument '{}'", self.name, name))),
            (Some(v), None) => Ok(Some(v.clone())),
            (None, Some(k)) => {
                self.kw_used[k] = true;
                Ok(Some(self.kw[k].1.clone()))
            }
            (None, None) => Ok(None),
        }
    }

    fn convert<T: FromPy>(&mut self, v: &Value, name: &str) -> Result<T, PyException> {
        T::from_py(self.vm, v).map_err(|mut e| {
            e.message = format!("{}() argument '{}': {}", self.name, name, e.message);
            e
        })
    }

    /// A required parameter: positional argument `i` or keyword `name`.
    pub fn arg<T: FromPy>(&mut self, i: usize, name: &str) -> Result<T, PyException> {
        match self.take(i, name)? {
            Some(v) => self.convert(&v, name),
            None => Err(PyException::type_error(format!("{}() missing required argument '{}' (pos {})", self.name, name, i + 1))),
        }
    }

    /// An optional parameter: `None` when not given (a Python `None` given
    /// for it is also `None` when `T` is an `Option`).
    pub fn opt<T: FromPy>(&mut self, i: usize, name: &str) -> Result<Option<T>, PyException> {
        match self.take(i, name)? {
            Some(v) => self.convert(&v, name).map(Some),
            None => Ok(None),
        }
    }

    /// A keyword-only parameter, `None` when not given.
    pub fn kw<T: FromPy>(&mut self, name: &str) -> Result<Option<T>, PyException> {
        match self.kw.iter().position(|(k, _)| k.as_str() == name) {
            Some(k) => {
                self.kw_used[k] = true;
                let v = self.kw[k].1.clone();
                self.convert(&v, name).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Every positional argument from `from` on (Python's `*args`).
    pub fn rest<T: FromPy>(&mut self, from: usize) -> Result<Vec<T>, PyException> {
        self.rest_taken = true;
        let items: Vec<Value> = self.pos.iter().skip(from).cloned().collect();
        items.iter().enumerate().map(|(j, v)| self.convert(v, &format!("*args[{}]", j))).collect()
    }

    /// Every keyword argument not read yet (Python's `**kwargs`).
    pub fn rest_kw<T: FromPy>(&mut self) -> Result<Vec<(String, T)>, PyException> {
        let mut out = Vec::new();
        for k in 0..self.kw.len() {
            if !self.kw_used[k] {
                self.kw_used[k] = true;
                let (name, v) = (self.kw[k].0.as_str().to_string(), self.kw[k].1.clone());
                let x = self.convert(&v, &name)?;
                out.push((name, x));
            }
        }
        Ok(out)
    }

    /// After the call: arguments the function did not take are errors.
    fn finish(&self) -> Result<(), PyException> {
        if let Some(k) = self.kw_used.iter().position(|u| !u) {
            return Err(PyException::type_error(format!("{}() got an unexpected keyword argument '{}'", self.name, self.kw[k].0.as_str())));
        }
        if !self.rest_taken && self.pos.len() > self.pos_seen {
            return Err(PyException::type_error(format!("{}() takes at most {} arguments ({} given)", self.name, self.pos_seen, self.pos.len())));
        }
        Ok(())
    }
}

/// Wrap a host closure as a Python built-in function value.
fn builtin_value(name: &str, module: &str, f: HostFn) -> Value {
    let mut b = BuiltinFunction::new(name, |_, _, _| Ok(Value::None));
    b.imp = BuiltinImpl::Host(f);
    b.module = module.to_string();
    Value::Builtin(Rc::new(b))
}

/// Run host code, turning its error or panic into a Python exception.
fn guarded<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> Result<T, PyException>) -> PyResult<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(vm))) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(vm.raise_host(&e)),
        Err(p) => {
            let msg = crate::vm::worker::panic_message(&p);
            Err(vm.new_exception("RuntimeError", &format!("host function panicked: {}", msg)))
        }
    }
}

/// Call `f` with the call's [`Args`]; then arguments it did not take are
/// errors.
fn with_args<T>(vm: &mut Vm, name: &str, pos: Vec<Value>, kw: KwArgs, f: impl FnOnce(&mut Args) -> Result<T, PyException>) -> Result<T, PyException> {
    let n = kw.len();
    let mut args = Args { vm, name, pos, kw, kw_used: vec![false; n], pos_seen: 0, rest_taken: false };
    let r = f(&mut args)?;
    args.finish()?;
    Ok(r)
}

/// A Python function value calling `f` with the call's [`Args`].
pub(crate) fn function<R, F>(name: &str, module: &str, f: F) -> Value
where
    R: IntoPy,
    F: Fn(&mut Args) -> Result<R, PyException> + Send + 'static,
{
    let fname = name.to_string();
    let host: HostFn = Rc::new(move |vm: &mut Vm, pos: Vec<Value>, kw: KwArgs| {
        guarded(vm, |vm| {
            let r = with_args(vm, &fname, pos, kw, &f)?;
            r.into_py(vm)
        })
    });
    builtin_value(name, module, host)
}

/// The `TypeError` for keywords given to a positional-only host function
/// (CPython's message for `len(obj=1)`).
fn no_keywords(vm: &mut Vm, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_exception("TypeError", &format!("{}() takes no keyword arguments", name)))
    }
}

/// A Python function value calling `f` with its positional arguments
/// converted to the tuple `A` (e.g. `(i64, String)`).
pub(crate) fn typed_function<A, R, F>(name: &str, module: &str, f: F) -> Value
where
    A: FromArgs,
    R: IntoPy,
    F: Fn(A) -> Result<R, PyException> + Send + 'static,
{
    let fname = name.to_string();
    let host: HostFn = Rc::new(move |vm: &mut Vm, pos: Vec<Value>, kw: KwArgs| {
        no_keywords(vm, &fname, &kw)?;
        guarded(vm, |vm| f(A::from_args(vm, &fname, &pos)?)?.into_py(vm))
    });
    builtin_value(name, module, host)
}

/// Park the calling Python thread and run `job` on a worker OS thread; its
/// result becomes the call's return value (the native returns the
/// `Blocked` this gives).
fn run_on_worker<R, J>(vm: &mut Vm, job: J) -> PyErr
where
    R: IntoPy + Send + 'static,
    J: FnOnce() -> Result<R, PyException> + Send + 'static,
{
    let job: crate::vm::worker::Job = Box::new(move || {
        let r = job();
        // Back on the interpreter's thread: make the Python value.
        Box::new(move |vm: &mut Vm| guarded(vm, move |vm| r?.into_py(vm)))
    });
    vm.block_on_worker(job)
}

/// A Python function value that reads its [`Args`] with `f` on the
/// interpreter's thread, then runs the blocking part `f` returns on a worker
/// OS thread with the simulated GIL released; the calling Python thread
/// waits (`WaitReason::Io`) and the others run meanwhile. Bad arguments
/// raise before any worker starts.
pub(crate) fn blocking_function<R, J, F>(name: &str, module: &str, f: F) -> Value
where
    R: IntoPy + Send + 'static,
    J: FnOnce() -> Result<R, PyException> + Send + 'static,
    F: Fn(&mut Args) -> Result<J, PyException> + Send + 'static,
{
    let fname = name.to_string();
    let host: HostFn = Rc::new(move |vm: &mut Vm, pos: Vec<Value>, kw: KwArgs| {
        let job = guarded(vm, |vm| with_args(vm, &fname, pos, kw, &f))?;
        Err(run_on_worker(vm, job))
    });
    builtin_value(name, module, host)
}

/// As [`blocking_function`], with the positional arguments converted to
/// the tuple `A` and `f` itself run on the worker (so `f` is `Sync`: calls
/// from several Python threads run at once).
pub(crate) fn typed_blocking_function<A, R, F>(name: &str, module: &str, f: F) -> Value
where
    A: FromArgs + Send + 'static,
    R: IntoPy + Send + 'static,
    F: Fn(A) -> Result<R, PyException> + Send + Sync + 'static,
{
    let fname = name.to_string();
    let f = Arc::new(f);
    let host: HostFn = Rc::new(move |vm: &mut Vm, pos: Vec<Value>, kw: KwArgs| {
        no_keywords(vm, &fname, &kw)?;
        let a = guarded(vm, |vm| A::from_args(vm, &fname, &pos))?;
        let f = f.clone();
        Err(run_on_worker(vm, move || f(a)))
    });
    builtin_value(name, module, host)
}

/// Something a [`HostModule`] holds until it is built in an interpreter.
type Item = Box<dyn FnOnce(&mut Vm, &str) -> Result<Value, PyException> + Send>;

/// A native module written in Rust, importable by name (`import geometry`)
/// once given to [`Interpreter::add_module`](crate::Interpreter::add_module).
/// Its functions have the same four shapes as the interpreter's `add_*`
/// methods. A module is `Send`: it can be put together on another thread.
///
/// ```
/// use pygil::embed::{HostModule, PyException};
///
/// let module = HostModule::new("geometry")
///     .constant("UNIT", 1.0)
///     .typed_function("area", |(w, h): (f64, f64)| Ok(w * h))
///     .exception("GeometryError")
///     .function("check", |args| {
///         let w: f64 = args.arg(0, "w")?;
///         if w < 0.0 {
///             return Err(PyException::new("GeometryError", "negative width"));
///         }
///         Ok(true)
///     })
///     .blocking_function("survey", |args| {
///         let site: String = args.arg(0, "site")?;
///         let slow: bool = args.kw("slow")?.unwrap_or(false);
///         // Runs on a worker thread, the GIL released.
///         Ok(move || {
///             if slow {
///                 std::thread::sleep(std::time::Duration::from_millis(10));
///             }
///             Ok(site.len() as f64)
///         })
///     });
/// let mut interp = pygil::Interpreter::builder().stdout(Vec::new()).build();
/// interp.add_module(module).unwrap();
/// interp.exec("import geometry").unwrap();
/// assert_eq!(interp.eval::<f64>("geometry.survey('field', slow=True) * geometry.area(2, 3)").unwrap(), 30.0);
/// ```
pub struct HostModule {
    name: String,
    items: Vec<(String, Item)>,
    exceptions: Vec<String>,
}

impl HostModule {
    /// An empty module called `name`.
    pub fn new(name: &str) -> HostModule {
        HostModule { name: name.to_string(), items: Vec::new(), exceptions: Vec::new() }
    }

    /// The module's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Add a function reading its arguments from [`Args`] (as
    /// [`Interpreter::add_function`](crate::Interpreter::add_function)).
    pub fn function<R, F>(mut self, name: &str, f: F) -> HostModule
    where
        R: IntoPy,
        F: Fn(&mut Args) -> Result<R, PyException> + Send + 'static,
    {
        let n = name.to_string();
        self.items.push((n.clone(), Box::new(move |_vm, module| Ok(function(&n, module, f)))));
        self
    }

    /// Add a function of typed positional arguments (as
    /// [`Interpreter::add_typed_function`](crate::Interpreter::add_typed_function)).
    pub fn typed_function<A, R, F>(mut self, name: &str, f: F) -> HostModule
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(A) -> Result<R, PyException> + Send + 'static,
    {
        let n = name.to_string();
        self.items.push((n.clone(), Box::new(move |_vm, module| Ok(typed_function(&n, module, f)))));
        self
    }

    /// Add a blocking function: arguments from [`Args`], the returned
    /// blocking part runs on a worker thread with the GIL released (as
    /// [`Interpreter::add_blocking_function`](crate::Interpreter::add_blocking_function)).
    pub fn blocking_function<R, J, F>(mut self, name: &str, f: F) -> HostModule
    where
        R: IntoPy + Send + 'static,
        J: FnOnce() -> Result<R, PyException> + Send + 'static,
        F: Fn(&mut Args) -> Result<J, PyException> + Send + 'static,
    {
        let n = name.to_string();
        self.items.push((n.clone(), Box::new(move |_vm, module| Ok(blocking_function(&n, module, f)))));
        self
    }

    /// Add a blocking function of typed positional arguments (as
    /// [`Interpreter::add_typed_blocking_function`](crate::Interpreter::add_typed_blocking_function)).
    pub fn typed_blocking_function<A, R, F>(mut self, name: &str, f: F) -> HostModule
    where
        A: FromArgs + Send + 'static,
        R: IntoPy + Send + 'static,
        F: Fn(A) -> Result<R, PyException> + Send + Sync + 'static,
    {
        let n = name.to_string();
        self.items.push((n.clone(), Box::new(move |_vm, module| Ok(typed_blocking_function(&n, module, f)))));
        self
    }

    /// Add a module attribute.
    pub fn constant<T: IntoPy + Send + 'static>(mut self, name: &str, value: T) -> HostModule {
        self.items.push((name.to_string(), Box::new(move |vm, _| value.into_py(vm))));
        self
    }

    /// Add an exception class `name` (derived from `Exception`); a host
    /// function raises it with `PyException::new(name, message)`.
    pub fn exception(mut self, name: &str) -> HostModule {
        self.exceptions.push(name.to_string());
        self
    }

    /// Make the module object in `vm`.
    pub(crate) fn build(self, vm: &mut Vm) -> Result<Value, PyException> {
        let d = Rc::new(PyDict::new());
        dict_set_str(&d, "__name__", Value::str(&self.name));
        dict_set_str(&d, "__doc__", Value::None);
        for e in &self.exceptions {
            let full = format!("{}.{}", self.name, e);
            let cls = vm.exception_class_named(&full);
            // Raised by its short name from the module's functions.
            vm.host_exceptions.insert(e.clone(), cls.clone());
            dict_set_str(&d, e, Value::Class(cls));
        }
        for (name, make) in self.items {
            let v = make(vm, &self.name)?;
            dict_set_str(&d, &name, v);
        }
        Ok(Value::Module(Rc::new(Module { name: self.name.clone(), dict: d })))
    }
}
