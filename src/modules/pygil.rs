//! `_pygil`: helpers for the library modules written in Python (random,
//! logging, warnings, threading...): entropy, the Python call stack,
//! source lines, exception formatting, file kinds, deprecation warnings.
//! The thread helpers (`start_thread`, `set_thread_name`) are added by
//! `thread::add_pygil_functions`.

use crate::builtins::{add_fn, arg_or_kw, check_nargs, no_more_kwargs};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("_pygil"));
    super::thread::add_pygil_functions(&d);
    crate::process::shared::add_functions(&d);
    let m = "_pygil";
    add_fn(&d, m, "entropy", entropy);
    add_fn(&d, m, "caller_location", caller_location);
    add_fn(&d, m, "source_line", source_line);
    add_fn(&d, m, "format_exception", format_exception);
    add_fn(&d, m, "format_exception_only", format_exception_only);
    add_fn(&d, m, "path_kind", path_kind);
    add_fn(&d, m, "path_stat", path_stat);
    add_fn(&d, m, "warn", warn);
    add_fn(&d, m, "static_types", static_types);
    Ok(Value::Module(Rc::new(Module { name: "_pygil".into(), dict: d })))
}

/// `static_types(*classes)`: mark classes that stand in for C types, so
/// error messages name them `module.name` as CPython does (`datetime.date`).
fn static_types(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    for a in &args {
        match a {
            Value::Class(c) => c.flags.set(c.flags.get() | STATIC_TYPE),
            _ => return Err(vm.new_exception("TypeError", "static_types() takes classes")),
        }
    }
    Ok(Value::None)
}

/// A random 64-bit int; derived from the seed under `--seed`/`--deterministic`.
fn entropy(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let v = if vm.config.seed.is_some() || vm.config.deterministic {
        // Per interpreter, so that every run with the same seed draws the
        // same values, however many runs share the OS thread.
        let c = vm.entropy_draws;
        vm.entropy_draws += 1;
        let mut z = vm.config.seed.unwrap_or(0).wrapping_add(c.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    } else {
        let b = super::os::random_bytes(vm, 8);
        u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
    };
    Ok(Value::from_bigint(num_bigint::BigInt::from(v)))
}

/// A Python frame of the current thread: `depth` 0 is the code calling the
/// running built-in, 1 its caller, and so on. (code, pc, globals when known)
pub fn python_frame(vm: &Vm, depth: usize) -> Option<(Rc<CodeRef>, usize, Option<Rc<PyDict>>)> {
    let (site_code, site_pc) = vm.native_site.clone()?;
    if depth == 0 {
        return Some((site_code, site_pc, None));
    }
    // While a built-in runs, the frame calling it is held by the dispatch
    // loop; the thread's stack holds its callers (top = nearest).
    let frames = &vm.threads[vm.current].frames;
    let mut k = 0;
    for f in frames.iter().rev() {
        if &*f.code.filename == "<pygil>" {
            continue;
        }
        k += 1;
        if k == depth {
            return Some((f.code.clone(), f.pc.saturating_sub(1), Some(f.globals.clone())));
        }
    }
    None
}

/// `__name__` of the module whose code is `code` (found by file name when
/// the frame's globals are not at hand).
fn module_name_of(vm: &Vm, code: &CodeRef, globals: Option<Rc<PyDict>>) -> Option<String> {
    if let Some(g) = globals {
        return match dict_get_str(&g, "__name__") {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
    }
    let fname: &str = &code.filename;
    if let Some(inner) = fname.strip_prefix("<pygil ").and_then(|s| s.strip_suffix('>')) {
        return Some(inner.to_string());
    }
    let mods = vm.modules.data.borrow();
    let mut found = None;
    for k in mods.keys() {
        if let Some(Value::Module(m)) = k.as_str().and_then(|name| dict_get_str(&vm.modules, name)) {
            if let Some(Value::Str(f)) = dict_get_str(&m.dict, "__file__") {
                if f.as_str() == fname {
                    found = Some(m.name.clone());
                    if m.name == "__main__" {
                        break;
                    }
                }
            }
        }
    }
    if found.is_none() {
        // The main script may not carry __file__: compare with its code.
        if let Some(Value::Module(m)) = dict_get_str(&vm.modules, "__main__") {
            if dict_get_str(&m.dict, "__file__").is_none() {
                return Some("__main__".into());
            }
        }
    }
    found
}

fn depth_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<usize> {
    Ok(match v {
        None => default,
        Some(v) => vm.int_arg(v, "depth")?,
    }
    .max(0) as usize)
}

/// `(pathname, lineno, funcname)` of the frame `depth` levels above the
/// caller (0: the caller itself), or None past the bottom of the stack.
fn caller_location(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "caller_location", args.len(), 0, 1)?;
    let depth = depth_arg(vm, args.first(), 0)?;
    Ok(match python_frame(vm, depth) {
        Some((code, pc, _)) => Value::tuple(vec![Value::str(&code.filename), Value::Int(code.code.line_of(pc) as i64), Value::str(&code.code.name)]),
        None => Value::None,
    })
}

/// Line `lineno` (1-based) of a source file, without its newline.
pub fn get_source_line(vm: &Vm, path: &str, lineno: usize) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let text: Rc<str> = match vm.sources.get(path) {
        Some(s) => s.clone(),
        None => Rc::from(std::fs::read_to_string(path).ok()?),
    };
    text.split('\n').nth(lineno - 1).map(|l| l.trim_end_matches('\r').to_string())
}

fn source_line(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "source_line", args.len(), 2, 2)?;
    let path = vm.str_arg(&args[0], "source_line")?;
    let n = vm.int_arg(&args[1], "source_line")?;
    Ok(match get_source_line(vm, &path, n.max(0) as usize) {
        Some(l) => Value::string(l),
        None => Value::None,
    })
}

/// The full report CPython prints for the exception (ends with a newline).
fn format_exception(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "format_exception", args.len(), 1, 1)?;
    if !vm.is_exception(&args[0]) {
        return Err(vm.new_exception("TypeError", "format_exception() argument must be an exception"));
    }
    Ok(Value::string(vm.format_exception(&args[0])))
}

/// `ValueError: message\n`
fn format_exception_only(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "format_exception_only", args.len(), 1, 1)?;
    let mut s = vm.exception_summary_line(&args[0]);
    s.push('\n');
    Ok(Value::string(s))
}

fn path_kind(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "path_kind", args.len(), 1, 1)?;
    let p = super::os::path_arg(vm, &args[0], "path_kind")?;
    Ok(match super::os::path_kind(&p) {
        Some(k) => Value::str(k),
        None => Value::None,
    })
}

/// `(kind, size, mtime)` or None: for getsize/getmtime in posixpath.
fn path_stat(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "path_stat", args.len(), 1, 1)?;
    let p = super::os::path_arg(vm, &args[0], "path_stat")?;
    let md = match std::fs::metadata(&p) {
        Ok(m) => m,
        Err(e) => return Err(super::os::os_error(vm, &e, Some(args[0].clone()))),
    };
    let mtime = md.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_secs_f64()).unwrap_or(0.0);
    Ok(Value::tuple(vec![Value::str(if md.is_dir() { "dir" } else { "file" }), Value::Int(md.len() as i64), Value::Float(mtime)]))
}

/// Categories the default warning filters hide (DeprecationWarning is
/// shown only for code in `__main__`).
fn ignored_by_default(category: &str, module: Option<&str>) -> bool {
    match category {
        "DeprecationWarning" => module != Some("__main__"),
        "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning" => true,
        _ => false,
    }
}

/// `warn(message, category_name='UserWarning', stacklevel=1)`: print
/// `path:line: Category: message` and the source line to stderr, once per
/// call site, as CPython's default filters do.
fn warn(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let message = arg_or_kw(&args, 0, &mut kw, "message");
    let category = arg_or_kw(&args, 1, &mut kw, "category_name");
    let stacklevel = arg_or_kw(&args, 2, &mut kw, "stacklevel");
    no_more_kwargs(vm, "warn", &kw)?;
    let message = match message {
        Some(m) => vm.to_str(&m)?,
        None => return Err(vm.new_exception("TypeError", "warn() missing required argument 'message' (pos 1)")),
    };
    let category = match category {
        None | Some(Value::None) => "UserWarning".to_string(),
        Some(Value::Class(c)) => c.name(),
        Some(v) => vm.str_arg(&v, "warn")?,
    };
    let level = depth_arg(vm, stacklevel.as_ref(), 1)?.max(1);
    let (code, pc, globals) = match python_frame(vm, level - 1) {
        Some(f) => f,
        None => match python_frame(vm, 0) {
            Some(f) => f,
            None => return Ok(Value::None),
        },
    };
    let module = module_name_of(vm, &code, globals);
    if ignored_by_default(&category, module.as_deref()) {
        return Ok(Value::None);
    }
    let path = code.filename.to_string();
    let line = code.code.line_of(pc);
    // The "default" action: once per (message, category, module, line).
    if !vm.warned.insert((format!("{}\0{}\0{}", message, category, path), line)) {
        return Ok(Value::None);
    }
    let mut out = format!("{}:{}: {}: {}\n", path, line, category, message);
    if let Some(src) = get_source_line(vm, &path, line as usize) {
        let s = src.trim();
        if !s.is_empty() {
            out.push_str(&format!("  {}\n", s));
        }
    }
    vm.write_stderr(&out);
    Ok(Value::None)
}
