//! Methods of `str` (CPython 3.11 semantics and messages). Indices are in
//! characters; searches work on byte slices of the UTF-8 text and convert
//! back. Character classes (`isdigit`, `isalpha`, titlecase...) use tables
//! generated from CPython 3.11's `unicodedata` at the bottom of this file.

use super::*;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_.clone();
    let methods: &[(&str, BuiltinFn)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__iter__", str_iter),
        ("__format__", str_dunder_format),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    super::str_format::install(vm, &c);
    let mt = builtin("maketrans", str_maketrans);
    dict_set_str(&c.dict, "maketrans", Value::Descriptor(Rc::new(Descriptor::StaticMethod(mt))));
}

// ---------------------------------------------------------------- helpers

/// The str behind `v`: a str, or the payload of an instance of a subclass.
pub(crate) fn as_pystr(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.payload_of(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `self` of a str method.
pub(crate) fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    match args.first() {
        None => Err(vm.new_exception("TypeError", &format!("unbound method str.{}() needs an argument", name))),
        Some(v) => match as_pystr(vm, v) {
            Some(s) => Ok(s),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exception("TypeError", &format!("descriptor '{}' for 'str' objects doesn't apply to a '{}' object", name, tn)))
            }
        },
    }
}

/// `self` of a method taking no arguments.
fn this0(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    check_method_args(vm, "str", name, kw, args.len() - 1, 0, 0)?;
    Ok(s)
}

/// A str argument, or TypeError `must be str, not int`.
fn str_arg_must(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match as_pystr(vm, v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("must be str, not {}", tn)))
        }
    }
}

/// Parse arguments that may be given by keyword: one slot per name.
fn parse_kw(vm: &mut Vm, fname: &str, args: &[Value], mut kw: KwArgs, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(vm.new_exception(
            "TypeError",
            &format!("{}() takes at most {} argument{} ({} given)", fname, names.len(), if names.len() == 1 { "" } else { "s" }, args.len()),
        ));
    }
    let mut out: Vec<Option<Value>> = names.iter().enumerate().map(|(i, _)| args.get(i).cloned()).collect();
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

/// `PyArg_ParseTuple`'s count check: `find() takes at least 1 argument (0 given)`.
pub(crate) fn check_nargs_old(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.new_exception("TypeError", &format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), n)));
    }
    if n > max {
        return Err(vm.new_exception("TypeError", &format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n)));
    }
    Ok(())
}

/// An optional slice bound (`None` allowed).
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.new_exception("TypeError", "slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// CPython's ADJUST_INDICES: end is clamped to `len`, negative bounds count
/// from the end; start may stay past the end (the caller then finds nothing).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// Byte offset of character `ci` (clamped to the end).
fn byte_at(s: &PyStr, ci: usize) -> usize {
    let t = s.as_str();
    if s.is_ascii() {
        ci.min(t.len())
    } else {
        t.char_indices().nth(ci).map_or(t.len(), |(b, _)| b)
    }
}

fn nchars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `Py_UNICODE_ISSPACE`
pub(crate) fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// A list of pieces of `whole` (pieces of ASCII text are ASCII: no scan).
fn strs(whole: &PyStr, v: Vec<&str>) -> Value {
    if whole.is_ascii() {
        Value::list(v.into_iter().map(|p| ascii_str(p.to_string())).collect())
    } else {
        Value::list(v.into_iter().map(Value::str).collect())
    }
}

/// A str value of text known to be ASCII.
#[inline]
fn ascii_str(s: String) -> Value {
    Value::Str(Rc::new(PyStr::new_ascii(s)))
}

// ---------------------------------------------------------------- split

fn skip_space(s: &str, i: usize) -> usize {
    s[i..].char_indices().find(|(_, c)| !py_isspace(*c)).map_or(s.len(), |(k, _)| i + k)
}
fn skip_nonspace(s: &str, i: usize) -> usize {
    s[i..].char_indices().find(|(_, c)| py_isspace(*c)).map_or(s.len(), |(k, _)| i + k)
}
fn rskip_space(s: &str, j: usize) -> usize {
    s[..j].char_indices().rev().find(|(_, c)| !py_isspace(*c)).map_or(0, |(k, c)| k + c.len_utf8())
}
fn rskip_nonspace(s: &str, j: usize) -> usize {
    s[..j].char_indices().rev().find(|(_, c)| py_isspace(*c)).map_or(0, |(k, c)| k + c.len_utf8())
}

/// `py_isspace` of an ASCII byte: `\t \n \x0b \x0c \r`, the separators
/// `\x1c`-`\x1f` and the space.
#[inline]
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// `s.split()` with `maxsplit` (negative: no limit).
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    if maxsplit < 0 && s.is_ascii() {
        // Every piece, by bytes.
        return s.as_bytes().split(|&b| is_ascii_py_space(b)).filter(|p| !p.is_empty()).map(|p| {
            // SAFETY: cut at ASCII bytes of valid UTF-8.
            unsafe { std::str::from_utf8_unchecked(p) }
        }).collect();
    }
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut i = 0;
    while left > 0 {
        i = skip_space(s, i);
        if i == s.len() {
            break;
        }
        let j = i;
        i = skip_nonspace(s, i);
        out.push(&s[j..i]);
        left -= 1;
    }
    if i < s.len() {
        i = skip_space(s, i);
        if i != s.len() {
            out.push(&s[i..]);
        }
    }
    out
}

/// `s.rsplit()` with `maxsplit`.
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut j = s.len();
    while left > 0 {
        j = rskip_space(s, j);
        if j == 0 {
            break;
        }
        let k = j;
        j = rskip_nonspace(s, j);
        out.push(&s[j..k]);
        left -= 1;
    }
    if j > 0 {
        j = rskip_space(s, j);
        if j != 0 {
            out.push(&s[..j]);
        }
    }
    out.reverse();
    out
}

fn split_args(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<(Rc<PyStr>, Option<Rc<PyStr>>, i64)> {
    let s = this(vm, args, name)?;
    let a = parse_kw(vm, name, &args[1..], kw, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(vm, v) {
            Some(p) => Some(p),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception("TypeError", &format!("must be str or None, not {}", tn)));
            }
        },
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => vm.int_arg(v, "maxsplit")?,
    };
    if let Some(p) = &sep {
        if p.as_str().is_empty() {
            return Err(vm.new_exception("ValueError", "empty separator"));
        }
    }
    Ok((s, sep, maxsplit))
}

fn str_split(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, "split", &args, kw)?;
    let t = s.as_str();
    Ok(match sep {
        None => strs(&s, split_whitespace(t, maxsplit)),
        Some(p) if maxsplit < 0 => strs(&s, t.split(p.as_str()).collect()),
        Some(p) => strs(&s, t.splitn(maxsplit as usize + 1, p.as_str()).collect()),
    })
}

fn str_rsplit(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, "rsplit", &args, kw)?;
    let t = s.as_str();
    Ok(match sep {
        None => strs(&s, rsplit_whitespace(t, maxsplit)),
        Some(p) => {
            let mut v: Vec<&str> = if maxsplit < 0 { t.rsplit(p.as_str()).collect() } else { t.rsplitn(maxsplit as usize + 1, p.as_str()).collect() };
            v.reverse();
            strs(&s, v)
        }
    })
}

fn str_splitlines(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let a = parse_kw(vm, "splitlines", &args[1..], kw, &["keepends"])?;
    let keep = match &a[0] {
        None => false,
        Some(v) => vm.int_arg(v, "keepends")? != 0,
    };
    let t = s.as_str();
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let mut j = t[i..].char_indices().find(|(_, c)| is_linebreak(*c)).map_or(t.len(), |(k, _)| i + k);
        let mut eol = j;
        if j < t.len() {
            j += if t[j..].starts_with("\r\n") { 2 } else { t[j..].chars().next().map_or(1, |c| c.len_utf8()) };
            if keep {
                eol = j;
            }
        }
        out.push(&t[i..eol]);
        i = j;
    }
    Ok(strs(&s, out))
}

fn str_join(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "join")?;
    no_kwargs(vm, "str.join", &kw)?;
    check_nargs(vm, "str.join", args.len() - 1, 1, 1)?;
    // Lists and tuples of plain strs (the common case) in one pass over
    // the borrowed items, sized up front.
    let plain = |items: &[Value]| -> Option<Value> {
        let mut len = s.as_str().len() * items.len().saturating_sub(1);
        let mut ascii = s.is_ascii();
        for item in items {
            let Value::Str(p) = item else { return None };
            len += p.as_str().len();
            ascii &= p.is_ascii();
        }
        let mut out = String::with_capacity(len);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(s.as_str());
            }
            if let Value::Str(p) = item {
                out.push_str(p.as_str());
            }
        }
        Some(if ascii { ascii_str(out) } else { Value::string(out) })
    };
    let done = match &args[1] {
        Value::List(l) => plain(&l.items.borrow()),
        Value::Tuple(t) => plain(t),
        _ => None,
    };
    if let Some(v) = done {
        return Ok(v);
    }
    let items = match &args[1] {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        other => {
            let it = match vm.get_iter(other) {
                Ok(it) => it,
                Err(e) => {
                    if let Some(x) = e.exception() {
                        if vm.is_instance_of(x, "TypeError") {
                            return Err(vm.new_exception("TypeError", "can only join an iterable"));
                        }
                    }
                    return Err(e);
                }
            };
            let mut v = Vec::new();
            while let Some(x) = vm.iter_next(&it)? {
                v.push(x);
            }
            v
        }
    };
    let sep = s.as_str();
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        match as_pystr(vm, item) {
            Some(p) => {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(p.as_str());
            }
            None => {
                let tn = vm.type_name(item);
                return Err(vm.new_exception("TypeError", &format!("sequence item {}: expected str instance, {} found", i, tn)));
            }
        }
    }
    Ok(Value::string(out))
}

fn partition_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_method_args(vm, "str", name, &kw, args.len() - 1, 1, 1)?;
    let sep = str_arg_must(vm, &args[1])?;
    let (t, p) = (s.as_str(), sep.as_str());
    if p.is_empty() {
        return Err(vm.new_exception("ValueError", "empty separator"));
    }
    let found = if right { t.rfind(p) } else { t.find(p) };
    Ok(match found {
        Some(i) => Value::tuple(vec![Value::str(&t[..i]), Value::Str(sep.clone()), Value::str(&t[i + p.len()..])]),
        None if right => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
        None => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
    })
}

fn str_partition(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}
fn str_rpartition(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

// ---------------------------------------------------------------- strip, replace

fn strip_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    if !kw.is_empty() {
        no_kwargs(vm, &format!("str.{}", name), &kw)?;
    }
    check_nargs(vm, name, args.len() - 1, 0, 1)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(vm, v) {
            Some(p) => Some(p.as_str().chars().collect()),
            None => return Err(vm.new_exception("TypeError", &format!("{} arg must be None or str", name))),
        },
    };
    let pred = |c: char| match &chars {
        None => py_isspace(c),
        Some(cs) => cs.contains(&c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == s.as_str().len() && matches!(args[0], Value::Str(_)) {
        return Ok(args[0].clone());
    }
    Ok(Value::str(t))
}

fn str_strip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?;
    no_kwargs(vm, "str.replace", &kw)?;
    check_nargs(vm, "replace", args.len() - 1, 2, 3)?;
    let mut parts = Vec::new();
    for i in 1..3 {
        match as_pystr(vm, &args[i]) {
            Some(p) => parts.push(p),
            None => {
                let tn = vm.type_name(&args[i]);
                return Err(vm.new_exception("TypeError", &format!("replace() argument {} must be str, not {}", i, tn)));
            }
        }
    }
    let count = match args.get(3) {
        None => -1,
        Some(v) => vm.int_arg(v, "count")?,
    };
    let (t, old, new) = (s.as_str(), parts[0].as_str(), parts[1].as_str());
    let out = if count < 0 { t.replace(old, new) } else { t.replacen(old, new, count as usize) };
    Ok(if s.is_ascii() && parts[1].is_ascii() { ascii_str(out) } else { Value::string(out) })
}

fn affix_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, prefix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_method_args(vm, "str", name, &kw, args.len() - 1, 1, 1)?;
    let p = match as_pystr(vm, &args[1]) {
        Some(p) => p,
        None => {
            let tn = vm.type_name(&args[1]);
            return Err(vm.new_exception("TypeError", &format!("{}() argument must be str, not {}", name, tn)));
        }
    };
    let t = s.as_str();
    let r = if prefix { t.strip_prefix(p.as_str()) } else { t.strip_suffix(p.as_str()) };
    Ok(match r {
        Some(rest) if !p.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(s.clone()),
    })
}

fn str_removeprefix(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, kw, "removeprefix", true)
}
fn str_removesuffix(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, kw, "removesuffix", false)
}

// ---------------------------------------------------------------- searching

/// Self, the needle and the adjusted range of find/index/count.
fn search_args(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<(Rc<PyStr>, Rc<PyStr>, i64, i64)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    check_nargs_old(vm, name, args.len() - 1, 1, 3)?;
    let sub = str_arg_must(vm, &args[1])?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let (st, en) = adjust_indices(start, end, s.char_len());
    Ok((s, sub, st, en))
}

/// Char index of `sub` in `s[st:en]` (already adjusted).
fn find_in(s: &PyStr, sub: &PyStr, st: i64, en: i64, right: bool) -> Option<usize> {
    if en - st < sub.char_len() as i64 {
        return None;
    }
    let (b0, b1) = (byte_at(s, st as usize), byte_at(s, en as usize));
    let hay = &s.as_str()[b0..b1];
    let found = if right { hay.rfind(sub.as_str()) } else { hay.find(sub.as_str()) };
    found.map(|bi| st as usize + nchars(&hay[..bi]))
}

fn find_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (s, sub, st, en) = search_args(vm, &args, &kw, name)?;
    match find_in(&s, &sub, st, en, right) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.new_exception("ValueError", "substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, kw, "find", false, false)
}
fn str_rfind(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, kw, "rfind", true, false)
}
fn str_index(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, kw, "index", false, true)
}
fn str_rindex(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, kw, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, sub, st, en) = search_args(vm, &args, &kw, "count")?;
    if en - st < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.as_str().is_empty() {
        return Ok(Value::Int(en - st + 1));
    }
    let (b0, b1) = (byte_at(&s, st as usize), byte_at(&s, en as usize));
    Ok(Value::Int(s.as_str()[b0..b1].matches(sub.as_str()).count() as i64))
}

fn affix_match_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, start_side: bool) -> PyResult<Value> {
    if let ([Value::Str(s), Value::Str(p)], true) = (&args[..], kw.is_empty()) {
        let (t, p) = (s.as_str(), p.as_str());
        return Ok(Value::Bool(if start_side { t.starts_with(p) } else { t.ends_with(p) }));
    }
    let s = this(vm, &args, name)?;
    no_kwargs(vm, name, &kw)?;
    check_nargs_old(vm, name, args.len() - 1, 1, 3)?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let (st, en) = adjust_indices(start, end, s.char_len());
    // A tuple is tried in order, each item checked when reached: CPython
    // returns True at the first match, before seeing a bad item after it.
    let (cands, in_tuple): (&[Value], bool) = match &args[1] {
        Value::Tuple(t) => (&t[..], true),
        other => (std::slice::from_ref(other), false),
    };
    for x in cands {
        let Some(p) = as_pystr(vm, x) else {
            let tn = vm.type_name(x);
            let m = if in_tuple {
                format!("tuple for {} must only contain str, not {}", name, tn)
            } else {
                let what = if start_side { "startswith first arg" } else { "endswith first arg" };
                format!("{} must be str or a tuple of str, not {}", what, tn)
            };
            return Err(vm.new_exception("TypeError", &m));
        };
        if en - st < p.char_len() as i64 {
            continue;
        }
        let (b0, b1) = (byte_at(&s, st as usize), byte_at(&s, en as usize));
        let hay = &s.as_str()[b0..b1];
        let ok = if start_side { hay.starts_with(p.as_str()) } else { hay.ends_with(p.as_str()) };
        if ok {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_match_impl(vm, args, kw, "startswith", true)
}
fn str_endswith(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    affix_match_impl(vm, args, kw, "endswith", false)
}

// ---------------------------------------------------------------- case

fn is_titlecase(c: char) -> bool {
    in_table(TITLECASE, c)
}
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Lowercase of `chars[i]`, with the final-sigma rule.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

/// Approximates the Case_Ignorable property (apostrophes, periods, colons,
/// modifier letters and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}' | '\u{ad}') || ('\u{300}'..='\u{36f}').contains(&c)
}

fn title_of(c: char, out: &mut String) {
    match TITLE_MAP.binary_search_by(|(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(TITLE_MAP[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

fn str_upper(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "upper")?;
    Ok(if s.is_ascii() { ascii_str(s.as_str().to_ascii_uppercase()) } else { Value::string(s.as_str().to_uppercase()) })
}

fn str_lower(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "lower")?;
    Ok(if s.is_ascii() { ascii_str(s.as_str().to_ascii_lowercase()) } else { Value::string(s.as_str().to_lowercase()) })
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            lower_at(&chars, i, &mut out);
        } else {
            title_of(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn str_title(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "title")?;
    Ok(Value::string(title(s.as_str())))
}

fn str_capitalize(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "capitalize")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        if i == 0 {
            title_of(chars[0], &mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    Ok(Value::string(out))
}

fn str_swapcase(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "swapcase")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        let c = chars[i];
        if c.is_uppercase() {
            lower_at(&chars, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

fn str_casefold(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "casefold")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        match CASEFOLD_MAP.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(CASEFOLD_MAP[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------- padding

fn pad_args(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<(Rc<PyStr>, usize, char)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    check_nargs(vm, name, args.len() - 1, 1, 2)?;
    let width = vm.int_arg(&args[1], "width")?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => match as_pystr(vm, v) {
            Some(p) => {
                if p.char_len() != 1 {
                    return Err(vm.new_exception("TypeError", "The fill character must be exactly one character long"));
                }
                p.as_str().chars().next().unwrap_or(' ')
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception("TypeError", &format!("The fill character must be a unicode character, not {}", tn)));
            }
        },
    };
    Ok((s, width.max(0) as usize, fill))
}

fn padded(s: &PyStr, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(s.as_str().len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Value::string(out)
}

fn str_center(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, &kw, "center")?;
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(&s, left, marg - left, fill))
}

fn str_ljust(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, &kw, "ljust")?;
    let n = s.char_len();
    Ok(if width <= n { Value::Str(s) } else { padded(&s, 0, width - n, fill) })
}

fn str_rjust(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, &kw, "rjust")?;
    let n = s.char_len();
    Ok(if width <= n { Value::Str(s) } else { padded(&s, width - n, 0, fill) })
}

fn str_zfill(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    no_kwargs(vm, "str.zfill", &kw)?;
    check_nargs(vm, "str.zfill", args.len() - 1, 1, 1)?;
    let width = vm.int_arg(&args[1], "width")?;
    let n = s.char_len() as i64;
    if width <= n {
        return Ok(Value::Str(s));
    }
    let fill = (width - n) as usize;
    let t = s.as_str();
    let mut out = String::with_capacity(width as usize);
    let rest = match t.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn str_expandtabs(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let a = parse_kw(vm, "expandtabs", &args[1..], kw, &["tabsize"])?;
    let tabsize = match &a[0] {
        None => 8,
        Some(v) => vm.int_arg(v, "tabsize")?,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------- predicates

fn all_chars(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this0(vm, args, kw, name)?;
    let t = s.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

pub fn is_decimal(c: char) -> bool {
    in_table(DECIMAL, c)
}
/// The value of a Unicode decimal digit (category Nd; each table range is
/// made of whole runs 0..9), as `unicodedata.decimal(c)`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = DECIMAL.partition_point(|&(_, hi)| hi < cp);
    match DECIMAL.get(i) {
        Some(&(lo, hi)) if lo <= cp && cp <= hi => Some((cp - lo) % 10),
        _ => None,
    }
}
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_table(DIGIT_EXTRA, c)
}
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || in_table(NUMERIC_EXTRA, c)
}
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(ALPHA, c)
    }
}
pub fn is_printable(c: char) -> bool {
    in_table(PRINTABLE, c)
}

fn str_isdigit(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isdigit", is_digit)
}
fn str_isdecimal(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isdecimal", is_decimal)
}
fn str_isnumeric(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isnumeric", is_numeric)
}
fn str_isalpha(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isalpha", is_alpha)
}
fn str_isalnum(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isalnum", |c| is_alpha(c) || is_numeric(c))
}
fn str_isspace(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, &args, &kw, "isspace", py_isspace)
}
fn str_isascii(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}
fn str_isprintable(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "isprintable")?;
    Ok(Value::Bool(s.as_str().chars().all(is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "isidentifier")?;
    let mut it = s.as_str().chars();
    let ok = match it.next() {
        None => false,
        Some(c) => (c == '_' || c.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric() || is_numeric(c) || ('\u{300}'..='\u{36f}').contains(&c)),
    };
    Ok(Value::Bool(ok))
}

fn str_isupper(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}

fn str_islower(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}

/// `istitle()` over characters classified as (upper or title, lower):
/// uppercase only after uncased characters, lowercase only after cased
/// ones, and at least one cased character. Shared by str and bytes.
pub(crate) fn is_title_sequence(chars: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut cased, mut prev) = (false, false);
    for (upper, lower) in chars {
        if upper {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if lower {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn str_istitle(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "istitle")?;
    Ok(Value::Bool(is_title_sequence(s.as_str().chars().map(|c| (c.is_uppercase() || is_titlecase(c), c.is_lowercase())))))
}

// ---------------------------------------------------------------- encode, translate

/// A normalised codec name: `utf-8`, `ascii` or `latin-1`.
pub(crate) fn codec_name(enc: &str) -> Option<&'static str> {
    let e = enc.trim().to_ascii_lowercase().replace('_', "-");
    Some(match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" => "utf-8",
        "ascii" | "us-ascii" | "646" | "us" => "ascii",
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" | "iso8859" => "latin-1",
        _ => return None,
    })
}

/// `\xe9`, `\u20ac`, `\U0001f600`: how codec errors show a character.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `s.encode(codec, errors)`.
pub fn encode_str(vm: &mut Vm, s: &str, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 128,
        _ => 256,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let msg = if j - i == 1 {
                    format!("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", codec, escape_char(c), i, limit)
                } else {
                    format!("'{}' codec can't encode characters in position {}-{}: ordinal not in range({})", codec, i, j - 1, limit)
                };
                return Err(vm.new_exception("UnicodeEncodeError", &msg));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(vm.new_exception("LookupError", &format!("unknown error handler name '{}'", other))),
        }
        i = j;
    }
    Ok(out)
}

fn str_encode(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let a = parse_kw(vm, "encode", &args[1..], kw, &["encoding", "errors"])?;
    let mut names = Vec::new();
    for (v, what) in a.iter().zip(["encoding", "errors"]) {
        names.push(match v {
            None => None,
            Some(v) => match as_pystr(vm, v) {
                Some(p) => Some(p.as_str().to_string()),
                None => {
                    let tn = vm.type_name(v);
                    return Err(vm.new_exception("TypeError", &format!("encode() argument '{}' must be str, not {}", what, tn)));
                }
            },
        });
    }
    let enc = names[0].clone().unwrap_or_else(|| "utf-8".into());
    let errors = names[1].clone().unwrap_or_else(|| "strict".into());
    let codec = match codec_name(&enc) {
        Some(c) => c,
        None => return Err(vm.new_exception("LookupError", &format!("unknown encoding: {}", enc))),
    };
    Ok(Value::Bytes(Rc::new(encode_str(vm, s.as_str(), codec, &errors)?)))
}

fn str_maketrans(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", &kw)?;
    check_nargs(vm, "maketrans", args.len(), 1, 3)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let src = match &args[0] {
            Value::Dict(d) => d.clone(),
            _ => return Err(vm.new_exception("TypeError", "if you give only one argument to maketrans it must be a dict")),
        };
        let items = src.data.borrow().items();
        for (k, v) in items {
            let key = match &k {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => match as_pystr(vm, &k) {
                    Some(p) => {
                        if p.char_len() != 1 {
                            return Err(vm.new_exception("ValueError", "string keys in translate table must be of length 1"));
                        }
                        Value::Int(p.as_str().chars().next().map_or(0, |c| c as i64))
                    }
                    None => return Err(vm.new_exception("TypeError", "keys in translate table must be strings or integers")),
                },
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let x = match as_pystr(vm, &args[0]) {
        Some(p) => p,
        None => return Err(vm.new_exception("TypeError", "first maketrans argument must be a string if there is a second argument")),
    };
    let y = str_arg_must(vm, &args[1])?;
    if x.char_len() != y.char_len() {
        return Err(vm.new_exception("ValueError", "the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let z = str_arg_must(vm, z)?;
        for c in z.as_str().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn str_translate(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    no_kwargs(vm, "str.translate", &kw)?;
    check_nargs(vm, "str.translate", args.len() - 1, 1, 1)?;
    let table = args[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match &table {
            Value::Dict(d) => vm.dict_get(d, &key)?,
            t => match vm.getitem(t, &key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let lookup = e.exception().is_some_and(|x| vm.is_instance_of(x, "LookupError"));
                    if lookup {
                        None
                    } else {
                        return Err(e);
                    }
                }
            },
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(n)) => match u32::try_from(n).ok().filter(|n| *n <= 0x10ffff) {
                Some(n) => out.push(char::from_u32(n).unwrap_or('\u{fffd}')),
                None => return Err(vm.new_exception("ValueError", "character mapping must be in range(0x110000)")),
            },
            Some(v) => match as_pystr(vm, &v) {
                Some(p) => out.push_str(p.as_str()),
                None => return Err(vm.new_exception("TypeError", "character mapping must return integer, None or str")),
            },
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------- dunders

fn str_len(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    no_kwargs(vm, "str.__contains__", &kw)?;
    check_nargs(vm, "str.__contains__", args.len() - 1, 1, 1)?;
    match as_pystr(vm, &args[1]) {
        Some(p) => Ok(Value::Bool(s.as_str().contains(p.as_str()))),
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.new_exception("TypeError", &format!("'in <string>' requires string as left operand, not {}", tn)))
        }
    }
}

fn str_getitem(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?;
    no_kwargs(vm, "str.__getitem__", &kw)?;
    check_nargs(vm, "str.__getitem__", args.len() - 1, 1, 1)?;
    vm.getitem(&Value::Str(s), &args[1])
}

fn str_add(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__add__")?;
    no_kwargs(vm, "str.__add__", &kw)?;
    check_nargs(vm, "str.__add__", args.len() - 1, 1, 1)?;
    match as_pystr(vm, &args[1]) {
        Some(p) => Ok(Value::string(format!("{}{}", s.as_str(), p.as_str()))),
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.new_exception("TypeError", &format!("can only concatenate str (not \"{}\") to str", tn)))
        }
    }
}

fn str_mul(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__mul__")?;
    no_kwargs(vm, "str.__mul__", &kw)?;
    check_nargs(vm, "str.__mul__", args.len() - 1, 1, 1)?;
    let n = vm.int_arg(&args[1], "n")?;
    if n <= 0 {
        return Ok(Value::str(""));
    }
    if (s.as_str().len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(vm.new_exception("OverflowError", "repeated string is too long"));
    }
    Ok(Value::string(s.as_str().repeat(n as usize)))
}

fn str_mod(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__mod__")?;
    no_kwargs(vm, "str.__mod__", &kw)?;
    check_nargs(vm, "str.__mod__", args.len() - 1, 1, 1)?;
    vm.percent_format(s.as_str(), &args[1])
}

fn str_rmod(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, &args, "__rmod__")?;
    no_kwargs(vm, "str.__rmod__", &kw)?;
    check_nargs(vm, "str.__rmod__", args.len() - 1, 1, 1)?;
    match as_pystr(vm, &args[1]) {
        Some(p) => vm.percent_format(p.as_str(), &args[0]),
        None => Ok(Value::NotImplemented),
    }
}

fn compare_impl(vm: &mut Vm, args: Vec<Value>, kw: KwArgs, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    no_kwargs(vm, name, &kw)?;
    if args.len() != 2 {
        return Err(vm.new_exception("TypeError", &format!("expected 1 argument, got {}", args.len() - 1)));
    }
    match as_pystr(vm, &args[1]) {
        Some(p) => Ok(Value::Bool(f(s.as_str().cmp(p.as_str())))),
        None => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__eq__", |o| o.is_eq())
}
fn str_ne(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__ne__", |o| o.is_ne())
}
fn str_lt(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__lt__", |o| o.is_lt())
}
fn str_le(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__le__", |o| o.is_le())
}
fn str_gt(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__gt__", |o| o.is_gt())
}
fn str_ge(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    compare_impl(vm, args, kw, "__ge__", |o| o.is_ge())
}

fn str_hash(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__hash__")?;
    Ok(Value::Int(s.hash() as i64))
}

fn str_repr(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__repr__")?;
    Ok(Value::string(crate::vm::repr::repr_str(s.as_str())))
}

fn str_str(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__str__")?;
    Ok(Value::Str(s))
}

fn str_iter(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__iter__")?;
    vm.get_iter(&Value::Str(s))
}

fn str_getnewargs(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this0(vm, &args, &kw, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Str(s)]))
}

fn str_dunder_format(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "__format__")?;
    no_kwargs(vm, "str.__format__", &kw)?;
    check_nargs(vm, "__format__", args.len() - 1, 1, 1)?;
    let spec = match as_pystr(vm, &args[1]) {
        Some(p) => p,
        None => {
            let tn = vm.type_name(&args[1]);
            return Err(vm.new_exception("TypeError", &format!("__format__() argument must be str, not {}", tn)));
        }
    };
    Ok(Value::string(vm.format(&Value::Str(s), spec.as_str())?))
}

/// Runs Python source in a fresh interpreter and returns stdout + stderr.
#[cfg(test)]
pub(crate) fn run_python_for_test(body: &str) -> String {
    let out = crate::embed::OutputBuffer::new();
    let src = format!(
        "def t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n{}\n",
        body
    );
    let mut it = crate::interpreter::Interpreter::with_output(
        crate::config::Config::default(),
        Box::new(out.clone()),
        Box::new(out.clone()),
    );
    it.run_source("<test>", &src);
    it.vm().flush();
    out.text()
}

/// Expected outputs were printed by CPython 3.11.7 for the same source.
#[cfg(test)]
mod tests {
    fn check(src: &str, expected: &str) {
        assert_eq!(super::super::str_methods::run_python_for_test(src), expected, "source:\n{}", src);
    }

    #[test]
    fn split_whitespace_edges() {
        check(
            r##"t(lambda: "  a b  c ".split(None, 1))
t(lambda: "  a b  c  ".split(maxsplit=0))
t(lambda: "".split())
t(lambda: "   ".split())
t(lambda: "a\x1cb\x85c\u3000d".split())"##,
            r##"['a', 'b  c ']
['a b  c  ']
[]
[]
['a', 'b', 'c', 'd']
"##,
        );
    }
    #[test]
    fn rsplit_edges() {
        check(
            r##"t(lambda: "  a b  c ".rsplit(None, 1))
t(lambda: "  a b  c  ".rsplit(maxsplit=0))
t(lambda: "aaa".rsplit("aa"))
t(lambda: "aaa".split("aa"))
t(lambda: "a,b,c".rsplit(",", maxsplit=1))
t(lambda: "a b c d".rsplit(None, 2))"##,
            r##"['  a b', 'c']
['  a b  c']
['a', '']
['', 'a']
['a,b', 'c']
['a b', 'c', 'd']
"##,
        );
    }
    #[test]
    fn split_errors() {
        check(
            r##"t(lambda: "a".split(1))
t(lambda: "a".split(""))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(x=1))"##,
            r##"TypeError must be str or None, not int
ValueError empty separator
TypeError split() takes at most 2 arguments (3 given)
TypeError 'x' is an invalid keyword argument for split()
"##,
        );
    }
    #[test]
    fn splitlines_boundaries() {
        check(
            r##"t(lambda: "a\r\nb\rc\x0bd\x1ce\u2028".splitlines(True))
t(lambda: "a\n\nb\n".splitlines())
t(lambda: "".splitlines())"##,
            r##"['a\r\n', 'b\r', 'c\x0b', 'd\x1c', 'e\u2028']
['a', '', 'b']
[]
"##,
        );
    }
    #[test]
    fn search_bounds() {
        check(
            r##"t(lambda: "abc".find("", 3))
t(lambda: "abc".find("", 4))
t(lambda: "abc".count(""))
t(lambda: "abc".count("", 4))
t(lambda: "abc".startswith("", 4))
t(lambda: "中文中文".find("文", 2))
t(lambda: "中文中文".rfind("中", -3, -1))
t(lambda: "abc".find())
t(lambda: "abc".index("x"))"##,
            r##"3
-1
4
0
False
3
2
TypeError find() takes at least 1 argument (0 given)
ValueError substring not found
"##,
        );
    }
    #[test]
    fn affix_tuples_and_fast_paths() {
        check(
            r##"t(lambda: "a".startswith(("a", 1)))
t(lambda: "a".startswith((1, "a")))
t(lambda: "a".endswith(("b", 1)))
t(lambda: "a".endswith(1))
t(lambda: "abc".startswith(("x", "b"), 1))
t(lambda: str.startswith("ab", "a"))
t(lambda: " a\x1cb  é c ".split())
t(lambda: "-".join(("é", "b")))
t(lambda: (lambda s: str(s) is s)("s"))
t(lambda: str(-120))
t(lambda: str(b"x", "ascii", 1, 2))
t(lambda: "a%sé%d|%5d|%-3d|%%" % ("ü", 7, -4, 2))
t(lambda: "é%q" % 1)
t(lambda: "{0}:{1:>5}|{2}|{3:08,}|{{}}".format(1, -23, "x", 1234567))"##,
            r##"True
TypeError tuple for startswith must only contain str, not int
TypeError tuple for endswith must only contain str, not int
TypeError endswith first arg must be str or a tuple of str, not int
True
True
['a', 'b', 'é', 'c']
'é-b'
True
'-120'
TypeError str() takes at most 3 arguments (4 given)
'aüé7|   -4|2  |%'
ValueError unsupported format character 'q' (0x71) at index 2
'1:  -23|x|1,234,567|{}'
"##,
        );
    }
    #[test]
    fn case_mapping() {
        check(
            r##"t(lambda: "ΣΑΣ ΟΔΟΣ.".lower())
t(lambda: "ǆemal ǉ ß ﬁsh".title())
t(lambda: "ǆemal".capitalize())
t(lambda: "ßﬁ ΣΑς".casefold())
t(lambda: "ǅa".istitle())
t(lambda: ["²".isdigit(), "²".isdecimal(), "一".isnumeric(), "ा".isalpha()])"##,
            r##"'σας οδος.'
'ǅemal ǈ Ss Fish'
'ǅemal'
'ssfi σασ'
True
[True, False, True, False]
"##,
        );
    }
    #[test]
    fn padding_and_encode_errors() {
        check(
            r##"t(lambda: "abc".center(7, "xy"))
t(lambda: "abc".center(7, 1))
t(lambda: "-".zfill(3))
t(lambda: "h€€llo".encode("ascii"))
t(lambda: "h€llo".encode("latin-1", "backslashreplace"))
t(lambda: ",".join(["a", 2]))"##,
            r##"TypeError The fill character must be exactly one character long
TypeError The fill character must be a unicode character, not int
'-00'
UnicodeEncodeError 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
b'h\\u20acllo'
TypeError sequence item 1: expected str instance, int found
"##,
        );
    }

}

// ---------------------------------------------------------------- tables

// Generated by enumerating every code point through CPython 3.11.7 (`str.isdecimal`,
// `str.isdigit`, `str.isnumeric`, `str.isalpha`, `str.isprintable`,
// `unicodedata.category(c) == "Lt"`, `c.title()`, `c.casefold()`).
/// `str.isdecimal` (category Nd).
static DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef),
    (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f), (0xce6, 0xcef),
    (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29),
    (0x1040, 0x1049), (0x1090, 0x1099), (0x17e0, 0x17e9), (0x1810, 0x1819), (0x1946, 0x194f),
    (0x19d0, 0x19d9), (0x1a80, 0x1a89), (0x1a90, 0x1a99), (0x1b50, 0x1b59), (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0xa620, 0xa629), (0xa8d0, 0xa8d9), (0xa900, 0xa909),
    (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19),
    (0x104a0, 0x104a9), (0x10d30, 0x10d39), (0x11066, 0x1106f), (0x110f0, 0x110f9),
    (0x11136, 0x1113f), (0x111d0, 0x111d9), (0x112f0, 0x112f9), (0x11450, 0x11459),
    (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x11739),
    (0x118e0, 0x118e9), (0x11950, 0x11959), (0x11c50, 0x11c59), (0x11d50, 0x11d59),
    (0x11da0, 0x11da9), (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9), (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];
/// Digits that are not decimal (`str.isdigit`).
static DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xb2, 0xb3), (0xb9, 0xb9), (0x1369, 0x1371), (0x19da, 0x19da), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490),
    (0x24ea, 0x24ea), (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788),
    (0x278a, 0x2792), (0x10a40, 0x10a43), (0x10e60, 0x10e68), (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];
/// Numeric characters that are not digits (`str.isnumeric`).
static NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0xbc, 0xbe), (0x9f4, 0x9f9), (0xb72, 0xb77), (0xbf0, 0xbf2), (0xc78, 0xc7e), (0xd58, 0xd5e),
    (0xd70, 0xd78), (0xf2a, 0xf33), (0x1372, 0x137c), (0x16ee, 0x16f0), (0x17f0, 0x17f9),
    (0x2150, 0x2182), (0x2185, 0x2189), (0x2469, 0x2473), (0x247d, 0x2487), (0x2491, 0x249b),
    (0x24eb, 0x24f4), (0x24fe, 0x24fe), (0x277f, 0x277f), (0x2789, 0x2789), (0x2793, 0x2793),
    (0x2cfd, 0x2cfd), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0x3192, 0x3195),
    (0x3220, 0x3229), (0x3248, 0x324f), (0x3251, 0x325f), (0x3280, 0x3289), (0x32b1, 0x32bf),
    (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a), (0x3b4d, 0x3b4d), (0x4e00, 0x4e00),
    (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94), (0x4e96, 0x4e96), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d), (0x4f70, 0x4f70), (0x5104, 0x5104), (0x5146, 0x5146), (0x5169, 0x5169),
    (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341), (0x5343, 0x5345), (0x534c, 0x534c),
    (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9), (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff), (0x5f0c, 0x5f0e), (0x5f10, 0x5f10), (0x62fe, 0x62fe), (0x634c, 0x634c),
    (0x67d2, 0x67d2), (0x6f06, 0x6f06), (0x7396, 0x7396), (0x767e, 0x767e), (0x8086, 0x8086),
    (0x842c, 0x842c), (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x9621, 0x9621),
    (0x9646, 0x9646), (0x964c, 0x964c), (0x9678, 0x9678), (0x96f6, 0x96f6), (0xa6e6, 0xa6ef),
    (0xa830, 0xa835), (0xf96b, 0xf96b), (0xf973, 0xf973), (0xf978, 0xf978), (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0x10107, 0x10133), (0x10140, 0x10178),
    (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323), (0x10341, 0x10341),
    (0x1034a, 0x1034a), (0x103d1, 0x103d5), (0x10858, 0x1085f), (0x10879, 0x1087f),
    (0x108a7, 0x108af), (0x108fb, 0x108ff), (0x10916, 0x1091b), (0x109bc, 0x109bd),
    (0x109c0, 0x109cf), (0x109d2, 0x109ff), (0x10a44, 0x10a48), (0x10a7d, 0x10a7e),
    (0x10a9d, 0x10a9f), (0x10aeb, 0x10aef), (0x10b58, 0x10b5f), (0x10b78, 0x10b7f),
    (0x10ba9, 0x10baf), (0x10cfa, 0x10cff), (0x10e69, 0x10e7e), (0x10f1d, 0x10f26),
    (0x10f51, 0x10f54), (0x10fc5, 0x10fcb), (0x1105b, 0x11065), (0x111e1, 0x111f4),
    (0x1173a, 0x1173b), (0x118ea, 0x118f2), (0x11c5a, 0x11c6c), (0x11fc0, 0x11fd4),
    (0x12400, 0x1246e), (0x16b5b, 0x16b61), (0x16e80, 0x16e96), (0x1d2e0, 0x1d2f3),
    (0x1d360, 0x1d378), (0x1e8c7, 0x1e8cf), (0x1ec71, 0x1ecab), (0x1ecad, 0x1ecaf),
    (0x1ecb1, 0x1ecb4), (0x1ed01, 0x1ed2d), (0x1ed2f, 0x1ed3d), (0x1f10b, 0x1f10c),
    (0x20001, 0x20001), (0x20064, 0x20064), (0x200e2, 0x200e2), (0x20121, 0x20121),
    (0x2092a, 0x2092a), (0x20983, 0x20983), (0x2098c, 0x2098c), (0x2099c, 0x2099c),
    (0x20aea, 0x20aea), (0x20afd, 0x20afd), (0x20b19, 0x20b19), (0x22390, 0x22390),
    (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d), (0x2f890, 0x2f890),
];
/// `str.isalpha` (categories Lu Ll Lt Lm Lo).
static ALPHA: &[(u32, u32)] = &[
    (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6),
    (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
    (0x370, 0x374), (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a),
    (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556),
    (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f),
    (0x671, 0x6d3), (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff),
    (0x710, 0x710), (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
    (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858),
    (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d),
    (0x950, 0x950), (0x958, 0x961), (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8),
    (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd),
    (0x9df, 0x9e1), (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28),
    (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c), (0xa5e, 0xa5e),
    (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
    (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c),
    (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d),
    (0xb5c, 0xb5d), (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90),
    (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa),
    (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39),
    (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c),
    (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde),
    (0xce0, 0xce1), (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d),
    (0xd4e, 0xd4e), (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1),
    (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe33), (0xe40, 0xe46),
    (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0),
    (0xeb2, 0xeb3), (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00),
    (0xf40, 0xf47), (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f),
    (0x1050, 0x1055), (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070),
    (0x1075, 0x1081), (0x108e, 0x108e), (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd),
    (0x10d0, 0x10fa), (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5),
    (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135a), (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd),
    (0x1401, 0x166c), (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8),
    (0x1700, 0x1711), (0x171f, 0x1731), (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770),
    (0x1780, 0x17b3), (0x17d7, 0x17d7), (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x1884),
    (0x1887, 0x18a8), (0x18aa, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1950, 0x196d),
    (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54),
    (0x1aa7, 0x1aa7), (0x1b05, 0x1b33), (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf),
    (0x1bba, 0x1be5), (0x1c00, 0x1c23), (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88),
    (0x1c90, 0x1cba), (0x1cbd, 0x1cbf), (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6),
    (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf), (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45),
    (0x1f48, 0x1f4d), (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d),
    (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4), (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4),
    (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4),
    (0x1ff6, 0x1ffc), (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102),
    (0x2107, 0x2107), (0x210a, 0x2113), (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124),
    (0x2126, 0x2126), (0x2128, 0x2128), (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f),
    (0x2145, 0x2149), (0x214e, 0x214e), (0x2183, 0x2184), (0x2c00, 0x2ce4), (0x2ceb, 0x2cee),
    (0x2cf2, 0x2cf3), (0x2d00, 0x2d25), (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67),
    (0x2d6f, 0x2d6f), (0x2d80, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6),
    (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde),
    (0x2e2f, 0x2e2f), (0x3005, 0x3006), (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096),
    (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e),
    (0x31a0, 0x31bf), (0x31f0, 0x31ff), (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd),
    (0xa500, 0xa60c), (0xa610, 0xa61f), (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d),
    (0xa6a0, 0xa6e5), (0xa717, 0xa71f), (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1),
    (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa801), (0xa803, 0xa805), (0xa807, 0xa80a),
    (0xa80c, 0xa822), (0xa840, 0xa873), (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb),
    (0xa8fd, 0xa8fe), (0xa90a, 0xa925), (0xa930, 0xa946), (0xa960, 0xa97c), (0xa984, 0xa9b2),
    (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef), (0xa9fa, 0xa9fe), (0xaa00, 0xaa28),
    (0xaa40, 0xaa42), (0xaa44, 0xaa4b), (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf),
    (0xaab1, 0xaab1), (0xaab5, 0xaab6), (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2),
    (0xaadb, 0xaadd), (0xaae0, 0xaaea), (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e),
    (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab5a), (0xab5c, 0xab69),
    (0xab70, 0xabe2), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d),
    (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28),
    (0xfb2a, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44),
    (0xfb46, 0xfbb1), (0xfbd3, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb),
    (0xfe70, 0xfe74), (0xfe76, 0xfefc), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe),
    (0xffc2, 0xffc7), (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b),
    (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d),
    (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c), (0x102a0, 0x102d0),
    (0x10300, 0x1031f), (0x1032d, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375),
    (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x10400, 0x1049d),
    (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563),
    (0x10570, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595),
    (0x10597, 0x105a1), (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc),
    (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808),
    (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855),
    (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5),
    (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109b7), (0x109be, 0x109bf),
    (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35),
    (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4),
    (0x10b00, 0x10b35), (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91),
    (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10d00, 0x10d23),
    (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c), (0x10f27, 0x10f27),
    (0x10f30, 0x10f45), (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6),
    (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110af),
    (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147),
    (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4),
    (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x1122b),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d),
    (0x1129f, 0x112a8), (0x112b0, 0x112de), (0x11305, 0x1130c), (0x1130f, 0x11310),
    (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339),
    (0x1133d, 0x1133d), (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434),
    (0x11447, 0x1144a), (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5),
    (0x114c7, 0x114c7), (0x11580, 0x115ae), (0x115d8, 0x115db), (0x11600, 0x1162f),
    (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a),
    (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906),
    (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192f),
    (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0),
    (0x119e1, 0x119e1), (0x119e3, 0x119e3), (0x11a00, 0x11a00), (0x11a0b, 0x11a32),
    (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d),
    (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40),
    (0x11c72, 0x11c8f), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30),
    (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d89),
    (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11fb0, 0x11fb0), (0x12000, 0x12399),
    (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342e), (0x14400, 0x14646),
    (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a70, 0x16abe), (0x16ad0, 0x16aed),
    (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f),
    (0x16e40, 0x16e7f), (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f),
    (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5),
    (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe),
    (0x1b000, 0x1b122), (0x1b150, 0x1b152), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb),
    (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99),
    (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2),
    (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb),
    (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514),
    (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
    (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0),
    (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714), (0x1d716, 0x1d734),
    (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8),
    (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e), (0x1e100, 0x1e12c),
    (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb),
    (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe),
    (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03),
    (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27),
    (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b),
    (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b),
    (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57),
    (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f),
    (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72),
    (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89),
    (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb),
    (0x20000, 0x2a6df), (0x2a700, 0x2b738), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1),
    (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
];
/// Titlecase letters (category Lt).
static TITLECASE: &[(u32, u32)] = &[
    (0x1c5, 0x1c5), (0x1c8, 0x1c8), (0x1cb, 0x1cb), (0x1f2, 0x1f2), (0x1f88, 0x1f8f),
    (0x1f98, 0x1f9f), (0x1fa8, 0x1faf), (0x1fbc, 0x1fbc), (0x1fcc, 0x1fcc), (0x1ffc, 0x1ffc),
];
/// `str.isprintable`.
static PRINTABLE: &[(u32, u32)] = &[
    (0x20, 0x7e), (0xa1, 0xac), (0xae, 0x377), (0x37a, 0x37f), (0x384, 0x38a), (0x38c, 0x38c),
    (0x38e, 0x3a1), (0x3a3, 0x52f), (0x531, 0x556), (0x559, 0x58a), (0x58d, 0x58f), (0x591, 0x5c7),
    (0x5d0, 0x5ea), (0x5ef, 0x5f4), (0x606, 0x61b), (0x61d, 0x6dc), (0x6de, 0x70d), (0x710, 0x74a),
    (0x74d, 0x7b1), (0x7c0, 0x7fa), (0x7fd, 0x82d), (0x830, 0x83e), (0x840, 0x85b), (0x85e, 0x85e),
    (0x860, 0x86a), (0x870, 0x88e), (0x898, 0x8e1), (0x8e3, 0x983), (0x985, 0x98c), (0x98f, 0x990),
    (0x993, 0x9a8), (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bc, 0x9c4), (0x9c7, 0x9c8),
    (0x9cb, 0x9ce), (0x9d7, 0x9d7), (0x9dc, 0x9dd), (0x9df, 0x9e3), (0x9e6, 0x9fe), (0xa01, 0xa03),
    (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36),
    (0xa38, 0xa39), (0xa3c, 0xa3c), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51),
    (0xa59, 0xa5c), (0xa5e, 0xa5e), (0xa66, 0xa76), (0xa81, 0xa83), (0xa85, 0xa8d), (0xa8f, 0xa91),
    (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3), (0xab5, 0xab9), (0xabc, 0xac5), (0xac7, 0xac9),
    (0xacb, 0xacd), (0xad0, 0xad0), (0xae0, 0xae3), (0xae6, 0xaf1), (0xaf9, 0xaff), (0xb01, 0xb03),
    (0xb05, 0xb0c), (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39),
    (0xb3c, 0xb44), (0xb47, 0xb48), (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb5c, 0xb5d), (0xb5f, 0xb63),
    (0xb66, 0xb77), (0xb82, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95), (0xb99, 0xb9a),
    (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbbe, 0xbc2),
    (0xbc6, 0xbc8), (0xbca, 0xbcd), (0xbd0, 0xbd0), (0xbd7, 0xbd7), (0xbe6, 0xbfa), (0xc00, 0xc0c),
    (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3c, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4d),
    (0xc55, 0xc56), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc63), (0xc66, 0xc6f), (0xc77, 0xc8c),
    (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbc, 0xcc4), (0xcc6, 0xcc8),
    (0xcca, 0xccd), (0xcd5, 0xcd6), (0xcdd, 0xcde), (0xce0, 0xce3), (0xce6, 0xcef), (0xcf1, 0xcf2),
    (0xd00, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4f), (0xd54, 0xd63),
    (0xd66, 0xd7f), (0xd81, 0xd83), (0xd85, 0xd96), (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd),
    (0xdc0, 0xdc6), (0xdca, 0xdca), (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xde6, 0xdef),
    (0xdf2, 0xdf4), (0xe01, 0xe3a), (0xe3f, 0xe5b), (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a),
    (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xec8, 0xecd),
    (0xed0, 0xed9), (0xedc, 0xedf), (0xf00, 0xf47), (0xf49, 0xf6c), (0xf71, 0xf97), (0xf99, 0xfbc),
    (0xfbe, 0xfcc), (0xfce, 0xfda), (0x1000, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd),
    (0x10d0, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d),
    (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be),
    (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315),
    (0x1318, 0x135a), (0x135d, 0x137c), (0x1380, 0x1399), (0x13a0, 0x13f5), (0x13f8, 0x13fd),
    (0x1400, 0x167f), (0x1681, 0x169c), (0x16a0, 0x16f8), (0x1700, 0x1715), (0x171f, 0x1736),
    (0x1740, 0x1753), (0x1760, 0x176c), (0x176e, 0x1770), (0x1772, 0x1773), (0x1780, 0x17dd),
    (0x17e0, 0x17e9), (0x17f0, 0x17f9), (0x1800, 0x180d), (0x180f, 0x1819), (0x1820, 0x1878),
    (0x1880, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1920, 0x192b), (0x1930, 0x193b),
    (0x1940, 0x1940), (0x1944, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9),
    (0x19d0, 0x19da), (0x19de, 0x1a1b), (0x1a1e, 0x1a5e), (0x1a60, 0x1a7c), (0x1a7f, 0x1a89),
    (0x1a90, 0x1a99), (0x1aa0, 0x1aad), (0x1ab0, 0x1ace), (0x1b00, 0x1b4c), (0x1b50, 0x1b7e),
    (0x1b80, 0x1bf3), (0x1bfc, 0x1c37), (0x1c3b, 0x1c49), (0x1c4d, 0x1c88), (0x1c90, 0x1cba),
    (0x1cbd, 0x1cc7), (0x1cd0, 0x1cfa), (0x1d00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45),
    (0x1f48, 0x1f4d), (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d),
    (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4), (0x1fb6, 0x1fc4), (0x1fc6, 0x1fd3), (0x1fd6, 0x1fdb),
    (0x1fdd, 0x1fef), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffe), (0x2010, 0x2027), (0x2030, 0x205e),
    (0x2070, 0x2071), (0x2074, 0x208e), (0x2090, 0x209c), (0x20a0, 0x20c0), (0x20d0, 0x20f0),
    (0x2100, 0x218b), (0x2190, 0x2426), (0x2440, 0x244a), (0x2460, 0x2b73), (0x2b76, 0x2b95),
    (0x2b97, 0x2cf3), (0x2cf9, 0x2d25), (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67),
    (0x2d6f, 0x2d70), (0x2d7f, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6),
    (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde),
    (0x2de0, 0x2e5d), (0x2e80, 0x2e99), (0x2e9b, 0x2ef3), (0x2f00, 0x2fd5), (0x2ff0, 0x2ffb),
    (0x3001, 0x303f), (0x3041, 0x3096), (0x3099, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e),
    (0x3190, 0x31e3), (0x31f0, 0x321e), (0x3220, 0xa48c), (0xa490, 0xa4c6), (0xa4d0, 0xa62b),
    (0xa640, 0xa6f7), (0xa700, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9),
    (0xa7f2, 0xa82c), (0xa830, 0xa839), (0xa840, 0xa877), (0xa880, 0xa8c5), (0xa8ce, 0xa8d9),
    (0xa8e0, 0xa953), (0xa95f, 0xa97c), (0xa980, 0xa9cd), (0xa9cf, 0xa9d9), (0xa9de, 0xa9fe),
    (0xaa00, 0xaa36), (0xaa40, 0xaa4d), (0xaa50, 0xaa59), (0xaa5c, 0xaac2), (0xaadb, 0xaaf6),
    (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e),
    (0xab30, 0xab6b), (0xab70, 0xabed), (0xabf0, 0xabf9), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6),
    (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17),
    (0xfb1d, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44),
    (0xfb46, 0xfbc2), (0xfbd3, 0xfd8f), (0xfd92, 0xfdc7), (0xfdcf, 0xfdcf), (0xfdf0, 0xfe19),
    (0xfe20, 0xfe52), (0xfe54, 0xfe66), (0xfe68, 0xfe6b), (0xfe70, 0xfe74), (0xfe76, 0xfefc),
    (0xff01, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc),
    (0xffe0, 0xffe6), (0xffe8, 0xffee), (0xfffc, 0xfffd), (0x10000, 0x1000b), (0x1000d, 0x10026),
    (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d), (0x10050, 0x1005d),
    (0x10080, 0x100fa), (0x10100, 0x10102), (0x10107, 0x10133), (0x10137, 0x1018e),
    (0x10190, 0x1019c), (0x101a0, 0x101a0), (0x101d0, 0x101fd), (0x10280, 0x1029c),
    (0x102a0, 0x102d0), (0x102e0, 0x102fb), (0x10300, 0x10323), (0x1032d, 0x1034a),
    (0x10350, 0x1037a), (0x10380, 0x1039d), (0x1039f, 0x103c3), (0x103c8, 0x103d5),
    (0x10400, 0x1049d), (0x104a0, 0x104a9), (0x104b0, 0x104d3), (0x104d8, 0x104fb),
    (0x10500, 0x10527), (0x10530, 0x10563), (0x1056f, 0x1057a), (0x1057c, 0x1058a),
    (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1), (0x105a3, 0x105b1),
    (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755),
    (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107b0), (0x107b2, 0x107ba),
    (0x10800, 0x10805), (0x10808, 0x10808), (0x1080a, 0x10835), (0x10837, 0x10838),
    (0x1083c, 0x1083c), (0x1083f, 0x10855), (0x10857, 0x1089e), (0x108a7, 0x108af),
    (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x108fb, 0x1091b), (0x1091f, 0x10939),
    (0x1093f, 0x1093f), (0x10980, 0x109b7), (0x109bc, 0x109cf), (0x109d2, 0x10a03),
    (0x10a05, 0x10a06), (0x10a0c, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35),
    (0x10a38, 0x10a3a), (0x10a3f, 0x10a48), (0x10a50, 0x10a58), (0x10a60, 0x10a9f),
    (0x10ac0, 0x10ae6), (0x10aeb, 0x10af6), (0x10b00, 0x10b35), (0x10b39, 0x10b55),
    (0x10b58, 0x10b72), (0x10b78, 0x10b91), (0x10b99, 0x10b9c), (0x10ba9, 0x10baf),
    (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10cfa, 0x10d27),
    (0x10d30, 0x10d39), (0x10e60, 0x10e7e), (0x10e80, 0x10ea9), (0x10eab, 0x10ead),
    (0x10eb0, 0x10eb1), (0x10f00, 0x10f27), (0x10f30, 0x10f59), (0x10f70, 0x10f89),
    (0x10fb0, 0x10fcb), (0x10fe0, 0x10ff6), (0x11000, 0x1104d), (0x11052, 0x11075),
    (0x1107f, 0x110bc), (0x110be, 0x110c2), (0x110d0, 0x110e8), (0x110f0, 0x110f9),
    (0x11100, 0x11134), (0x11136, 0x11147), (0x11150, 0x11176), (0x11180, 0x111df),
    (0x111e1, 0x111f4), (0x11200, 0x11211), (0x11213, 0x1123e), (0x11280, 0x11286),
    (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a9),
    (0x112b0, 0x112ea), (0x112f0, 0x112f9), (0x11300, 0x11303), (0x11305, 0x1130c),
    (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333),
    (0x11335, 0x11339), (0x1133b, 0x11344), (0x11347, 0x11348), (0x1134b, 0x1134d),
    (0x11350, 0x11350), (0x11357, 0x11357), (0x1135d, 0x11363), (0x11366, 0x1136c),
    (0x11370, 0x11374), (0x11400, 0x1145b), (0x1145d, 0x11461), (0x11480, 0x114c7),
    (0x114d0, 0x114d9), (0x11580, 0x115b5), (0x115b8, 0x115dd), (0x11600, 0x11644),
    (0x11650, 0x11659), (0x11660, 0x1166c), (0x11680, 0x116b9), (0x116c0, 0x116c9),
    (0x11700, 0x1171a), (0x1171d, 0x1172b), (0x11730, 0x11746), (0x11800, 0x1183b),
    (0x118a0, 0x118f2), (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913),
    (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938), (0x1193b, 0x11946),
    (0x11950, 0x11959), (0x119a0, 0x119a7), (0x119aa, 0x119d7), (0x119da, 0x119e4),
    (0x11a00, 0x11a47), (0x11a50, 0x11aa2), (0x11ab0, 0x11af8), (0x11c00, 0x11c08),
    (0x11c0a, 0x11c36), (0x11c38, 0x11c45), (0x11c50, 0x11c6c), (0x11c70, 0x11c8f),
    (0x11c92, 0x11ca7), (0x11ca9, 0x11cb6), (0x11d00, 0x11d06), (0x11d08, 0x11d09),
    (0x11d0b, 0x11d36), (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d), (0x11d3f, 0x11d47),
    (0x11d50, 0x11d59), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d8e),
    (0x11d90, 0x11d91), (0x11d93, 0x11d98), (0x11da0, 0x11da9), (0x11ee0, 0x11ef8),
    (0x11fb0, 0x11fb0), (0x11fc0, 0x11ff1), (0x11fff, 0x12399), (0x12400, 0x1246e),
    (0x12470, 0x12474), (0x12480, 0x12543), (0x12f90, 0x12ff2), (0x13000, 0x1342e),
    (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a60, 0x16a69),
    (0x16a6e, 0x16abe), (0x16ac0, 0x16ac9), (0x16ad0, 0x16aed), (0x16af0, 0x16af5),
    (0x16b00, 0x16b45), (0x16b50, 0x16b59), (0x16b5b, 0x16b61), (0x16b63, 0x16b77),
    (0x16b7d, 0x16b8f), (0x16e40, 0x16e9a), (0x16f00, 0x16f4a), (0x16f4f, 0x16f87),
    (0x16f8f, 0x16f9f), (0x16fe0, 0x16fe4), (0x16ff0, 0x16ff1), (0x17000, 0x187f7),
    (0x18800, 0x18cd5), (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb),
    (0x1affd, 0x1affe), (0x1b000, 0x1b122), (0x1b150, 0x1b152), (0x1b164, 0x1b167),
    (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88),
    (0x1bc90, 0x1bc99), (0x1bc9c, 0x1bc9f), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46),
    (0x1cf50, 0x1cfc3), (0x1d000, 0x1d0f5), (0x1d100, 0x1d126), (0x1d129, 0x1d172),
    (0x1d17b, 0x1d1ea), (0x1d200, 0x1d245), (0x1d2e0, 0x1d2f3), (0x1d300, 0x1d356),
    (0x1d360, 0x1d378), (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f),
    (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9),
    (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a),
    (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e),
    (0x1d540, 0x1d544), (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5),
    (0x1d6a8, 0x1d7cb), (0x1d7ce, 0x1da8b), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf),
    (0x1df00, 0x1df1e), (0x1e000, 0x1e006), (0x1e008, 0x1e018), (0x1e01b, 0x1e021),
    (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e100, 0x1e12c), (0x1e130, 0x1e13d),
    (0x1e140, 0x1e149), (0x1e14e, 0x1e14f), (0x1e290, 0x1e2ae), (0x1e2c0, 0x1e2f9),
    (0x1e2ff, 0x1e2ff), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee),
    (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4), (0x1e8c7, 0x1e8d6), (0x1e900, 0x1e94b),
    (0x1e950, 0x1e959), (0x1e95e, 0x1e95f), (0x1ec71, 0x1ecb4), (0x1ed01, 0x1ed3d),
    (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24),
    (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39),
    (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49),
    (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54),
    (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d),
    (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a),
    (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e),
    (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9),
    (0x1eeab, 0x1eebb), (0x1eef0, 0x1eef1), (0x1f000, 0x1f02b), (0x1f030, 0x1f093),
    (0x1f0a0, 0x1f0ae), (0x1f0b1, 0x1f0bf), (0x1f0c1, 0x1f0cf), (0x1f0d1, 0x1f0f5),
    (0x1f100, 0x1f1ad), (0x1f1e6, 0x1f202), (0x1f210, 0x1f23b), (0x1f240, 0x1f248),
    (0x1f250, 0x1f251), (0x1f260, 0x1f265), (0x1f300, 0x1f6d7), (0x1f6dd, 0x1f6ec),
    (0x1f6f0, 0x1f6fc), (0x1f700, 0x1f773), (0x1f780, 0x1f7d8), (0x1f7e0, 0x1f7eb),
    (0x1f7f0, 0x1f7f0), (0x1f800, 0x1f80b), (0x1f810, 0x1f847), (0x1f850, 0x1f859),
    (0x1f860, 0x1f887), (0x1f890, 0x1f8ad), (0x1f8b0, 0x1f8b1), (0x1f900, 0x1fa53),
    (0x1fa60, 0x1fa6d), (0x1fa70, 0x1fa74), (0x1fa78, 0x1fa7c), (0x1fa80, 0x1fa86),
    (0x1fa90, 0x1faac), (0x1fab0, 0x1faba), (0x1fac0, 0x1fac5), (0x1fad0, 0x1fad9),
    (0x1fae0, 0x1fae7), (0x1faf0, 0x1faf6), (0x1fb00, 0x1fb92), (0x1fb94, 0x1fbca),
    (0x1fbf0, 0x1fbf9), (0x20000, 0x2a6df), (0x2a700, 0x2b738), (0x2b740, 0x2b81d),
    (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
    (0xe0100, 0xe01ef),
];
/// Characters whose titlecase differs from their uppercase.
static TITLE_MAP: &[(char, &str)] = &[
    ('\u{df}', "\u{53}\u{73}"),
    ('\u{1c4}', "\u{1c5}"),
    ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"),
    ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"),
    ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"),
    ('\u{1f1}', "\u{1f2}"),
    ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"),
    ('\u{587}', "\u{535}\u{582}"),
    ('\u{10d0}', "\u{10d0}"),
    ('\u{10d1}', "\u{10d1}"),
    ('\u{10d2}', "\u{10d2}"),
    ('\u{10d3}', "\u{10d3}"),
    ('\u{10d4}', "\u{10d4}"),
    ('\u{10d5}', "\u{10d5}"),
    ('\u{10d6}', "\u{10d6}"),
    ('\u{10d7}', "\u{10d7}"),
    ('\u{10d8}', "\u{10d8}"),
    ('\u{10d9}', "\u{10d9}"),
    ('\u{10da}', "\u{10da}"),
    ('\u{10db}', "\u{10db}"),
    ('\u{10dc}', "\u{10dc}"),
    ('\u{10dd}', "\u{10dd}"),
    ('\u{10de}', "\u{10de}"),
    ('\u{10df}', "\u{10df}"),
    ('\u{10e0}', "\u{10e0}"),
    ('\u{10e1}', "\u{10e1}"),
    ('\u{10e2}', "\u{10e2}"),
    ('\u{10e3}', "\u{10e3}"),
    ('\u{10e4}', "\u{10e4}"),
    ('\u{10e5}', "\u{10e5}"),
    ('\u{10e6}', "\u{10e6}"),
    ('\u{10e7}', "\u{10e7}"),
    ('\u{10e8}', "\u{10e8}"),
    ('\u{10e9}', "\u{10e9}"),
    ('\u{10ea}', "\u{10ea}"),
    ('\u{10eb}', "\u{10eb}"),
    ('\u{10ec}', "\u{10ec}"),
    ('\u{10ed}', "\u{10ed}"),
    ('\u{10ee}', "\u{10ee}"),
    ('\u{10ef}', "\u{10ef}"),
    ('\u{10f0}', "\u{10f0}"),
    ('\u{10f1}', "\u{10f1}"),
    ('\u{10f2}', "\u{10f2}"),
    ('\u{10f3}', "\u{10f3}"),
    ('\u{10f4}', "\u{10f4}"),
    ('\u{10f5}', "\u{10f5}"),
    ('\u{10f6}', "\u{10f6}"),
    ('\u{10f7}', "\u{10f7}"),
    ('\u{10f8}', "\u{10f8}"),
    ('\u{10f9}', "\u{10f9}"),
    ('\u{10fa}', "\u{10fa}"),
    ('\u{10fd}', "\u{10fd}"),
    ('\u{10fe}', "\u{10fe}"),
    ('\u{10ff}', "\u{10ff}"),
    ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"),
    ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"),
    ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"),
    ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"),
    ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"),
    ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"),
    ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"),
    ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"),
    ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"),
    ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"),
    ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"),
    ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"),
    ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"),
    ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"),
    ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"),
    ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"),
    ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"),
    ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"),
    ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
    ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"),
    ('\u{1ff3}', "\u{1ffc}"),
    ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
    ('\u{1ffc}', "\u{1ffc}"),
    ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"),
    ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"),
    ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"),
    ('\u{fb06}', "\u{53}\u{74}"),
    ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"),
    ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];
/// Characters whose casefold differs from their lowercase.
static CASEFOLD_MAP: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "\u{73}\u{73}"),
    ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"),
    ('\u{1f0}', "\u{6a}\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{13a0}', "\u{13a0}"),
    ('\u{13a1}', "\u{13a1}"),
    ('\u{13a2}', "\u{13a2}"),
    ('\u{13a3}', "\u{13a3}"),
    ('\u{13a4}', "\u{13a4}"),
    ('\u{13a5}', "\u{13a5}"),
    ('\u{13a6}', "\u{13a6}"),
    ('\u{13a7}', "\u{13a7}"),
    ('\u{13a8}', "\u{13a8}"),
    ('\u{13a9}', "\u{13a9}"),
    ('\u{13aa}', "\u{13aa}"),
    ('\u{13ab}', "\u{13ab}"),
    ('\u{13ac}', "\u{13ac}"),
    ('\u{13ad}', "\u{13ad}"),
    ('\u{13ae}', "\u{13ae}"),
    ('\u{13af}', "\u{13af}"),
    ('\u{13b0}', "\u{13b0}"),
    ('\u{13b1}', "\u{13b1}"),
    ('\u{13b2}', "\u{13b2}"),
    ('\u{13b3}', "\u{13b3}"),
    ('\u{13b4}', "\u{13b4}"),
    ('\u{13b5}', "\u{13b5}"),
    ('\u{13b6}', "\u{13b6}"),
    ('\u{13b7}', "\u{13b7}"),
    ('\u{13b8}', "\u{13b8}"),
    ('\u{13b9}', "\u{13b9}"),
    ('\u{13ba}', "\u{13ba}"),
    ('\u{13bb}', "\u{13bb}"),
    ('\u{13bc}', "\u{13bc}"),
    ('\u{13bd}', "\u{13bd}"),
    ('\u{13be}', "\u{13be}"),
    ('\u{13bf}', "\u{13bf}"),
    ('\u{13c0}', "\u{13c0}"),
    ('\u{13c1}', "\u{13c1}"),
    ('\u{13c2}', "\u{13c2}"),
    ('\u{13c3}', "\u{13c3}"),
    ('\u{13c4}', "\u{13c4}"),
    ('\u{13c5}', "\u{13c5}"),
    ('\u{13c6}', "\u{13c6}"),
    ('\u{13c7}', "\u{13c7}"),
    ('\u{13c8}', "\u{13c8}"),
    ('\u{13c9}', "\u{13c9}"),
    ('\u{13ca}', "\u{13ca}"),
    ('\u{13cb}', "\u{13cb}"),
    ('\u{13cc}', "\u{13cc}"),
    ('\u{13cd}', "\u{13cd}"),
    ('\u{13ce}', "\u{13ce}"),
    ('\u{13cf}', "\u{13cf}"),
    ('\u{13d0}', "\u{13d0}"),
    ('\u{13d1}', "\u{13d1}"),
    ('\u{13d2}', "\u{13d2}"),
    ('\u{13d3}', "\u{13d3}"),
    ('\u{13d4}', "\u{13d4}"),
    ('\u{13d5}', "\u{13d5}"),
    ('\u{13d6}', "\u{13d6}"),
    ('\u{13d7}', "\u{13d7}"),
    ('\u{13d8}', "\u{13d8}"),
    ('\u{13d9}', "\u{13d9}"),
    ('\u{13da}', "\u{13da}"),
    ('\u{13db}', "\u{13db}"),
    ('\u{13dc}', "\u{13dc}"),
    ('\u{13dd}', "\u{13dd}"),
    ('\u{13de}', "\u{13de}"),
    ('\u{13df}', "\u{13df}"),
    ('\u{13e0}', "\u{13e0}"),
    ('\u{13e1}', "\u{13e1}"),
    ('\u{13e2}', "\u{13e2}"),
    ('\u{13e3}', "\u{13e3}"),
    ('\u{13e4}', "\u{13e4}"),
    ('\u{13e5}', "\u{13e5}"),
    ('\u{13e6}', "\u{13e6}"),
    ('\u{13e7}', "\u{13e7}"),
    ('\u{13e8}', "\u{13e8}"),
    ('\u{13e9}', "\u{13e9}"),
    ('\u{13ea}', "\u{13ea}"),
    ('\u{13eb}', "\u{13eb}"),
    ('\u{13ec}', "\u{13ec}"),
    ('\u{13ed}', "\u{13ed}"),
    ('\u{13ee}', "\u{13ee}"),
    ('\u{13ef}', "\u{13ef}"),
    ('\u{13f0}', "\u{13f0}"),
    ('\u{13f1}', "\u{13f1}"),
    ('\u{13f2}', "\u{13f2}"),
    ('\u{13f3}', "\u{13f3}"),
    ('\u{13f4}', "\u{13f4}"),
    ('\u{13f5}', "\u{13f5}"),
    ('\u{13f8}', "\u{13f0}"),
    ('\u{13f9}', "\u{13f1}"),
    ('\u{13fa}', "\u{13f2}"),
    ('\u{13fb}', "\u{13f3}"),
    ('\u{13fc}', "\u{13f4}"),
    ('\u{13fd}', "\u{13f5}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"),
    ('\u{1e98}', "\u{77}\u{30a}"),
    ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"),
    ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"),
    ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"),
    ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"),
    ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"),
    ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"),
    ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"),
    ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"),
    ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"),
    ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"),
    ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"),
    ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"),
    ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"),
    ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"),
    ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"),
    ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"),
    ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"),
    ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"),
    ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"),
    ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"),
    ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"),
    ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"),
    ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"),
    ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"),
    ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{ab70}', "\u{13a0}"),
    ('\u{ab71}', "\u{13a1}"),
    ('\u{ab72}', "\u{13a2}"),
    ('\u{ab73}', "\u{13a3}"),
    ('\u{ab74}', "\u{13a4}"),
    ('\u{ab75}', "\u{13a5}"),
    ('\u{ab76}', "\u{13a6}"),
    ('\u{ab77}', "\u{13a7}"),
    ('\u{ab78}', "\u{13a8}"),
    ('\u{ab79}', "\u{13a9}"),
    ('\u{ab7a}', "\u{13aa}"),
    ('\u{ab7b}', "\u{13ab}"),
    ('\u{ab7c}', "\u{13ac}"),
    ('\u{ab7d}', "\u{13ad}"),
    ('\u{ab7e}', "\u{13ae}"),
    ('\u{ab7f}', "\u{13af}"),
    ('\u{ab80}', "\u{13b0}"),
    ('\u{ab81}', "\u{13b1}"),
    ('\u{ab82}', "\u{13b2}"),
    ('\u{ab83}', "\u{13b3}"),
    ('\u{ab84}', "\u{13b4}"),
    ('\u{ab85}', "\u{13b5}"),
    ('\u{ab86}', "\u{13b6}"),
    ('\u{ab87}', "\u{13b7}"),
    ('\u{ab88}', "\u{13b8}"),
    ('\u{ab89}', "\u{13b9}"),
    ('\u{ab8a}', "\u{13ba}"),
    ('\u{ab8b}', "\u{13bb}"),
    ('\u{ab8c}', "\u{13bc}"),
    ('\u{ab8d}', "\u{13bd}"),
    ('\u{ab8e}', "\u{13be}"),
    ('\u{ab8f}', "\u{13bf}"),
    ('\u{ab90}', "\u{13c0}"),
    ('\u{ab91}', "\u{13c1}"),
    ('\u{ab92}', "\u{13c2}"),
    ('\u{ab93}', "\u{13c3}"),
    ('\u{ab94}', "\u{13c4}"),
    ('\u{ab95}', "\u{13c5}"),
    ('\u{ab96}', "\u{13c6}"),
    ('\u{ab97}', "\u{13c7}"),
    ('\u{ab98}', "\u{13c8}"),
    ('\u{ab99}', "\u{13c9}"),
    ('\u{ab9a}', "\u{13ca}"),
    ('\u{ab9b}', "\u{13cb}"),
    ('\u{ab9c}', "\u{13cc}"),
    ('\u{ab9d}', "\u{13cd}"),
    ('\u{ab9e}', "\u{13ce}"),
    ('\u{ab9f}', "\u{13cf}"),
    ('\u{aba0}', "\u{13d0}"),
    ('\u{aba1}', "\u{13d1}"),
    ('\u{aba2}', "\u{13d2}"),
    ('\u{aba3}', "\u{13d3}"),
    ('\u{aba4}', "\u{13d4}"),
    ('\u{aba5}', "\u{13d5}"),
    ('\u{aba6}', "\u{13d6}"),
    ('\u{aba7}', "\u{13d7}"),
    ('\u{aba8}', "\u{13d8}"),
    ('\u{aba9}', "\u{13d9}"),
    ('\u{abaa}', "\u{13da}"),
    ('\u{abab}', "\u{13db}"),
    ('\u{abac}', "\u{13dc}"),
    ('\u{abad}', "\u{13dd}"),
    ('\u{abae}', "\u{13de}"),
    ('\u{abaf}', "\u{13df}"),
    ('\u{abb0}', "\u{13e0}"),
    ('\u{abb1}', "\u{13e1}"),
    ('\u{abb2}', "\u{13e2}"),
    ('\u{abb3}', "\u{13e3}"),
    ('\u{abb4}', "\u{13e4}"),
    ('\u{abb5}', "\u{13e5}"),
    ('\u{abb6}', "\u{13e6}"),
    ('\u{abb7}', "\u{13e7}"),
    ('\u{abb8}', "\u{13e8}"),
    ('\u{abb9}', "\u{13e9}"),
    ('\u{abba}', "\u{13ea}"),
    ('\u{abbb}', "\u{13eb}"),
    ('\u{abbc}', "\u{13ec}"),
    ('\u{abbd}', "\u{13ed}"),
    ('\u{abbe}', "\u{13ee}"),
    ('\u{abbf}', "\u{13ef}"),
    ('\u{fb00}', "\u{66}\u{66}"),
    ('\u{fb01}', "\u{66}\u{69}"),
    ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"),
    ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"),
    ('\u{fb06}', "\u{73}\u{74}"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];
