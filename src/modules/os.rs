//! `os`: process ids, the file system (listdir, remove, mkdir...), the
//! environment, and the OSError subclasses with CPython's messages.
//! `os.path` is the Python module `posixpath` (src/pylib) when present.
//! fork/wait/_exit are in os_process.rs.

use crate::builtins::{add_fn, arg_or_kw, check_nargs, no_more_kwargs, take_kw};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// `os.getpid()`: the one place pids are read from (per interpreter, see
/// src/process).
pub fn current_pid(vm: &Vm) -> i64 {
    vm.pid()
}

pub fn current_ppid(vm: &Vm) -> i64 {
    vm.ppid()
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("os"));
    dict_set_str(&d, "name", Value::str("posix"));
    dict_set_str(&d, "sep", Value::str("/"));
    dict_set_str(&d, "altsep", Value::None);
    dict_set_str(&d, "extsep", Value::str("."));
    dict_set_str(&d, "pathsep", Value::str(":"));
    dict_set_str(&d, "linesep", Value::str("\n"));
    dict_set_str(&d, "curdir", Value::str("."));
    dict_set_str(&d, "pardir", Value::str(".."));
    dict_set_str(&d, "devnull", Value::str("/dev/null"));
    dict_set_str(&d, "SEEK_SET", Value::Int(0));
    dict_set_str(&d, "SEEK_CUR", Value::Int(1));
    dict_set_str(&d, "SEEK_END", Value::Int(2));
    dict_set_str(&d, "F_OK", Value::Int(0));
    dict_set_str(&d, "R_OK", Value::Int(4));
    dict_set_str(&d, "W_OK", Value::Int(2));
    dict_set_str(&d, "X_OK", Value::Int(1));
    dict_set_str(&d, "error", Value::Class(vm.types.exc("OSError")));
    let env = Rc::new(PyDict::new());
    let mut vars: Vec<(String, String)> = std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect();
    vars.sort();
    for (k, v) in vars {
        dict_set_str(&env, &k, Value::string(v));
    }
    dict_set_str(&d, "environ", Value::Dict(env));
    let m = "os";
    let fns: &[(&str, BuiltinFn)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("getenv", getenv),
        ("putenv", putenv),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("fspath", fspath),
        ("strerror", strerror),
        ("access", access),
        ("getuid", getuid),
        ("getlogin", getlogin),
    ];
    for (name, f) in fns {
        add_fn(&d, m, name, *f);
    }
    super::os_process::add_functions(&d);
    let module = Value::Module(Rc::new(Module { name: "os".into(), dict: d.clone() }));
    // `os.path`, once the Python posixpath module exists.
    if crate::modules::pylib_source("posixpath").is_some() {
        dict_set_str(&vm.modules, "os", module.clone());
        let p = vm.import_module("posixpath")?;
        dict_set_str(&d, "path", p.clone());
        dict_set_str(&vm.modules, "os.path", p);
    }
    Ok(module)
}

// ----- errors -----

/// The OSError subclass CPython raises for an errno.
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        111 => "ConnectionRefusedError",
        110 => "TimeoutError",
        _ => "OSError",
    }
}

/// `FileNotFoundError(2, 'No such file or directory')` with `filename`:
/// prints as `[Errno 2] No such file or directory: 'x'`.
pub fn os_error_from_errno(vm: &mut Vm, errno: i32, strerror: &str, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let cls = vm.types.exc(errno_class(errno));
    let args = vec![Value::Int(errno as i64), Value::str(strerror)];
    let exc = vm.exception_instance(&cls, args);
    if let Value::Instance(i) = &exc {
        dict_set_str(&i.dict, "filename", filename.unwrap_or(Value::None));
        dict_set_str(&i.dict, "filename2", filename2.unwrap_or(Value::None));
    }
    PyErr::Exception(exc)
}

/// An OSError for a Rust I/O error on `filename`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    os_error_from_errno(vm, errno, &crate::modules::os_error_text(e), filename, None)
}

/// A path argument: str, bytes (as UTF-8) or an object with `__fspath__`.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            if let Some(f) = vm.lookup_special(v, "__fspath__") {
                let r = vm.call1(&f, v.clone())?;
                return path_arg(vm, &r, fname);
            }
            if let Some(Value::Str(s)) = vm.payload_of(v) {
                return Ok(s.as_str().to_string());
            }
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("{}: path should be string, bytes or os.PathLike, not {}", fname, tn)))
        }
    }
}

// ----- functions -----

fn getpid(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(current_pid(vm)))
}

fn getppid(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(current_ppid(vm)))
}

fn getuid(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if vm.config.deterministic {
        return Ok(Value::Int(1000));
    }
    let uid = std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) as i64).unwrap_or(1000);
    Ok(Value::Int(uid))
}

fn getlogin(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(std::env::var("USER").unwrap_or_else(|_| "user".into())))
}

fn getcwd(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "chdir", args.len(), 1, 1)?;
    let p = path_arg(vm, &args[0], "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(args[0].clone())))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "listdir", args.len(), 0, 1)?;
    let (p, orig) = match args.first() {
        None | Some(Value::None) => (".".to_string(), Value::str(".")),
        Some(v) => (path_arg(vm, v, "listdir")?, v.clone()),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(orig)))?;
    let mut names = Vec::new();
    for ent in rd.flatten() {
        names.push(ent.file_name().to_string_lossy().into_owned());
    }
    // CPython returns directory order; sort for reproducible output.
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn remove(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "remove", args.len(), 1, 1)?;
    let p = path_arg(vm, &args[0], "remove")?;
    if std::path::Path::new(&p).is_dir() {
        return Err(os_error_from_errno(vm, 21, "Is a directory", Some(args[0].clone()), None));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(args[0].clone())))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "rename", args.len(), 2, 2)?;
    let a = path_arg(vm, &args[0], "rename")?;
    let b = path_arg(vm, &args[1], "rename")?;
    if let Err(e) = std::fs::rename(&a, &b) {
        let errno = e.raw_os_error().unwrap_or(5);
        return Err(os_error_from_errno(vm, errno, &crate::modules::os_error_text(&e), Some(args[0].clone()), Some(args[1].clone())));
    }
    Ok(Value::None)
}

fn mode_arg(vm: &mut Vm, args: &[Value], kw: &mut KwArgs, i: usize) -> PyResult<u32> {
    Ok(match arg_or_kw(args, i, kw, "mode") {
        Some(v) => vm.int_arg(&v, "mkdir")? as u32,
        None => 0o777,
    })
}

fn mkdir_one(vm: &mut Vm, path: &str, orig: &Value, mode: u32) -> PyResult<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode).create(path).map_err(|e| os_error(vm, &e, Some(orig.clone())))
}

fn mkdir(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let path = arg_or_kw(&args, 0, &mut kw, "path");
    let mode = mode_arg(vm, &args, &mut kw, 1)?;
    no_more_kwargs(vm, "mkdir", &kw)?;
    let path = match path {
        Some(p) => p,
        None => return Err(vm.new_exception("TypeError", "mkdir() missing required argument 'path' (pos 1)")),
    };
    let p = path_arg(vm, &path, "mkdir")?;
    mkdir_one(vm, &p, &path, mode)?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let path = arg_or_kw(&args, 0, &mut kw, "name");
    let mode = mode_arg(vm, &args, &mut kw, 1)?;
    let exist_ok = match arg_or_kw(&args, 2, &mut kw, "exist_ok") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    no_more_kwargs(vm, "makedirs", &kw)?;
    let path = match path {
        Some(p) => p,
        None => return Err(vm.new_exception("TypeError", "makedirs() missing 1 required positional argument: 'name'")),
    };
    let p = path_arg(vm, &path, "makedirs")?;
    let pb = std::path::Path::new(&p);
    if pb.is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        return Err(os_error_from_errno(vm, 17, "File exists", Some(path), None));
    }
    // Create the parents first (each may already exist).
    let mut parents = Vec::new();
    let mut cur = pb.parent();
    while let Some(c) = cur {
        if c.as_os_str().is_empty() || c.is_dir() {
            break;
        }
        parents.push(c.to_path_buf());
        cur = c.parent();
    }
    for par in parents.iter().rev() {
        let s = par.to_string_lossy().into_owned();
        if !par.is_dir() {
            mkdir_one(vm, &s, &Value::string(s.clone()), mode)?;
        }
    }
    mkdir_one(vm, &p, &path, mode)?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "rmdir", args.len(), 1, 1)?;
    let p = path_arg(vm, &args[0], "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(args[0].clone())))?;
    Ok(Value::None)
}

/// The `os.environ` dict of the imported os module.
fn environ(vm: &mut Vm) -> Option<Rc<PyDict>> {
    match dict_get_str(&vm.modules, "os") {
        Some(Value::Module(m)) => match dict_get_str(&m.dict, "environ") {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

fn getenv(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let key = arg_or_kw(&args, 0, &mut kw, "key");
    let default = arg_or_kw(&args, 1, &mut kw, "default").unwrap_or(Value::None);
    no_more_kwargs(vm, "getenv", &kw)?;
    let key = match key {
        Some(k) => k,
        None => return Err(vm.new_exception("TypeError", "getenv() missing 1 required positional argument: 'key'")),
    };
    let k = match &key {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("str expected, not {}", tn)));
        }
    };
    match environ(vm) {
        Some(env) => Ok(dict_get_str(&env, &k).unwrap_or(default)),
        None => Ok(std::env::var(&k).map(Value::string).unwrap_or(default)),
    }
}

fn putenv(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "putenv", args.len(), 2, 2)?;
    let k = vm.str_arg(&args[0], "putenv")?;
    let v = vm.str_arg(&args[1], "putenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.new_exception("ValueError", "illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn cpu_count(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if vm.config.deterministic {
        return Ok(Value::Int(4));
    }
    Ok(Value::Int(std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1)))
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Random bytes: from the OS, or from the seed under `--seed`/`--deterministic`.
pub fn random_bytes(vm: &mut Vm, n: usize) -> Vec<u8> {
    if vm.config.seed.is_some() || vm.config.deterministic {
        // Counted per interpreter, not per OS thread: the same seed draws
        // the same bytes wherever the interpreter runs.
        let c = vm.urandom_draws;
        vm.urandom_draws += 1;
        let mut state = vm.config.seed.unwrap_or(0) ^ c.wrapping_mul(0xA076_1D64_78BD_642F) ^ 0x5DEE_CE66_D;
        let mut out = Vec::with_capacity(n + 8);
        while out.len() < n {
            out.extend_from_slice(&splitmix64(&mut state).to_le_bytes());
        }
        out.truncate(n);
        return out;
    }
    let mut buf = vec![0u8; n];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
    if !ok {
        let mut state = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
        for chunk in buf.chunks_mut(8) {
            let r = splitmix64(&mut state).to_le_bytes();
            chunk.copy_from_slice(&r[..chunk.len()]);
        }
    }
    buf
}

fn urandom(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "urandom", args.len(), 1, 1)?;
    let n = vm.int_arg(&args[0], "urandom")?;
    if n < 0 {
        return Err(vm.new_exception("ValueError", "negative argument not allowed"));
    }
    Ok(Value::Bytes(Rc::new(random_bytes(vm, n as usize))))
}

fn fspath(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "fspath", args.len(), 1, 1)?;
    match &args[0] {
        Value::Str(_) | Value::Bytes(_) => Ok(args[0].clone()),
        v => {
            if let Some(f) = vm.lookup_special(v, "__fspath__") {
                return vm.call1(&f, v.clone());
            }
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("expected str, bytes or os.PathLike object, not {}", tn)))
        }
    }
}

fn strerror(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "strerror", args.len(), 1, 1)?;
    let n = vm.int_arg(&args[0], "strerror")?;
    let e = std::io::Error::from_raw_os_error(n as i32);
    Ok(Value::string(crate::modules::os_error_text(&e)))
}

fn access(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let _ = take_kw(&mut kw, "follow_symlinks");
    let _ = take_kw(&mut kw, "effective_ids");
    check_nargs(vm, "access", args.len(), 2, 2)?;
    let p = path_arg(vm, &args[0], "access")?;
    let mode = vm.int_arg(&args[1], "access")?;
    let md = match std::fs::metadata(&p) {
        Ok(m) => m,
        Err(_) => return Ok(Value::Bool(false)),
    };
    use std::os::unix::fs::PermissionsExt;
    let perm = md.permissions().mode();
    let ok = (mode & 2 == 0 || perm & 0o222 != 0) && (mode & 1 == 0 || perm & 0o111 != 0);
    Ok(Value::Bool(ok))
}

/// `'file'`, `'dir'` or None: what `_pygil.path_kind` reports.
pub fn path_kind(p: &str) -> Option<&'static str> {
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => Some("dir"),
        Ok(_) => Some("file"),
        Err(_) => None,
    }
}
