//! `open()` and `io`: text files (UTF-8, universal newlines on read),
//! binary files, `io.StringIO` and `io.BytesIO`.
//!
//! A file keeps a read-ahead buffer of raw bytes and a write buffer (8 KiB,
//! as CPython's); dropping the last reference flushes it, like CPython's
//! deallocation. Reads and writes are plain blocking calls for now.

use super::os::{os_error, os_error_from_errno, path_arg};
use crate::builtins::{add_fn, add_getter, add_method, arg_or_kw, check_nargs, no_more_kwargs};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

const BUF_SIZE: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

pub struct FileState {
    file: Option<File>,
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    enc: Encoding,
    /// `newline=None`: translate `\r\n` and `\r` on read.
    universal: bool,
    /// `newline=''`: lines end at `\r`, `\r\n` or `\n` (untranslated).
    split_any: bool,
    /// What `\n` becomes on write (`None`: unchanged).
    write_nl: Option<String>,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    eof: bool,
}

pub struct PyFile(pub RefCell<FileState>);

impl PyFile {
    /// The child's copy after a fork: the same open file (a duplicated
    /// descriptor), the same buffers. `name` is the child's copy of it.
    pub fn fork_copy(&self, name: Value) -> PyFile {
        let st = self.0.borrow();
        PyFile(RefCell::new(FileState {
            file: st.file.as_ref().and_then(|f| f.try_clone().ok()),
            name,
            mode: st.mode.clone(),
            binary: st.binary,
            readable: st.readable,
            writable: st.writable,
            encoding: st.encoding.clone(),
            enc: st.enc,
            universal: st.universal,
            split_any: st.split_any,
            write_nl: st.write_nl.clone(),
            rbuf: st.rbuf.clone(),
            rpos: st.rpos,
            // Unflushed output is written once, by the parent.
            wbuf: Vec::new(),
            eof: st.eof,
        }))
    }
    pub fn name(&self) -> Value {
        self.0.borrow().name.clone()
    }
}

impl MemIO {
    pub fn fork_copy(&self) -> MemIO {
        let st = self.0.borrow();
        MemIO(RefCell::new(MemState { data: st.data.clone(), pos: st.pos, closed: st.closed, bytes: st.bytes }))
    }
}

impl Drop for PyFile {
    fn drop(&mut self) {
        let st = self.0.get_mut();
        if let Some(f) = st.file.as_mut() {
            if !st.wbuf.is_empty() {
                let _ = f.write_all(&st.wbuf);
            }
        }
    }
}

impl FileState {
    fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Read more raw bytes into the buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; 65536];
        let size = if self.binary { 65536 } else { BUF_SIZE };
        let f = self.file.as_mut().expect("open file");
        let n = f.read(&mut chunk[..size])?;
        if n == 0 {
            self.eof = true;
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(true)
    }

    fn flush_write(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            if let Some(f) = self.file.as_mut() {
                f.write_all(&self.wbuf)?;
            }
            self.wbuf.clear();
        }
        Ok(())
    }

    /// Before writing after reading: move the OS position back to the
    /// logical one and drop the read-ahead.
    fn drop_readahead(&mut self) -> std::io::Result<()> {
        let n = self.pending().len();
        // CPython's text layer drops its decoded chunk without seeking
        // back: a write after a read lands after the chunk read.
        if n > 0 && self.binary {
            self.file.as_mut().expect("open file").seek(SeekFrom::Current(-(n as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        Ok(())
    }

    fn read_all_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = self.pending().to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        if !self.eof {
            self.file.as_mut().expect("open file").read_to_end(&mut out)?;
            self.eof = true;
        }
        Ok(out)
    }

    fn read_bytes(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.pending().len() < n {
            if !self.fill()? {
                break;
            }
        }
        let take = n.min(self.pending().len());
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// Bytes up to and including `\n` (at most `limit`).
    fn read_line_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let p = self.pending();
            let max = limit.unwrap_or(usize::MAX);
            if let Some(i) = p[scanned..].iter().position(|&b| b == b'\n') {
                let end = (scanned + i + 1).min(max);
                let out = p[..end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
            if p.len() >= max {
                let out = p[..max].to_vec();
                self.rpos += max;
                return Ok(out);
            }
            scanned = p.len();
            if !self.fill()? {
                let out = self.pending().to_vec();
                self.rpos = self.rbuf.len();
                return Ok(out);
            }
        }
    }

    /// The next character of a text file, with newline translation.
    fn next_char(&mut self) -> Result<Option<char>, String> {
        let io = |e: std::io::Error| e.to_string();
        if self.pending().is_empty() && !self.fill().map_err(io)? {
            return Ok(None);
        }
        let b0 = self.pending()[0];
        let c = match self.enc {
            Encoding::Latin1 => {
                self.rpos += 1;
                b0 as char
            }
            Encoding::Ascii => {
                if b0 >= 128 {
                    return Err(format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b0, 0));
                }
                self.rpos += 1;
                b0 as char
            }
            Encoding::Utf8 => {
                let len = match b0 {
                    0..=0x7f => 1,
                    0xc2..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf4 => 4,
                    _ => return Err(format!("'utf-8' codec can't decode byte 0x{:02x} in position 0: invalid start byte", b0)),
                };
                while self.pending().len() < len {
                    if !self.fill().map_err(io)? {
                        return Err(format!("'utf-8' codec can't decode byte 0x{:02x} in position 0: unexpected end of data", b0));
                    }
                }
                let bytes = &self.pending()[..len];
                match std::str::from_utf8(bytes) {
                    Ok(s) => {
                        let c = s.chars().next().unwrap_or('\u{fffd}');
                        self.rpos += len;
                        c
                    }
                    Err(_) => return Err(format!("'utf-8' codec can't decode byte 0x{:02x} in position 0: invalid continuation byte", b0)),
                }
            }
        };
        if c == '\r' && self.universal {
            if self.pending().is_empty() {
                let _ = self.fill();
            }
            if self.pending().first() == Some(&b'\n') {
                self.rpos += 1;
            }
            return Ok(Some('\n'));
        }
        Ok(Some(c))
    }

    fn decode(&self, bytes: Vec<u8>) -> Result<String, String> {
        let s = match self.enc {
            Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
            Encoding::Ascii => {
                if let Some(i) = bytes.iter().position(|&b| b >= 128) {
                    return Err(format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", bytes[i], i));
                }
                String::from_utf8(bytes).unwrap_or_default()
            }
            Encoding::Utf8 => match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let b = e.as_bytes()[pos];
                    let why = if e.utf8_error().error_len().is_none() { "unexpected end of data" } else if (0x80..0xc2).contains(&b) || b > 0xf4 { "invalid start byte" } else { "invalid continuation byte" };
                    return Err(format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b, pos, why));
                }
            },
        };
        Ok(if self.universal && s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s })
    }

    fn encode(&self, s: &str) -> Result<Vec<u8>, String> {
        let s = match &self.write_nl {
            Some(nl) if s.contains('\n') => s.replace('\n', nl),
            _ => s.to_string(),
        };
        match self.enc {
            Encoding::Utf8 => Ok(s.into_bytes()),
            Encoding::Latin1 | Encoding::Ascii => {
                let lim = if self.enc == Encoding::Latin1 { 256 } else { 128 };
                let mut out = Vec::with_capacity(s.len());
                for (i, c) in s.chars().enumerate() {
                    if (c as u32) >= lim {
                        let name = if lim == 256 { "latin-1" } else { "ascii" };
                        return Err(format!("'{}' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range({})", name, c as u32, i, lim));
                    }
                    out.push(c as u8);
                }
                Ok(out)
            }
        }
    }

    fn write_bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.drop_readahead()?;
        self.wbuf.extend_from_slice(b);
        if self.wbuf.len() >= BUF_SIZE {
            self.flush_write()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush_write()?;
        let pos = self.file.as_mut().expect("open file").stream_position()?;
        Ok(pos - self.pending().len() as u64)
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush_write()?;
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n - self.pending().len() as i64),
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        self.file.as_mut().expect("open file").seek(to)
    }
}

// ----- classes -----

fn io_base(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("io._IOBase") {
        return c.clone();
    }
    let c = crate::vm::types::new_class("_IOBase", vec![vm.types.object.clone()], BaseKind::Other, true, "_io");
    vm.native_classes.insert("io._IOBase", c.clone());
    c
}

fn file_class(vm: &mut Vm, key: &'static str) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get(key) {
        return c.clone();
    }
    let name = key.trim_start_matches("io.");
    let base = io_base(vm);
    let cls = crate::vm::types::new_class(name, vec![base], BaseKind::Other, true, "_io");
    let methods: &[(&str, BuiltinFn)] = &[
        ("read", file_read),
        ("read1", file_read),
        ("readline", file_readline),
        ("readlines", file_readlines),
        ("write", file_write),
        ("writelines", file_writelines),
        ("close", file_close),
        ("flush", file_flush),
        ("seek", file_seek),
        ("tell", file_tell),
        ("truncate", file_truncate),
        ("readable", file_readable),
        ("writable", file_writable),
        ("seekable", file_seekable),
        ("fileno", file_fileno),
        ("isatty", file_isatty),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__iter__", file_enter),
        ("__next__", file_next),
        ("__repr__", file_repr),
    ];
    for (n, f) in methods {
        add_method(&cls, n, *f);
    }
    add_getter(&cls, "closed", file_closed);
    add_getter(&cls, "name", file_name);
    add_getter(&cls, "mode", file_mode);
    if name == "TextIOWrapper" {
        add_getter(&cls, "encoding", file_encoding);
        add_getter(&cls, "errors", file_errors);
        add_getter(&cls, "newlines", file_newlines);
        add_getter(&cls, "buffer", file_buffer);
        dict_set_str(&cls.dict, "line_buffering", Value::Bool(false));
    }
    vm.native_classes.insert(key, cls.clone());
    cls
}

pub fn unsupported_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("io.UnsupportedOperation") {
        return c.clone();
    }
    let bases = vec![vm.types.exc("OSError"), vm.types.exc("ValueError")];
    let c = crate::vm::types::new_class("UnsupportedOperation", bases, BaseKind::Exception, true, "io");
    vm.native_classes.insert("io.UnsupportedOperation", c.clone());
    c
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = unsupported_class(vm);
    PyErr::Exception(vm.exception_instance(&cls, vec![Value::str(msg)]))
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.new_exception("ValueError", "I/O operation on closed file.")
}


/// Register `open` in the builtins.
pub fn install_builtins(vm: &mut Vm) {
    let b = vm.builtins.clone();
    add_fn(&b, "builtins", "open", open);
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("io"));
    add_fn(&d, "io", "open", open);
    dict_set_str(&d, "SEEK_SET", Value::Int(0));
    dict_set_str(&d, "SEEK_CUR", Value::Int(1));
    dict_set_str(&d, "SEEK_END", Value::Int(2));
    dict_set_str(&d, "DEFAULT_BUFFER_SIZE", Value::Int(BUF_SIZE as i64));
    let u = unsupported_class(vm);
    dict_set_str(&d, "UnsupportedOperation", Value::Class(u));
    let base = io_base(vm);
    for n in ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"] {
        dict_set_str(&d, n, Value::Class(base.clone()));
    }
    for key in ["io.TextIOWrapper", "io.BufferedReader", "io.BufferedWriter", "io.BufferedRandom"] {
        let c = file_class(vm, key);
        dict_set_str(&d, key.trim_start_matches("io."), Value::Class(c));
    }
    dict_set_str(&d, "StringIO", Value::Class(memio_class(vm, false)));
    dict_set_str(&d, "BytesIO", Value::Class(memio_class(vm, true)));
    Ok(Value::Module(Rc::new(Module { name: "io".into(), dict: d })))
}

// ----- open -----

struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create_new: bool,
    truncate: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode { read: false, write: false, append: false, create_new: false, truncate: false, plus: false, binary: false };
    let mut text = false;
    let mut kinds = 0;
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) || !"rwaxbt+U".contains(c) {
            return Err(vm.new_exception("ValueError", &format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
        match c {
            'r' => {
                m.read = true;
                kinds += 1
            }
            'w' => {
                m.write = true;
                m.truncate = true;
                kinds += 1
            }
            'a' => {
                m.write = true;
                m.append = true;
                kinds += 1
            }
            'x' => {
                m.write = true;
                m.create_new = true;
                kinds += 1
            }
            '+' => m.plus = true,
            'b' => m.binary = true,
            't' => text = true,
            _ => {}
        }
    }
    if text && m.binary {
        return Err(vm.new_exception("ValueError", "can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(vm.new_exception("ValueError", "must have exactly one of create/read/write/append mode"));
    }
    if m.plus {
        m.read = true;
        m.write = true;
    }
    Ok(m)
}

fn open(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let file = arg_or_kw(&args, 0, &mut kw, "file");
    let mode_v = arg_or_kw(&args, 1, &mut kw, "mode");
    let _buffering = arg_or_kw(&args, 2, &mut kw, "buffering");
    let encoding = arg_or_kw(&args, 3, &mut kw, "encoding").filter(|v| !v.is_none());
    let errors = arg_or_kw(&args, 4, &mut kw, "errors").filter(|v| !v.is_none());
    let newline = arg_or_kw(&args, 5, &mut kw, "newline").filter(|v| !v.is_none());
    let _closefd = arg_or_kw(&args, 6, &mut kw, "closefd");
    let _opener = arg_or_kw(&args, 7, &mut kw, "opener");
    no_more_kwargs(vm, "open", &kw)?;
    if args.len() > 8 {
        return Err(vm.new_exception("TypeError", &format!("open() takes at most 8 arguments ({} given)", args.len())));
    }
    let file = match file {
        Some(f) => f,
        None => return Err(vm.new_exception("TypeError", "open() missing required argument 'file' (pos 1)")),
    };
    let mode_s = match &mode_v {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("open() argument 'mode' must be str, not {}", tn)));
        }
    };
    let m = parse_mode(vm, &mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(vm.new_exception("ValueError", "binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.new_exception("ValueError", "binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.new_exception("ValueError", "binary mode doesn't take a newline argument"));
    }
    let (enc_name, enc) = match &encoding {
        None => ("UTF-8".to_string(), Encoding::Utf8),
        Some(v) => {
            let s = vm.str_arg(v, "open")?;
            let norm = s.to_lowercase().replace('_', "-");
            let e = match norm.as_str() {
                "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => Encoding::Utf8,
                "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "cp819" => Encoding::Latin1,
                "ascii" | "us-ascii" | "646" => Encoding::Ascii,
                _ => return Err(vm.new_exception("LookupError", &format!("unknown encoding: {}", s))),
            };
            (s, e)
        }
    };
    let (universal, split_any, write_nl) = match &newline {
        None => (true, false, None),
        Some(v) => {
            let s = vm.str_arg(v, "open")?;
            match s.as_str() {
                "" => (false, true, None),
                "\n" => (false, false, None),
                "\r" | "\r\n" => (false, false, Some(s)),
                _ => {
                    let r = vm.repr(v)?;
                    return Err(vm.new_exception("ValueError", &format!("illegal newline value: {}", r)));
                }
            }
        }
    };
    if let Value::Int(_) | Value::Bool(_) = file {
        return Err(vm.new_exception("OSError", "open() of file descriptors is not supported by pygil"));
    }
    let path = path_arg(vm, &file, "open")?;
    let mut oo = std::fs::OpenOptions::new();
    oo.read(m.read).write(m.write && !m.append).append(m.append);
    if m.truncate {
        oo.truncate(true).create(true);
    }
    if m.append {
        oo.create(true);
    }
    if m.create_new {
        oo.create_new(true);
    }
    let f = match oo.open(&path) {
        Ok(f) => f,
        Err(e) => {
            if e.raw_os_error().is_none() && std::path::Path::new(&path).is_dir() {
                return Err(os_error_from_errno(vm, 21, "Is a directory", Some(file.clone()), None));
            }
            return Err(os_error(vm, &e, Some(file.clone())));
        }
    };
    if f.metadata().map(|md| md.is_dir()).unwrap_or(false) {
        return Err(os_error_from_errno(vm, 21, "Is a directory", Some(file.clone()), None));
    }
    let key = if !m.binary {
        "io.TextIOWrapper"
    } else if m.read && m.write {
        "io.BufferedRandom"
    } else if m.read {
        "io.BufferedReader"
    } else {
        "io.BufferedWriter"
    };
    let cls = file_class(vm, key);
    let st = FileState {
        file: Some(f),
        name: file.clone(),
        mode: mode_s,
        binary: m.binary,
        readable: m.read,
        writable: m.write,
        encoding: enc_name,
        enc,
        universal,
        split_any,
        write_nl,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        eof: false,
    };
    Ok(Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(PyFile(RefCell::new(st))) })))
}

// ----- file methods -----

fn this(v: &Value) -> Option<&PyFile> {
    match v {
        Value::Native(n) => n.downcast::<PyFile>(),
        _ => None,
    }
}

/// Run `f` on the open file state of `args[0]`.
fn with_file<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &mut FileState) -> PyResult<R>) -> PyResult<R> {
    let pf = match this(v) {
        Some(p) => p,
        None => return Err(vm.new_exception("TypeError", "descriptor requires a '_io.TextIOWrapper' object")),
    };
    let mut st = pf.0.borrow_mut();
    if st.file.is_none() {
        drop(st);
        return Err(closed_error(vm));
    }
    f(vm, &mut st)
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.int_arg(v, "read")?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn decode_err(vm: &mut Vm, msg: String) -> PyErr {
    vm.new_exception("UnicodeDecodeError", &msg)
}

fn file_read(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "read", args.len() - 1, 0, 1)?;
    let n = size_arg(vm, args.get(1))?;
    with_file(vm, &args[0], |vm, st| {
        if !st.readable {
            return Err(unsupported(vm, "not readable"));
        }
        st.flush_write().map_err(|e| os_error(vm, &e, None))?;
        if st.binary {
            let b = match n {
                None => st.read_all_bytes(),
                Some(n) => st.read_bytes(n),
            }
            .map_err(|e| os_error(vm, &e, None))?;
            return Ok(Value::Bytes(Rc::new(b)));
        }
        match n {
            None => {
                let b = st.read_all_bytes().map_err(|e| os_error(vm, &e, None))?;
                let s = st.decode(b).map_err(|m| decode_err(vm, m))?;
                Ok(Value::string(s))
            }
            Some(n) => {
                let mut s = String::new();
                for _ in 0..n {
                    match st.next_char().map_err(|m| decode_err(vm, m))? {
                        Some(c) => s.push(c),
                        None => break,
                    }
                }
                Ok(Value::string(s))
            }
        }
    })
}

fn read_line(vm: &mut Vm, st: &mut FileState, limit: Option<usize>) -> PyResult<Value> {
    if !st.readable {
        return Err(unsupported(vm, "not readable"));
    }
    st.flush_write().map_err(|e| os_error(vm, &e, None))?;
    if st.binary {
        let b = st.read_line_bytes(limit).map_err(|e| os_error(vm, &e, None))?;
        return Ok(Value::Bytes(Rc::new(b)));
    }
    if st.enc == Encoding::Utf8 && !st.universal && !st.split_any {
        let b = st.read_line_bytes(limit.filter(|_| false)).map_err(|e| os_error(vm, &e, None))?;
        if limit.is_none() {
            let s = st.decode(b).map_err(|m| decode_err(vm, m))?;
            return Ok(Value::string(s));
        }
        // With a limit: give back what is past it.
        let s = st.decode(b).map_err(|m| decode_err(vm, m))?;
        let lim = limit.unwrap_or(0);
        let head: String = s.chars().take(lim).collect();
        let tail = s[head.len()..].as_bytes().to_vec();
        let rest = st.pending().to_vec();
        st.rbuf = [tail, rest].concat();
        st.rpos = 0;
        return Ok(Value::string(head));
    }
    let mut s = String::new();
    let mut n = 0;
    while limit.map(|l| n < l).unwrap_or(true) {
        match st.next_char().map_err(|m| decode_err(vm, m))? {
            Some(c) => {
                s.push(c);
                n += 1;
                if c == '\n' {
                    break;
                }
                if c == '\r' && st.split_any {
                    if st.pending().is_empty() {
                        let _ = st.fill();
                    }
                    if st.pending().first() == Some(&b'\n') && limit.map(|l| n < l).unwrap_or(true) {
                        st.rpos += 1;
                        s.push('\n');
                    }
                    break;
                }
            }
            None => break,
        }
    }
    Ok(Value::string(s))
}

fn file_readline(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "readline", args.len() - 1, 0, 1)?;
    let n = size_arg(vm, args.get(1))?;
    with_file(vm, &args[0], |vm, st| read_line(vm, st, n))
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn value_len(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.as_str().len(),
        Value::Bytes(b) => b.len(),
        _ => 0,
    }
}

fn file_readlines(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "readlines", args.len() - 1, 0, 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    with_file(vm, &args[0], |vm, st| {
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let l = read_line(vm, st, None)?;
            if is_empty(&l) {
                break;
            }
            total += value_len(&l);
            lines.push(l);
            if let Some(h) = hint {
                if total >= h {
                    break;
                }
            }
        }
        Ok(Value::list(lines))
    })
}

fn write_value(vm: &mut Vm, st: &mut FileState, v: &Value) -> PyResult<usize> {
    if !st.writable {
        return Err(unsupported(vm, "not writable"));
    }
    if st.binary {
        let b = match v {
            Value::Bytes(b) => b.clone(),
            other => {
                let tn = vm.type_name(other);
                return Err(vm.new_exception("TypeError", &format!("a bytes-like object is required, not '{}'", tn)));
            }
        };
        st.write_bytes(&b).map_err(|e| os_error(vm, &e, None))?;
        return Ok(b.len());
    }
    let s = match v {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("write() argument must be str, not {}", tn)));
        }
    };
    let b = st.encode(s.as_str()).map_err(|m| vm.new_exception("UnicodeEncodeError", &m))?;
    st.write_bytes(&b).map_err(|e| os_error(vm, &e, None))?;
    Ok(s.char_len())
}

fn file_write(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "write", args.len() - 1, 1, 1)?;
    let v = args[1].clone();
    with_file(vm, &args[0], |vm, st| Ok(Value::Int(write_value(vm, st, &v)? as i64)))
}

fn file_writelines(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "writelines", args.len() - 1, 1, 1)?;
    if this(&args[0]).map(|p| p.0.borrow().file.is_none()).unwrap_or(false) {
        return Err(closed_error(vm));
    }
    let items = vm.collect(&args[1])?;
    with_file(vm, &args[0], |vm, st| {
        for it in &items {
            write_value(vm, st, it)?;
        }
        Ok(Value::None)
    })
}

fn file_close(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if let Some(pf) = this(&args[0]) {
        let mut st = pf.0.borrow_mut();
        let r = st.flush_write();
        st.file = None;
        st.rbuf.clear();
        st.rpos = 0;
        drop(st);
        if let Err(e) = r {
            return Err(os_error(vm, &e, None));
        }
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |vm, st| {
        st.flush_write().map_err(|e| os_error(vm, &e, None))?;
        Ok(Value::None)
    })
}

fn file_seek(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "seek", args.len() - 1, 1, 2)?;
    let off = vm.int_arg(&args[1], "seek")?;
    let whence = match args.get(2) {
        Some(w) => vm.int_arg(w, "seek")?,
        None => 0,
    };
    with_file(vm, &args[0], |vm, st| {
        if !st.binary && whence != 0 && off != 0 {
            let m = if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" };
            return Err(unsupported(vm, m));
        }
        let to = match whence {
            0 => {
                if off < 0 {
                    return Err(vm.new_exception("ValueError", &format!("negative seek position {}", off)));
                }
                SeekFrom::Start(off as u64)
            }
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => {
                let m = format!("invalid whence ({}, should be 0, 1 or 2)", whence);
                return Err(vm.new_exception("ValueError", &m));
            }
        };
        let p = st.seek(to).map_err(|e| os_error(vm, &e, None))?;
        Ok(Value::Int(p as i64))
    })
}

fn file_tell(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |vm, st| {
        let p = st.tell().map_err(|e| os_error(vm, &e, None))?;
        Ok(Value::Int(p as i64))
    })
}

fn file_truncate(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.int_arg(v, "truncate")? as u64),
    };
    with_file(vm, &args[0], |vm, st| {
        if !st.writable {
            return Err(unsupported(vm, "File not open for writing"));
        }
        let pos = st.tell().map_err(|e| os_error(vm, &e, None))?;
        let size = size.unwrap_or(pos);
        st.seek(SeekFrom::Start(pos)).map_err(|e| os_error(vm, &e, None))?;
        st.file.as_mut().expect("open file").set_len(size).map_err(|e| os_error(vm, &e, None))?;
        Ok(Value::Int(size as i64))
    })
}

fn file_readable(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, st| Ok(Value::Bool(st.readable)))
}
fn file_writable(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, st| Ok(Value::Bool(st.writable)))
}
fn file_seekable(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, _| Ok(Value::Bool(true)))
}
fn file_isatty(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, _| Ok(Value::Bool(false)))
}
fn file_fileno(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, st| {
        use std::os::unix::io::AsRawFd;
        Ok(Value::Int(st.file.as_ref().map(|f| f.as_raw_fd() as i64).unwrap_or(-1)))
    })
}

fn file_enter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_file(vm, &args[0], |_, _| Ok(()))?;
    Ok(args[0].clone())
}

fn file_exit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    file_close(vm, vec![args[0].clone()], Vec::new())?;
    Ok(Value::None)
}

fn file_next(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = with_file(vm, &args[0], |vm, st| read_line(vm, st, None))?;
    if is_empty(&l) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn file_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (name, mode, enc, binary, closed) = match this(&args[0]) {
        Some(pf) => {
            let st = pf.0.borrow();
            (st.name.clone(), st.mode.clone(), st.encoding.clone(), st.binary, st.file.is_none())
        }
        None => return Ok(Value::str("<_io file>")),
    };
    let cls = vm.type_of(&args[0]).name();
    if closed && binary {
        return Ok(Value::string(format!("<_io.{} name={}>", cls, vm.repr(&name)?)));
    }
    if closed {
        return Ok(Value::string(format!("<_io.{} name={} mode='{}' encoding='{}'>", cls, vm.repr(&name)?, mode, enc)));
    }
    let r = vm.repr(&name)?;
    Ok(Value::string(if binary { format!("<_io.{} name={}>", cls, r) } else { format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", r, mode, enc) }))
}

fn file_closed(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Bool(this(&args[0]).map(|p| p.0.borrow().file.is_none()).unwrap_or(true)))
}
fn file_name(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(this(&args[0]).map(|p| p.0.borrow().name.clone()).unwrap_or(Value::None))
}
fn file_mode(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(this(&args[0]).map(|p| Value::string(p.0.borrow().mode.clone())).unwrap_or(Value::None))
}
fn file_encoding(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(this(&args[0]).map(|p| Value::string(p.0.borrow().encoding.clone())).unwrap_or(Value::None))
}
fn file_errors(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::str("strict"))
}
fn file_newlines(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}
fn file_buffer(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ----- StringIO / BytesIO -----

pub struct MemState {
    /// Chars for StringIO (as u32), bytes for BytesIO.
    data: Vec<u32>,
    pos: usize,
    closed: bool,
    bytes: bool,
}

pub struct MemIO(pub RefCell<MemState>);

fn memio_class(vm: &mut Vm, bytes: bool) -> Rc<Class> {
    let key = if bytes { "io.BytesIO" } else { "io.StringIO" };
    if let Some(c) = vm.native_classes.get(key) {
        return c.clone();
    }
    let base = io_base(vm);
    let cls = crate::vm::types::new_class(key.trim_start_matches("io."), vec![base], BaseKind::Other, true, "_io");
    let methods: &[(&str, BuiltinFn)] = &[
        ("read", mem_read),
        ("read1", mem_read),
        ("readline", mem_readline),
        ("readlines", mem_readlines),
        ("write", mem_write),
        ("writelines", mem_writelines),
        ("getvalue", mem_getvalue),
        ("seek", mem_seek),
        ("tell", mem_tell),
        ("truncate", mem_truncate),
        ("close", mem_close),
        ("flush", mem_flush),
        ("readable", mem_true),
        ("writable", mem_true),
        ("seekable", mem_true),
        ("isatty", mem_false),
        ("__enter__", mem_enter),
        ("__exit__", mem_exit),
        ("__iter__", mem_enter),
        ("__next__", mem_next),
    ];
    for (n, f) in methods {
        add_method(&cls, n, *f);
    }
    add_getter(&cls, "closed", mem_closed);
    cls.ctor.set(Some(if bytes { bytesio_new } else { stringio_new }));
    vm.native_classes.insert(key, cls.clone());
    cls
}

fn stringio_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let init = arg_or_kw(&args, 1, &mut kw, "initial_value");
    let _newline = arg_or_kw(&args, 2, &mut kw, "newline");
    no_more_kwargs(vm, "StringIO", &kw)?;
    let data = match init {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Str(s)) => s.as_str().chars().map(|c| c as u32).collect(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.new_exception("TypeError", &format!("initial_value must be str or None, not {}", tn)));
        }
    };
    let cls = memio_class(vm, false);
    Ok(Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(MemIO(RefCell::new(MemState { data, pos: 0, closed: false, bytes: false }))) })))
}

fn bytesio_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let init = arg_or_kw(&args, 1, &mut kw, "initial_bytes");
    no_more_kwargs(vm, "BytesIO", &kw)?;
    let data = match init {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Bytes(b)) => b.iter().map(|&x| x as u32).collect(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.new_exception("TypeError", &format!("a bytes-like object is required, not '{}'", tn)));
        }
    };
    let cls = memio_class(vm, true);
    Ok(Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(MemIO(RefCell::new(MemState { data, pos: 0, closed: false, bytes: true }))) })))
}

fn mem(v: &Value) -> Option<&MemIO> {
    match v {
        Value::Native(n) => n.downcast::<MemIO>(),
        _ => None,
    }
}

fn with_mem<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &mut MemState) -> PyResult<R>) -> PyResult<R> {
    let m = match mem(v) {
        Some(m) => m,
        None => return Err(vm.new_exception("TypeError", "descriptor requires a '_io.StringIO' object")),
    };
    let mut st = m.0.borrow_mut();
    if st.closed {
        drop(st);
        return Err(closed_error(vm));
    }
    f(vm, &mut st)
}

fn mem_value(st: &MemState, items: &[u32]) -> Value {
    if st.bytes {
        Value::Bytes(Rc::new(items.iter().map(|&x| x as u8).collect()))
    } else {
        Value::string(items.iter().map(|&x| char::from_u32(x).unwrap_or('\u{fffd}')).collect())
    }
}

fn mem_read(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "read", args.len() - 1, 0, 1)?;
    let n = size_arg(vm, args.get(1))?;
    with_mem(vm, &args[0], |_, st| {
        let start = st.pos.min(st.data.len());
        let end = match n {
            None => st.data.len(),
            Some(n) => (start + n).min(st.data.len()),
        };
        st.pos = end.max(st.pos);
        Ok(mem_value(st, &st.data[start..end]))
    })
}

fn mem_line(st: &mut MemState, limit: Option<usize>) -> Value {
    let start = st.pos.min(st.data.len());
    let mut end = match st.data[start..].iter().position(|&c| c == '\n' as u32) {
        Some(i) => start + i + 1,
        None => st.data.len(),
    };
    if let Some(l) = limit {
        end = end.min(start + l);
    }
    st.pos = end.max(st.pos);
    mem_value(st, &st.data[start..end])
}

fn mem_readline(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "readline", args.len() - 1, 0, 1)?;
    let n = size_arg(vm, args.get(1))?;
    with_mem(vm, &args[0], |_, st| Ok(mem_line(st, n)))
}

fn mem_readlines(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, st| {
        let mut out = Vec::new();
        loop {
            let l = mem_line(st, None);
            if is_empty(&l) {
                break;
            }
            out.push(l);
        }
        Ok(Value::list(out))
    })
}

fn mem_write_value(vm: &mut Vm, st: &mut MemState, v: &Value) -> PyResult<usize> {
    let items: Vec<u32> = match (st.bytes, v) {
        (false, Value::Str(s)) => s.as_str().chars().map(|c| c as u32).collect(),
        (true, Value::Bytes(b)) => b.iter().map(|&x| x as u32).collect(),
        (false, other) => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("string argument expected, got '{}'", tn)));
        }
        (true, other) => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("a bytes-like object is required, not '{}'", tn)));
        }
    };
    let n = items.len();
    if st.pos > st.data.len() {
        st.data.resize(st.pos, 0);
    }
    let end = (st.pos + n).min(st.data.len());
    st.data.splice(st.pos..end, items);
    st.pos += n;
    Ok(n)
}

fn mem_write(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "write", args.len() - 1, 1, 1)?;
    let v = args[1].clone();
    with_mem(vm, &args[0], |vm, st| Ok(Value::Int(mem_write_value(vm, st, &v)? as i64)))
}

fn mem_writelines(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "writelines", args.len() - 1, 1, 1)?;
    let items = vm.collect(&args[1])?;
    with_mem(vm, &args[0], |vm, st| {
        for it in &items {
            mem_write_value(vm, st, it)?;
        }
        Ok(Value::None)
    })
}

fn mem_getvalue(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, st| Ok(mem_value(st, &st.data)))
}

fn mem_seek(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "seek", args.len() - 1, 1, 2)?;
    let off = vm.int_arg(&args[1], "seek")?;
    let whence = match args.get(2) {
        Some(w) => vm.int_arg(w, "seek")?,
        None => 0,
    };
    with_mem(vm, &args[0], |vm, st| {
        if !st.bytes && whence != 0 && off != 0 {
            let m = if whence == 1 { "Can't do nonzero cur-relative seeks" } else { "Can't do nonzero end-relative seeks" };
            return Err(vm.new_exception("OSError", m));
        }
        let new = match whence {
            0 => {
                if off < 0 {
                    return Err(vm.new_exception("ValueError", &format!("negative seek value {}", off)));
                }
                off
            }
            1 => (st.pos as i64 + off).max(0),
            2 => (st.data.len() as i64 + off).max(0),
            _ => {
                let m = format!("invalid whence ({}, should be 0, 1 or 2)", whence);
                return Err(vm.new_exception("ValueError", &m));
            }
        };
        st.pos = new as usize;
        Ok(Value::Int(new))
    })
}

fn mem_tell(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, st| Ok(Value::Int(st.pos as i64)))
}

fn mem_truncate(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.int_arg(v, "truncate")?),
    };
    with_mem(vm, &args[0], |vm, st| {
        let size = size.unwrap_or(st.pos as i64);
        if size < 0 {
            return Err(vm.new_exception("ValueError", &format!("Negative size value {}", size)));
        }
        st.data.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn mem_close(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    if let Some(m) = mem(&args[0]) {
        let mut st = m.0.borrow_mut();
        st.closed = true;
        st.data = Vec::new();
    }
    Ok(Value::None)
}

fn mem_flush(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, _| Ok(Value::None))
}
fn mem_true(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, _| Ok(Value::Bool(true)))
}
fn mem_false(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, _| Ok(Value::Bool(false)))
}
fn mem_enter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    with_mem(vm, &args[0], |_, _| Ok(()))?;
    Ok(args[0].clone())
}
fn mem_exit(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    mem_close(vm, vec![args[0].clone()], Vec::new())
}
fn mem_next(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let l = with_mem(vm, &args[0], |_, st| Ok(mem_line(st, None)))?;
    if is_empty(&l) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}
fn mem_closed(_vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(mem(&args[0]).map(|m| m.0.borrow().closed).unwrap_or(true)))
}
