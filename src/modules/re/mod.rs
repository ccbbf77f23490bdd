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
    last_text: RefCell<Option<(Rc<PyStr>, Rc<[char]>)>>,
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("_sre"));
    dict_set_str(&d, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
    dict_set_str(&d, "MAXGROUPS", Value::Int(1_073_741_823));
    add_fn(&d, "_sre", "compile", sre_compile);
    add_fn(&d, "_sre", "match", sre_match);
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
    let (Some(Value::Str(pattern)), Some(flags)) = (args.first(), args.get(1)) else {
        return Err(vm.new_exception("TypeError", "_sre.compile(pattern: str, flags: int)"));
    };
    let flags = int_value(flags).unwrap_or(0) as u32;
    let result = parse::parse(pattern.as_str(), flags).and_then(|p| compile::compile(&p).map(|prog| (p, prog)));
    let (parsed, prog) = match result {
        Ok(x) => x,
        Err(parse::ParseError::Re(msg, pos)) => {
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::string(msg), pos]));
        }
        Err(parse::ParseError::Overflow(msg)) => return Err(vm.new_exception("OverflowError", &msg)),
        Err(parse::ParseError::Value(msg)) => return Err(vm.new_exception("ValueError", &msg)),
    };
    let index = Rc::new(PyDict::new());
    for (name, g) in &parsed.names {
        dict_set_str(&index, name, Value::Int(*g as i64));
    }
    let cls = compiled_class(vm);
    let code = Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(Compiled { prog, last_text: RefCell::new(None) }) }));
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

/// `match(code, string, pos, endpos, mode, must_advance)` with mode 0 match, 1
/// fullmatch, 2 search -> None, or a tuple of the group marks (start, end
/// of each group, -1 when unset) followed by lastindex.
fn sre_match(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let compiled = match args.first() {
        Some(Value::Native(n)) => n.clone(),
        _ => return Err(vm.new_exception("TypeError", "_sre.match() needs a compiled pattern")),
    };
    let Some(c) = compiled.downcast::<Compiled>() else {
        return Err(vm.new_exception("TypeError", "_sre.match() needs a compiled pattern"));
    };
    let s = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(Value::Bytes(_)) => return Err(vm.new_exception("TypeError", "cannot use a string pattern on a bytes-like object")),
        Some(v) => {
            let msg = format!("expected string or bytes-like object, got '{}'", vm.type_name(v));
            return Err(vm.new_exception("TypeError", &msg));
        }
        None => return Err(vm.new_exception("TypeError", "_sre.match() missing string")),
    };
    let pos = args.get(2).and_then(int_value).unwrap_or(0);
    let endpos = args.get(3).and_then(int_value).unwrap_or(i64::MAX);
    let mode = match args.get(4).and_then(int_value) {
        Some(1) => Mode::FullMatch,
        Some(2) => Mode::Search,
        _ => Mode::Match,
    };
    let must_advance = matches!(args.get(5), Some(Value::Bool(true)));
    let found = if s.is_ascii() {
        let text = s.as_str().as_bytes();
        matcher::run(&c.prog, text, clamp(pos, text.len()), clamp(endpos, text.len()), mode, must_advance)
    } else {
        let text = chars_of(c, &s);
        matcher::run(&c.prog, &text[..], clamp(pos, text.len()), clamp(endpos, text.len()), mode, must_advance)
    };
    let Some(found) = found else { return Ok(Value::None) };
    let mut out: Vec<Value> = found.marks.iter().map(|&m| Value::Int(if m == NONE { -1 } else { m as i64 })).collect();
    out.push(if found.lastindex == 0 { Value::None } else { Value::Int(found.lastindex as i64) });
    Ok(Value::tuple(out))
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
