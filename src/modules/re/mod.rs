//! `_sre`: the native core under `src/pylib/re.py`. `compile` parses and
//! compiles a pattern (parse.rs, compile.rs); `match` runs it (matcher.rs)
//! and returns the group marks. Everything Python-facing (Pattern, Match,
//! sub, split, findall...) is in re.py.

mod chars;
mod compile;
mod matcher;
mod parse;
#[cfg(test)]
mod tests;

use crate::builtins::add_fn;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use matcher::{Mode, NONE};
use num_traits::Signed;
use std::cell::RefCell;
use std::rc::Rc;

/// A compiled pattern, with the characters of the last non-ASCII string it
/// ran over (finditer, sub and split run it many times over one string).
struct Compiled {
    prog: compile::Program,
    /// A bytes pattern (it runs over bytes only).
    bytes: bool,
    last_text: RefCell<Option<(Rc<PyStr>, Rc<[char]>)>>,
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("_sre"));
    dict_set_str(&d, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
    dict_set_str(&d, "MAXGROUPS", Value::Int(1_073_741_823));
    add_fn(&d, "_sre", "compile", sre_compile);
    add_fn(&d, "_sre", "match", sre_match);
    add_fn(&d, "_sre", "findall", sre_findall);
    add_fn(&d, "_sre", "split", sre_split);
    add_fn(&d, "_sre", "sub", sre_sub);
    add_fn(&d, "_sre", "scan", sre_scan);
    add_fn(&d, "_sre", "group", match_group);
    add_fn(&d, "_sre", "getitem", match_getitem);
    add_fn(&d, "_sre", "span", match_span);
    add_fn(&d, "_sre", "start", match_start);
    add_fn(&d, "_sre", "end", match_end);
    Ok(Value::Module(Rc::new(Module { name: "_sre".into(), dict: d })))
}

fn compiled_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("_sre.Compiled") {
        return c.clone();
    }
    let cls = crate::vm::types::new_class("Compiled", vec![vm.types.object.clone()], BaseKind::Other, true, "_sre");
    vm.native_classes.insert("_sre.Compiled", cls.clone());
    cls
}

/// `compile(pattern, flags)` -> `(code, flags, groups, groupindex)`, or
/// `(None, msg, pos)` for a `re.error` that re.py raises.
fn sre_compile(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let flags = args.get(1).and_then(int_value).unwrap_or(0) as u32;
    let (pattern, istext) = match args.first() {
        Some(Value::Str(s)) => (s.as_str().to_string(), true),
        Some(Value::Bytes(b)) => (b.iter().map(|&c| c as char).collect(), false),
        _ => return Err(vm.new_exception("TypeError", "first argument must be string or compiled pattern")),
    };
    let result = parse::parse(&pattern, flags, istext).and_then(|p| compile::compile(&p).map(|prog| (p, prog)));
    let (parsed, prog) = match result {
        Ok(x) => x,
        Err(parse::ParseError::Re(msg, pos)) => {
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::string(msg), pos]));
        }
        Err(parse::ParseError::Overflow(msg)) => return Err(vm.new_exception("OverflowError", &msg)),
        Err(parse::ParseError::Value(msg)) => return Err(vm.new_exception("ValueError", &msg)),
        Err(parse::ParseError::Recursion) => return Err(vm.new_exception("RecursionError", "maximum recursion depth exceeded")),
    };
    let index = Rc::new(PyDict::new());
    for (name, g) in &parsed.names {
        dict_set_str(&index, name, Value::Int(*g as i64));
    }
    let cls = compiled_class(vm);
    let code = Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(Compiled { prog, bytes: !istext, last_text: RefCell::new(None) }) }));
    Ok(Value::tuple(vec![code, Value::Int(parsed.flags as i64), Value::Int(parsed.groups as i64), Value::Dict(index)]))
}

fn int_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => None,
    }
}

fn clamp(v: i64, len: usize) -> usize {
    if v < 0 {
        0
    } else {
        (v as u64).min(len as u64) as usize
    }
}

/// The text a pattern runs over: the bytes of an ASCII string, else its
/// characters.
enum Text {
    Ascii(Rc<PyStr>),
    Wide(Rc<[char]>),
    Bytes(Rc<Vec<u8>>),
}

impl Text {
    fn len(&self) -> usize {
        match self {
            Text::Ascii(s) => s.as_str().len(),
            Text::Wide(c) => c.len(),
            Text::Bytes(b) => b.len(),
        }
    }
    fn run(&self, prog: &compile::Program, pos: usize, endpos: usize, mode: Mode, must_advance: bool) -> Option<matcher::Found> {
        match self {
            Text::Ascii(s) => matcher::run(prog, s.as_str().as_bytes(), pos, endpos, mode, must_advance),
            Text::Wide(c) => matcher::run(prog, &c[..], pos, endpos, mode, must_advance),
            Text::Bytes(b) => matcher::run(prog, &b[..], pos, endpos, mode, must_advance),
        }
    }
    fn slice(&self, a: usize, b: usize) -> Value {
        match self {
            Text::Ascii(s) => Value::str(&s.as_str()[a..b]),
            Text::Wide(c) => Value::string(c[a..b].iter().collect()),
            Text::Bytes(v) => Value::Bytes(Rc::new(v[a..b].to_vec())),
        }
    }
    fn empty(&self) -> Value {
        match self {
            Text::Bytes(_) => Value::Bytes(Rc::new(Vec::new())),
            _ => Value::str(""),
        }
    }
    /// Append `text[a..b]` (as UTF-8 for a str).
    fn push(&self, out: &mut Vec<u8>, a: usize, b: usize) {
        match self {
            Text::Ascii(s) => out.extend_from_slice(&s.as_str().as_bytes()[a..b]),
            Text::Wide(c) => {
                let mut buf = [0u8; 4];
                for ch in &c[a..b] {
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
            Text::Bytes(v) => out.extend_from_slice(&v[a..b]),
        }
    }
    /// Call `f` on successive non-overlapping matches (at most `limit`,
    /// 0: no limit), with CPython's rule for empty matches.
    fn each_match(&self, prog: &compile::Program, mut pos: usize, endpos: usize, limit: usize, mut f: impl FnMut(&matcher::Found)) {
        let mut must_advance = false;
        let mut n = 0;
        while limit == 0 || n < limit {
            let Some(found) = self.run(prog, pos, endpos, Mode::Search, must_advance) else { break };
            f(&found);
            n += 1;
            must_advance = found.marks[1] == found.marks[0];
            pos = found.marks[1];
        }
    }
}

/// The pattern and string arguments of the `_sre` functions.
fn code_and_text(vm: &mut Vm, args: &[Value]) -> PyResult<(Rc<NativeObj>, Text)> {
    let compiled = match args.first() {
        Some(Value::Native(n)) if n.downcast::<Compiled>().is_some() => n.clone(),
        _ => return Err(vm.new_exception("TypeError", "_sre functions need a compiled pattern")),
    };
    let bytes_pattern = compiled.downcast::<Compiled>().unwrap().bytes;
    let s = match args.get(1) {
        Some(Value::Str(_)) if bytes_pattern => return Err(vm.new_exception("TypeError", "cannot use a bytes pattern on a string-like object")),
        Some(Value::Str(s)) => s.clone(),
        Some(Value::Bytes(b)) if bytes_pattern => return Ok((compiled, Text::Bytes(b.clone()))),
        Some(Value::Bytes(_)) => return Err(vm.new_exception("TypeError", "cannot use a string pattern on a bytes-like object")),
        Some(v) => {
            let msg = format!("expected string or bytes-like object, got '{}'", vm.type_name(v));
            return Err(vm.new_exception("TypeError", &msg));
        }
        None => return Err(vm.new_exception("TypeError", "_sre functions need a string")),
    };
    let text = if s.is_ascii() { Text::Ascii(s) } else { Text::Wide(chars_of(compiled.downcast::<Compiled>().unwrap(), &s)) };
    Ok((compiled, text))
}

fn prog_of(n: &NativeObj) -> &compile::Program {
    &n.downcast::<Compiled>().unwrap().prog
}

fn mark_value(m: usize) -> Value {
    Value::Int(if m == NONE { -1 } else { m as i64 })
}

/// The marks tuple re.py's Match holds: group spans, then lastindex.
fn marks_tuple(found: &matcher::Found) -> Value {
    let mut out: Vec<Value> = found.marks.iter().map(|&m| mark_value(m)).collect();
    out.push(if found.lastindex == 0 { Value::None } else { Value::Int(found.lastindex as i64) });
    Value::tuple(out)
}

/// An integer argument (absent: `default`), with CPython's TypeError.
fn index_arg(vm: &mut Vm, args: &[Value], i: usize, default: i64) -> PyResult<i64> {
    match args.get(i) {
        None => Ok(default),
        Some(v) => match int_value(v) {
            Some(n) => Ok(n),
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
                Err(vm.new_exception("TypeError", &msg))
            }
        },
    }
}

/// A count or maxsplit: 0 for no limit; None when negative (no match).
fn count_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Option<usize>> {
    let n = index_arg(vm, args, i, 0)?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

/// `pos` and `endpos` at `args[i]` and `args[i + 1]`, clamped to the text.
fn bounds(vm: &mut Vm, args: &[Value], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let pos = index_arg(vm, args, i, 0)?;
    let endpos = index_arg(vm, args, i + 1, i64::MAX)?;
    Ok((clamp(pos, len), clamp(endpos, len)))
}

/// `match(code, string, pos, endpos, mode, must_advance[, pattern,
/// Match])` with mode 0 match, 1 fullmatch, 2 search -> None or the marks
/// tuple; given the Pattern and re.py's Match class, a Match made here
/// (what its `__init__` would set) saves a Python call per match.
fn sre_match(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (code, text) = code_and_text(vm, &args)?;
    let (pos, endpos) = bounds(vm, &args, 2, text.len())?;
    let mode = match args.get(4).and_then(int_value) {
        Some(1) => Mode::FullMatch,
        Some(2) => Mode::Search,
        _ => Mode::Match,
    };
    let must_advance = matches!(args.get(5), Some(Value::Bool(true)));
    let Some(found) = text.run(prog_of(&code), pos, endpos, mode, must_advance) else { return Ok(Value::None) };
    let marks = marks_tuple(&found);
    match (args.get(6), args.get(7)) {
        (Some(pattern), Some(Value::Class(cls))) => {
            let dict = Rc::new(PyDict::new());
            for (key, value) in [("re", pattern), ("string", &args[1]), ("_m", &marks), ("_pos", &args[2]), ("_endpos", &args[3])] {
                dict_set_pystr(&dict, vm.intern(key), value.clone());
            }
            Ok(Value::Instance(Rc::new(Instance { class: RefCell::new(cls.clone()), dict, payload: Payload::None })))
        }
        _ => Ok(marks),
    }
}

/// `findall(code, string, pos, endpos)`: the list Pattern.findall returns.
fn sre_findall(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (code, text) = code_and_text(vm, &args)?;
    let (pos, endpos) = bounds(vm, &args, 2, text.len())?;
    let prog = prog_of(&code);
    let groups = prog.groups;
    let group = |m: &matcher::Found, g: usize| {
        let (a, b) = (m.marks[2 * g], m.marks[2 * g + 1]);
        if a == NONE {
            text.empty()
        } else {
            text.slice(a, b)
        }
    };
    let mut out = Vec::new();
    text.each_match(prog, pos, endpos, 0, |m| {
        out.push(match groups {
            0 => group(m, 0),
            1 => group(m, 1),
            _ => Value::tuple((1..=groups).map(|g| group(m, g)).collect()),
        })
    });
    Ok(Value::List(Rc::new(PyList::new(out))))
}

/// `split(code, string, maxsplit)`: the list Pattern.split returns.
fn sre_split(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (code, text) = code_and_text(vm, &args)?;
    let prog = prog_of(&code);
    let mut out = Vec::new();
    let mut last = 0;
    let Some(limit) = count_arg(vm, &args, 2)? else { return Ok(Value::List(Rc::new(PyList::new(vec![args[1].clone()])))) };
    text.each_match(prog, 0, text.len(), limit, |m| {
        out.push(text.slice(last, m.marks[0]));
        for g in 1..=prog.groups {
            let (a, b) = (m.marks[2 * g], m.marks[2 * g + 1]);
            out.push(if a == NONE { Value::None } else { text.slice(a, b) });
        }
        last = m.marks[1];
    });
    out.push(text.slice(last, text.len()));
    Ok(Value::List(Rc::new(PyList::new(out))))
}

/// `sub(code, string, literal, count)` -> `(new_string, n)` for a
/// replacement without group references, of the string's type.
fn sre_sub(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (code, text) = code_and_text(vm, &args)?;
    let repl: &[u8] = match (args.get(2), &text) {
        (Some(Value::Bytes(b)), Text::Bytes(_)) => b,
        (Some(Value::Str(s)), Text::Ascii(_) | Text::Wide(_)) => s.as_str().as_bytes(),
        _ => return Err(vm.new_exception("TypeError", "_sre.sub needs a replacement of the string's type")),
    };
    let Some(limit) = count_arg(vm, &args, 3)? else { return Ok(Value::tuple(vec![args[1].clone(), Value::Int(0)])) };
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    text.each_match(prog_of(&code), 0, text.len(), limit, |m| {
        text.push(&mut out, last, m.marks[0]);
        out.extend_from_slice(repl);
        last = m.marks[1];
        n += 1;
    });
    if n == 0 {
        return Ok(Value::tuple(vec![args[1].clone(), Value::Int(0)]));
    }
    text.push(&mut out, last, text.len());
    let out = match text {
        Text::Bytes(_) => Value::Bytes(Rc::new(out)),
        _ => Value::string(String::from_utf8(out).expect("pieces of a str are UTF-8")),
    };
    Ok(Value::tuple(vec![out, Value::Int(n)]))
}

/// `scan(code, string, count)`: the marks tuples of the matches sub makes.
fn sre_scan(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (code, text) = code_and_text(vm, &args)?;
    let mut out = Vec::new();
    if let Some(limit) = count_arg(vm, &args, 2)? {
        text.each_match(prog_of(&code), 0, text.len(), limit, |m| out.push(marks_tuple(m)));
    }
    Ok(Value::List(Rc::new(PyList::new(out))))
}

fn chars_of(c: &Compiled, s: &Rc<PyStr>) -> Rc<[char]> {
    let mut last = c.last_text.borrow_mut();
    if let Some((t, chars)) = &*last {
        if Rc::ptr_eq(t, s) {
            return chars.clone();
        }
    }
    let chars: Rc<[char]> = s.as_str().chars().collect();
    *last = Some((s.clone(), chars.clone()));
    chars
}

// ---------------------------------------------------------------------
// Accessors of re.py's Match, installed as its methods (`self` first):
// the group lookups programs make per match, without Python frames.

/// The string and marks of a Match, and its Pattern's instance dict.
fn match_parts(vm: &mut Vm, m: Option<&Value>) -> PyResult<(Value, Rc<Vec<Value>>, Rc<PyDict>)> {
    if let Some(Value::Instance(inst)) = m {
        let string = dict_get_str(&inst.dict, "string");
        let marks = dict_get_str(&inst.dict, "_m");
        let pattern = dict_get_str(&inst.dict, "re");
        if let (Some(string), Some(Value::Tuple(marks)), Some(Value::Instance(p))) = (string, marks, pattern) {
            return Ok((string, marks, p.dict.clone()));
        }
    }
    Err(vm.new_exception("TypeError", "descriptor requires a 're.Match' object"))
}

/// The group number of an index or name, or IndexError.
fn group_number(vm: &mut Vm, g: &Value, marks: &[Value], pattern: &PyDict) -> PyResult<usize> {
    let groups = marks.len() / 2 - 1;
    let n = match g {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Str(name) => match dict_get_str(pattern, "_groupindex") {
            Some(Value::Dict(index)) => match dict_get_str(&index, name.as_str()) {
                Some(Value::Int(i)) => Some(i),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(i) if i >= 0 && i as usize <= groups => Ok(i as usize),
        _ => Err(vm.new_exception("IndexError", "no such group")),
    }
}

fn mark(marks: &[Value], i: usize) -> i64 {
    match marks[i] {
        Value::Int(v) => v,
        _ => -1,
    }
}

/// Group `g` of the match, or `default` when it did not take part.
fn group_value(string: &Value, marks: &[Value], g: usize, default: &Value) -> Value {
    let (a, b) = (mark(marks, 2 * g), mark(marks, 2 * g + 1));
    if a < 0 {
        return default.clone();
    }
    let (a, b) = (a as usize, b as usize);
    match string {
        Value::Str(s) if s.is_ascii() => Value::str(&s.as_str()[a..b]),
        Value::Str(s) => {
            let t = s.as_str();
            let mut idx = t.char_indices().map(|(i, _)| i).chain(std::iter::once(t.len()));
            let start = idx.nth(a).unwrap_or(t.len());
            let end = if b > a { idx.nth(b - a - 1).unwrap_or(t.len()) } else { start };
            Value::str(&t[start..end])
        }
        Value::Bytes(v) => Value::Bytes(Rc::new(v[a..b].to_vec())),
        _ => Value::None,
    }
}

/// `Match.group(*args)`
fn match_group(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (string, marks, pattern) = match_parts(vm, args.first())?;
    if args.len() <= 1 {
        return Ok(group_value(&string, &marks, 0, &Value::None));
    }
    let mut out = Vec::with_capacity(args.len() - 1);
    for g in &args[1..] {
        let n = group_number(vm, g, &marks, &pattern)?;
        out.push(group_value(&string, &marks, n, &Value::None));
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap());
    }
    Ok(Value::tuple(out))
}

/// `Match.__getitem__(g)`
fn match_getitem(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (string, marks, pattern) = match_parts(vm, args.first())?;
    let Some(g) = args.get(1) else { return Err(vm.new_exception("TypeError", "expected 1 argument, got 0")) };
    let n = group_number(vm, g, &marks, &pattern)?;
    Ok(group_value(&string, &marks, n, &Value::None))
}

/// The start and end marks of the group named by `args[1]` (default 0).
fn span_of(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(i64, i64)> {
    let (_, marks, pattern) = match_parts(vm, args.first())?;
    if args.len() > 2 {
        let msg = format!("{} expected at most 1 argument, got {}", name, args.len() - 1);
        return Err(vm.new_exception("TypeError", &msg));
    }
    let n = match args.get(1) {
        Some(g) => group_number(vm, g, &marks, &pattern)?,
        None => 0,
    };
    Ok((mark(&marks, 2 * n), mark(&marks, 2 * n + 1)))
}

/// `Match.span(group=0)`
fn match_span(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = span_of(vm, &args, "span")?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b)]))
}

/// `Match.start(group=0)`
fn match_start(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "start")?.0))
}

/// `Match.end(group=0)`
fn match_end(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "end")?.1))
}
