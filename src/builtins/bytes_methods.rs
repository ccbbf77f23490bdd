//! Methods of `bytes` (CPython 3.11 semantics and messages).

use super::str_methods::{adjust_indices, as_pystr, check_nargs_old, codec_name, slice_bound};
use super::*;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let c = vm.types.bytes.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("join", bytes_join),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("replace", bytes_replace),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("capitalize", bytes_capitalize),
        ("title", bytes_title),
        ("center", bytes_center),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("zfill", bytes_zfill),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("islower", bytes_islower),
        ("isupper", bytes_isupper),
        ("isascii", bytes_isascii),
        ("istitle", bytes_istitle),
        ("expandtabs", bytes_expandtabs),
        ("translate", bytes_translate),
        ("__len__", bytes_len),
        ("__getitem__", bytes_getitem),
        ("__contains__", bytes_contains),
        ("__add__", bytes_add),
        ("__mul__", bytes_mul),
        ("__rmul__", bytes_mul),
        ("__eq__", bytes_eq),
        ("__ne__", bytes_ne),
        ("__lt__", bytes_lt),
        ("__le__", bytes_le),
        ("__gt__", bytes_gt),
        ("__ge__", bytes_ge),
        ("__hash__", bytes_hash),
        ("__iter__", bytes_iter),
        ("__repr__", bytes_repr),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    let mt = builtin("maketrans", bytes_maketrans);
    dict_set_str(&c.dict, "maketrans", Value::Descriptor(Rc::new(Descriptor::StaticMethod(mt))));
    let fh = builtin("fromhex", bytes_fromhex);
    dict_set_str(&c.dict, "fromhex", Value::Descriptor(Rc::new(Descriptor::ClassMethod(fh))));
}

// ---------------------------------------------------------------- helpers

type Bytes = Rc<Vec<u8>>;

fn as_bytes(vm: &Vm, v: &Value) -> Option<Bytes> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::Bytes(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Bytes> {
    match args.first() {
        None => Err(vm.new_exception("TypeError", &format!("unbound method bytes.{}() needs an argument", name))),
        Some(v) => match as_bytes(vm, v) {
            Some(b) => Ok(b),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exception("TypeError", &format!("descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object", name, tn)))
            }
        },
    }
}

fn this0(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Bytes> {
    let b = this(vm, args, name)?;
    check_method_args(vm, "bytes", name, kw, args.len() - 1, 0, 0)?;
    Ok(b)
}

/// A bytes-like argument: TypeError `a bytes-like object is required, not 'str'`.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Bytes> {
    match as_bytes(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("a bytes-like object is required, not '{}'", tn)))
        }
    }
}

/// A needle: bytes, or an int in range(256).
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Bytes> {
    if let Some(b) = as_bytes(vm, v) {
        return Ok(b);
    }
    match vm.index_value(v)? {
        Some(i) if (0..256).contains(&i) => Ok(Rc::new(vec![i as u8])),
        Some(_) => Err(vm.new_exception("ValueError", "byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("argument should be integer or bytes-like object, not '{}'", tn)))
        }
    }
}

fn bval(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

fn blist(v: Vec<&[u8]>) -> Value {
    Value::list(v.into_iter().map(|s| bval(s.to_vec())).collect())
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}

pub fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// Non-overlapping split on `sep` from the left, at most `max` splits.
fn split_sep<'a>(h: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    while out.len() < max {
        match find_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn rsplit_sep<'a>(h: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    while out.len() < max {
        match rfind_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_ws(h: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = h.len();
    let mut left = max;
    while left > 0 {
        while i < n && is_space(h[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !is_space(h[i]) {
            i += 1;
        }
        out.push(&h[j..i]);
        left -= 1;
    }
    if i < n {
        while i < n && is_space(h[i]) {
            i += 1;
        }
        if i != n {
            out.push(&h[i..]);
        }
    }
    out
}

fn rsplit_ws(h: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut j = h.len();
    let mut left = max;
    while left > 0 {
        while j > 0 && is_space(h[j - 1]) {
            j -= 1;
        }
        if j == 0 {
            break;
        }
        let k = j;
        while j > 0 && !is_space(h[j - 1]) {
            j -= 1;
        }
        out.push(&h[j..k]);
        left -= 1;
    }
    if j > 0 {
        while j > 0 && is_space(h[j - 1]) {
            j -= 1;
        }
        if j != 0 {
            out.push(&h[..j]);
        }
    }
    out.reverse();
    out
}

// ---------------------------------------------------------------- decode, hex

fn str_param(vm: &mut Vm, v: &Option<Value>, fname: &str, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match as_pystr(vm, v) {
            Some(p) => Ok(p.as_str().to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exception("TypeError", &format!("{}() argument '{}' must be str, not {}", fname, what, tn)))
            }
        },
    }
}

fn kw_args(vm: &mut Vm, fname: &str, args: &[Value], mut kw: KwArgs, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(vm.new_exception("TypeError", &format!("{}() takes at most {} arguments ({} given)", fname, names.len(), args.len())));
    }
    let mut out: Vec<Option<Value>> = (0..names.len()).map(|i| args.get(i).cloned()).collect();
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(&mut kw, n) {
            if out[i].is_some() {
                return Err(vm.new_exception("TypeError", &format!("argument for {}() given by name ('{}') and position ({})", fname, n, i + 1)));
            }
            out[i] = Some(v);
        }
    }
    if let Some((k, _)) = kw.first() {
        return Err(vm.new_exception("TypeError", &format!("'{}' is an invalid keyword argument for {}()", k.as_str(), fname)));
    }
    Ok(out)
}

/// `b.decode(codec, errors)`.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // Find the next undecodable run [i+start, i+end) and its reason.
        let (good, bad, reason): (usize, usize, &str) = match codec {
            "latin-1" => {
                out.extend(b[i..].iter().map(|&c| c as char));
                return Ok(out);
            }
            "ascii" => match b[i..].iter().position(|c| *c >= 0x80) {
                None => (b.len() - i, 0, ""),
                Some(p) => (p, 1, "ordinal not in range(128)"),
            },
            _ => match std::str::from_utf8(&b[i..]) {
                Ok(_) => (b.len() - i, 0, ""),
                Err(e) => {
                    let p = e.valid_up_to();
                    match e.error_len() {
                        None => (p, b.len() - i - p, "unexpected end of data"),
                        Some(n) => {
                            let lead = b[i + p];
                            let start_ok = matches!(lead, 0xc2..=0xf4);
                            (p, n, if n == 1 && !start_ok { "invalid start byte" } else { "invalid continuation byte" })
                        }
                    }
                }
            },
        };
        // The good part is valid ASCII/UTF-8.
        out.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or(""));
        i += good;
        if bad == 0 {
            break;
        }
        match errors {
            "strict" => {
                let msg = if bad == 1 {
                    format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec, b[i], i, reason)
                } else {
                    format!("'{}' codec can't decode bytes in position {}-{}: {}", codec, i, i + bad - 1, reason)
                };
                return Err(vm.new_exception("UnicodeDecodeError", &msg));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for &c in &b[i..i + bad] {
                    out.push_str(&format!("\\x{:02x}", c));
                }
            }
            other => return Err(vm.new_exception("LookupError", &format!("unknown error handler name '{}'", other))),
        }
        i += bad;
    }
    Ok(out)
}

fn bytes_decode(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "decode")?;
    let a = kw_args(vm, "decode", &args[1..], kw, &["encoding", "errors"])?;
    let enc = str_param(vm, &a[0], "decode", "encoding", "utf-8")?;
    let errors = str_param(vm, &a[1], "decode", "errors", "strict")?;
    let codec = match codec_name(&enc) {
        Some(c) => c,
        None => return Err(vm.new_exception("LookupError", &format!("unknown encoding: {}", enc))),
    };
    Ok(Value::string(decode_bytes(vm, &b, codec, &errors)?))
}

fn bytes_hex(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "hex")?;
    let a = kw_args(vm, "hex", &args[1..], kw, &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    let sep = match &a[0] {
        None => return Ok(Value::string(digits.concat())),
        Some(v) => match (as_pystr(vm, v), as_bytes(vm, v)) {
            (Some(p), _) => p.as_str().to_string(),
            (None, Some(bs)) => String::from_utf8_lossy(&bs).to_string(),
            _ => return Err(vm.new_exception("TypeError", "sep must be str or bytes.")),
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.new_exception("ValueError", "sep must be length 1."));
    }
    let per = match &a[1] {
        None => 1,
        Some(v) => vm.int_arg(v, "bytes_per_sep")?,
    };
    if per == 0 {
        return Ok(Value::string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups are counted from the right.
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::string(groups.join(&sep)))
}

fn bytes_fromhex(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "fromhex", &kw)?;
    check_nargs(vm, "fromhex", args.len().saturating_sub(1), 1, 1)?;
    let s = match as_pystr(vm, &args[1]) {
        Some(p) => p,
        None => {
            let tn = vm.type_name(&args[1]);
            return Err(vm.new_exception("TypeError", &format!("fromhex() argument must be str, not {}", tn)));
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(vm.new_exception("ValueError", &format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
            (Some(_), None) => return Err(vm.new_exception("ValueError", &format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        }
        i += 2;
    }
    let v = bval(out);
    match args.first() {
        Some(Value::Class(c)) if !Rc::ptr_eq(c, &vm.types.bytes) => {
            let cls = args[0].clone();
            vm.call1(&cls, v)
        }
        _ => Ok(v),
    }
}

// ---------------------------------------------------------------- split, join, strip

fn split_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, right: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    let a = kw_args(vm, name, &args[1..], kw, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let max = match &a[1] {
        None => -1,
        Some(v) => vm.int_arg(v, "maxsplit")?,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    Ok(match sep {
        None if right => blist(rsplit_ws(&b, max)),
        None => blist(split_ws(&b, max)),
        Some(s) => {
            if s.is_empty() {
                return Err(vm.new_exception("ValueError", "empty separator"));
            }
            blist(if right { rsplit_sep(&b, &s, max) } else { split_sep(&b, &s, max) })
        }
    })
}

fn bytes_split(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kw, "split", false)
}
fn bytes_rsplit(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kw, "rsplit", true)
}

fn bytes_splitlines(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "splitlines")?;
    let a = kw_args(vm, "splitlines", &args[1..], kw, &["keepends"])?;
    let keep = match &a[0] {
        None => false,
        Some(v) => vm.int_arg(v, "keepends")? != 0,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let mut j = b[i..].iter().position(|c| *c == b'\n' || *c == b'\r').map_or(b.len(), |k| i + k);
        let mut eol = j;
        if j < b.len() {
            j += if b[j] == b'\r' && b.get(j + 1) == Some(&b'\n') { 2 } else { 1 };
            if keep {
                eol = j;
            }
        }
        out.push(&b[i..eol]);
        i = j;
    }
    Ok(blist(out))
}

fn bytes_join(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "join")?;
    no_kwargs(vm, "bytes.join", &kw)?;
    check_nargs(vm, "bytes.join", args.len() - 1, 1, 1)?;
    let items = match vm.collect(&args[1]) {
        Ok(v) => v,
        Err(e) => {
            if e.exception().is_some_and(|x| vm.is_instance_of(x, "TypeError")) {
                return Err(vm.new_exception("TypeError", "can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match as_bytes(vm, item) {
            Some(p) => {
                if i > 0 {
                    out.extend_from_slice(&b);
                }
                out.extend_from_slice(&p);
            }
            None => {
                let tn = vm.type_name(item);
                return Err(vm.new_exception("TypeError", &format!("sequence item {}: expected a bytes-like object, {} found", i, tn)));
            }
        }
    }
    Ok(bval(out))
}

fn strip_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    if !kw.is_empty() {
        no_kwargs(vm, &format!("bytes.{}", name), &kw)?;
    }
    check_nargs(vm, name, args.len() - 1, 0, 1)?;
    let set: Option<Bytes> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |c: u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(bval(b[lo..hi].to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}
fn bytes_lstrip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}
fn bytes_rstrip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

fn bytes_replace(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "replace")?;
    no_kwargs(vm, "bytes.replace", &kw)?;
    check_nargs(vm, "replace", args.len() - 1, 2, 3)?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let count = match args.get(3) {
        None => -1,
        Some(v) => vm.int_arg(v, "count")?,
    };
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for &c in b.iter() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(bval(out));
    }
    let mut rest: &[u8] = &b;
    while left > 0 {
        match find_sub(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(bval(out))
}

fn partition_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, right: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    check_method_args(vm, "bytes", name, &kw, args.len() - 1, 1, 1)?;
    let sep = bytes_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.new_exception("ValueError", "empty separator"));
    }
    let found = if right { rfind_sub(&b, &sep) } else { find_sub(&b, &sep) };
    Ok(match found {
        Some(i) => Value::tuple(vec![bval(b[..i].to_vec()), Value::Bytes(sep.clone()), bval(b[i + sep.len()..].to_vec())]),
        None if right => Value::tuple(vec![bval(vec![]), bval(vec![]), Value::Bytes(b.clone())]),
        None => Value::tuple(vec![Value::Bytes(b.clone()), bval(vec![]), bval(vec![])]),
    })
}

fn bytes_partition(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}
fn bytes_rpartition(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

fn affix_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, prefix: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    check_method_args(vm, "bytes", name, &kw, args.len() - 1, 1, 1)?;
    let p = bytes_arg(vm, &args[1])?;
    let r = if prefix { b.strip_prefix(&p[..]) } else { b.strip_suffix(&p[..]) };
    Ok(match r {
        Some(rest) => bval(rest.to_vec()),
        None => Value::Bytes(b.clone()),
    })
}

fn bytes_removeprefix(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_common(vm, args, kw, "removeprefix", true)
}
fn bytes_removesuffix(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_common(vm, args, kw, "removesuffix", false)
}

// ---------------------------------------------------------------- searching

fn search_args(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<(Bytes, Bytes, i64, i64)> {
    let b = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    check_nargs_old(vm, name, args.len() - 1, 1, 3)?;
    let sub = needle_arg(vm, &args[1])?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let (st, en) = adjust_indices(start, end, b.len());
    Ok((b, sub, st, en))
}

fn find_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (b, sub, st, en) = search_args(vm, &args, &kw, name)?;
    let found = if en - st < sub.len() as i64 {
        None
    } else {
        let hay = &b[st as usize..en as usize];
        let r = if right { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
        r.map(|i| i as i64 + st)
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.new_exception("ValueError", "subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn bytes_find(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}
fn bytes_rfind(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}
fn bytes_index(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}
fn bytes_rindex(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

fn bytes_count(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (b, sub, st, en) = search_args(vm, &args, &kw, "count")?;
    if en - st < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(en - st + 1));
    }
    let mut hay = &b[st as usize..en as usize];
    let mut n = 0;
    while let Some(i) = find_sub(hay, &sub) {
        n += 1;
        hay = &hay[i + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn affix_match(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, start_side: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    no_kwargs(vm, name, &kw)?;
    check_nargs_old(vm, name, args.len() - 1, 1, 3)?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let (st, en) = adjust_indices(start, end, b.len());
    let cands: Vec<Bytes> = match &args[1] {
        Value::Tuple(t) => {
            let mut v = Vec::new();
            for x in t.iter() {
                match as_bytes(vm, x) {
                    Some(p) => v.push(p),
                    None => {
                        let tn = vm.type_name(x);
                        return Err(vm.new_exception("TypeError", &format!("a bytes-like object is required, not '{}'", tn)));
                    }
                }
            }
            v
        }
        other => match as_bytes(vm, other) {
            Some(p) => vec![p],
            None => {
                let tn = vm.type_name(other);
                return Err(vm.new_exception("TypeError", &format!("{} first arg must be bytes or a tuple of bytes, not {}", name, tn)));
            }
        },
    };
    for p in cands {
        if en - st < p.len() as i64 {
            continue;
        }
        let hay = &b[st as usize..en as usize];
        if (start_side && hay.starts_with(&p)) || (!start_side && hay.ends_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bytes_startswith(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_match(vm, args, kw, "startswith", true)
}
fn bytes_endswith(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_match(vm, args, kw, "endswith", false)
}

// ---------------------------------------------------------------- case, padding

fn map_bytes(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, name)?;
    Ok(bval(f(&b)))
}

fn bytes_upper(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kw, "upper", |b| b.to_ascii_uppercase())
}
fn bytes_lower(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kw, "lower", |b| b.to_ascii_lowercase())
}
fn bytes_swapcase(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kw, "swapcase", |b| {
        b.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn bytes_capitalize(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kw, "capitalize", |b| {
        b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}
fn bytes_title(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kw, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pad_args(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<(Bytes, usize, u8)> {
    let b = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    check_nargs(vm, name, args.len() - 1, 1, 2)?;
    let width = vm.int_arg(&args[1], "width")?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match as_bytes(vm, v) {
            Some(p) if p.len() == 1 => p[0],
            _ => {
                let tn = vm.type_name(v);
                let msg = if as_bytes(vm, v).is_some() {
                    format!("{}() argument 2 must be a byte string of length 1, not bytes", name)
                } else {
                    format!("{}() argument 2 must be a byte string of length 1, not {}", name, tn)
                };
                return Err(vm.new_exception("TypeError", &msg));
            }
        },
    };
    Ok((b, width.max(0) as usize, fill))
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Value {
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    bval(out)
}

fn bytes_center(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, &kw, "center")?;
    if width <= b.len() {
        return Ok(Value::Bytes(b));
    }
    let marg = width - b.len();
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(&b, left, marg - left, fill))
}
fn bytes_ljust(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, &kw, "ljust")?;
    Ok(if width <= b.len() { Value::Bytes(b.clone()) } else { padded(&b, 0, width - b.len(), fill) })
}
fn bytes_rjust(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, &kw, "rjust")?;
    Ok(if width <= b.len() { Value::Bytes(b.clone()) } else { padded(&b, width - b.len(), 0, fill) })
}
fn bytes_zfill(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "zfill")?;
    no_kwargs(vm, "bytes.zfill", &kw)?;
    check_nargs(vm, "bytes.zfill", args.len() - 1, 1, 1)?;
    let width = vm.int_arg(&args[1], "width")?;
    if width <= b.len() as i64 {
        return Ok(Value::Bytes(b));
    }
    let fill = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest: &[u8] = match b.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &b[1..]
        }
        _ => &b,
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(bval(out))
}

// ---------------------------------------------------------------- predicates

fn all_bytes(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|c| f(*c))))
}

fn bytes_isdigit(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_bytes(vm, args, kw, "isdigit", |c| c.is_ascii_digit())
}
fn bytes_isalpha(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_bytes(vm, args, kw, "isalpha", |c| c.is_ascii_alphabetic())
}
fn bytes_isalnum(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_bytes(vm, args, kw, "isalnum", |c| c.is_ascii_alphanumeric())
}
fn bytes_isspace(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_bytes(vm, args, kw, "isspace", is_space)
}
fn bytes_isascii(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}
fn bytes_islower(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "islower")?;
    Ok(Value::Bool(b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())))
}
fn bytes_isupper(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "isupper")?;
    Ok(Value::Bool(b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())))
}

fn bytes_istitle(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "istitle")?;
    Ok(Value::Bool(super::str_methods::is_title_sequence(b.iter().map(|c| (c.is_ascii_uppercase(), c.is_ascii_lowercase())))))
}

fn bytes_expandtabs(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "expandtabs")?;
    let a = kw_args(vm, "expandtabs", &args[1..], kw, &["tabsize"])?;
    let tab = match &a[0] {
        Some(v) => vm.int_arg(v, "tabsize")?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b.iter() {
        match c {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(std::iter::repeat(b' ').take(n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bval(out))
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
fn bytes_maketrans(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", &kw)?;
    check_nargs(vm, "maketrans", args.len(), 2, 2)?;
    let from = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.new_exception("ValueError", "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(bval(table))
}

fn bytes_translate(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, &args, "translate")?;
    let a = kw_args(vm, "translate", &args[1..], kw, &["table", "delete"])?;
    let table = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.new_exception("ValueError", "translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        Some(v) => bytes_arg(vm, v)?,
        None => Rc::new(Vec::new()),
    };
    let out = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(bval(out))
}

// ---------------------------------------------------------------- dunders

fn one_arg(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Bytes> {
    let b = this(vm, args, name)?;
    if !kw.is_empty() {
        no_kwargs(vm, &format!("bytes.{}", name), kw)?;
    }
    if args.len() != 2 {
        return Err(vm.new_exception("TypeError", &format!("expected 1 argument, got {}", args.len() - 1)));
    }
    Ok(b)
}

fn bytes_len(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "__len__")?;
    Ok(Value::Int(b.len() as i64))
}

fn bytes_getitem(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = one_arg(vm, &args, &kw, "__getitem__")?;
    vm.getitem(&Value::Bytes(b), &args[1])
}

fn bytes_contains(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = one_arg(vm, &args, &kw, "__contains__")?;
    let sub = needle_arg(vm, &args[1])?;
    Ok(Value::Bool(find_sub(&b, &sub).is_some()))
}

fn bytes_add(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = one_arg(vm, &args, &kw, "__add__")?;
    match as_bytes(vm, &args[1]) {
        Some(o) => {
            let mut v = (*b).clone();
            v.extend_from_slice(&o);
            Ok(bval(v))
        }
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.new_exception("TypeError", &format!("can't concat {} to bytes", tn)))
        }
    }
}

fn bytes_mul(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = one_arg(vm, &args, &kw, "__mul__")?;
    let n = vm.int_arg(&args[1], "n")?;
    Ok(bval(if n <= 0 { Vec::new() } else { b.repeat(n as usize) }))
}

fn cmp_common(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let b = one_arg(vm, &args, &kw, name)?;
    match as_bytes(vm, &args[1]) {
        Some(o) => Ok(Value::Bool(f(b.as_slice().cmp(o.as_slice())))),
        None => Ok(Value::NotImplemented),
    }
}

fn bytes_eq(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__eq__", |o| o.is_eq())
}
fn bytes_ne(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__ne__", |o| o.is_ne())
}
fn bytes_lt(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__lt__", |o| o.is_lt())
}
fn bytes_le(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__le__", |o| o.is_le())
}
fn bytes_gt(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__gt__", |o| o.is_gt())
}
fn bytes_ge(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    cmp_common(vm, args, kw, "__ge__", |o| o.is_ge())
}

fn bytes_hash(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Bytes(b))? as i64))
}

fn bytes_iter(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "__iter__")?;
    vm.get_iter(&Value::Bytes(b))
}

fn bytes_repr(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = this0(vm, &args, &kw, "__repr__")?;
    Ok(Value::string(crate::vm::repr::repr_bytes(&b)))
}

/// Expected outputs were printed by CPython 3.11.7 for the same source.
#[cfg(test)]
mod tests {
    fn check(src: &str, expected: &str) {
        assert_eq!(super::super::str_methods::run_python_for_test(src), expected, "source:\n{}", src);
    }

    #[test]
    fn decode_errors() {
        check(
            r##"t(lambda: b"\xff".decode())
t(lambda: b"a\xe4\xb8x".decode())
t(lambda: b"a\xe4\xb8".decode())
t(lambda: b"\xe0\x80".decode())
t(lambda: b"a\xe9".decode("ascii"))
t(lambda: b"a\xffb\xfe".decode("utf-8", "replace"))"##,
            r##"UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
UnicodeDecodeError 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte
UnicodeDecodeError 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)
'a�b�'
"##,
        );
    }
    #[test]
    fn hex_split_search() {
        check(
            r##"t(lambda: b"\x01\x02\x03\x04\x05".hex(":", 2))
t(lambda: bytes.fromhex("de ad"))
t(lambda: bytes.fromhex("dxad"))
t(lambda: b"a b  c".rsplit(None, 1))
t(lambda: b"hello".find(108))
t(lambda: b"hello".find("l"))
t(lambda: b"ab".replace(b"", b"-"))"##,
            r##"'01:0203:0405'
b'\xde\xad'
ValueError non-hexadecimal number found in fromhex() arg at position 1
[b'a b', b'c']
2
TypeError argument should be integer or bytes-like object, not 'str'
b'-a-b-'
"##,
        );
    }

}
