//! `repr()`, `str()` and `format()` of values.

use super::{PyResult, Vm};
use crate::format;
use crate::objects::*;
use crate::value::Value;
use num_bigint::BigInt;

/// Python's repr of a str: quotes chosen as CPython does, escapes for
/// unprintable characters, other text (Chinese included) as is.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Approximates `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
}

pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// `repr(v)`
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => format::i64_text(*i),
            Value::BigInt(b) => self.bigint_to_string(b)?,
            Value::Float(f) => format::float_repr(*f),
            Value::Complex(z) => super::complex::repr(**z),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(b),
            Value::List(l) => {
                if !self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.items.borrow().clone();
                let r = self.repr_items(&items);
                self.repr_leave();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                if t.is_empty() {
                    return Ok("()".into());
                }
                // A tuple can hold itself through a list or dict: `(...)`.
                if !self.repr_enter(v) {
                    return Ok("(...)".into());
                }
                let t = t.clone();
                let r = self.repr_items(&t);
                self.repr_leave();
                if t.len() == 1 {
                    format!("({},)", r?)
                } else {
                    format!("({})", r?)
                }
            }
            Value::Dict(d) => {
                if !self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let items = d.data.borrow().items();
                let r = self.repr_dict_items(&items);
                self.repr_leave();
                format!("{{{}}}", r?)
            }
            Value::Set(s) => {
                let items = s.data.borrow().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.repr_items(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items = s.data.borrow().keys();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.repr_items(&items)?)
                }
            }
            Value::Range(r) => {
                let (start, stop, step) = r.parts();
                if step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", start, stop)
                } else {
                    format!("range({}, {}, {})", start, stop, step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), self.addr(v)),
            Value::BoundMethod(m) => {
                let (func, slf) = (m.func.clone(), m.self_.clone());
                match &func {
                    Value::Builtin(b) => {
                        let tn = self.type_name(&slf);
                        format!("<built-in method {} of {} object at {}>", b.name, tn, self.addr(&slf))
                    }
                    _ => {
                        let name = match &func {
                            Value::Function(f) => f.qualname.borrow().clone(),
                            _ => "?".into(),
                        };
                        format!("<bound method {} of {}>", name, self.repr(&slf)?)
                    }
                }
            }
            Value::Builtin(b) => {
                if b.owner.is_empty() {
                    format!("<built-in function {}>", b.name)
                } else {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                }
            }
            Value::Class(c) => {
                if let Some(r) = self.metaclass_repr(c)? {
                    return Ok(r);
                }
                let m = c.module.borrow().clone();
                if c.builtin && m == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", m, c.qualname.borrow())
                }
            }
            Value::Module(m) => match dict_get_str(&m.dict, "__file__") {
                Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
                _ => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Cell(_) => format!("<cell at {}>", self.addr(v)),
            Value::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.code.name, self.addr(v), c.filename, c.code.firstlineno),
            Value::Iterator(it) => format!("<{} object at {}>", it.type_name, self.addr(v)),
            Value::Generator(g) => format!("<generator object {} at {}>", g.qualname, self.addr(v)),
            Value::Descriptor(d) => match &**d {
                Descriptor::Property { .. } => format!("<property object at {}>", self.addr(v)),
                Descriptor::StaticMethod(f) => format!("<staticmethod({})>", self.repr(&f.clone())?),
                Descriptor::ClassMethod(f) => format!("<classmethod({})>", self.repr(&f.clone())?),
                Descriptor::Super { typ, .. } => format!("<super: <class '{}'>, <{} object>>", typ.name(), typ.name()),
            },
            Value::Instance(_) | Value::Native(_) => return self.repr_object(v),
        })
    }

    fn repr_object(&mut self, v: &Value) -> PyResult<String> {
        if let Some(f) = self.lookup_special(v, "__repr__") {
            let is_default = matches!(&f, Value::Builtin(b) if b.owner == "object");
            if !is_default {
                let r = self.call1(&f, v.clone())?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => {
                        let tn = self.type_name(&other);
                        Err(self.new_exception("TypeError", &format!("__repr__ returned non-string (type {})", tn)))
                    }
                };
            }
        }
        self.default_repr(v)
    }

    /// `object.__repr__`: `<__main__.A object at 0x...>`, or for exceptions
    /// `ValueError('msg')`.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        if let Value::Instance(i) = v {
            if let Some(e) = i.exc() {
                let args = e.args.borrow().clone();
                let name = cls.name();
                return Ok(if args.len() == 1 {
                    format!("{}({})", name, self.repr(&args[0])?)
                } else {
                    format!("{}({})", name, self.repr_items(&args)?)
                });
            }
            if let Payload::Builtin(p) = &i.payload {
                let p = p.borrow().clone();
                if !matches!(cls.base_kind, BaseKind::Object | BaseKind::Exception) {
                    return self.repr(&p);
                }
            }
        }
        let m = cls.module.borrow().clone();
        let q = cls.qualname.borrow().clone();
        let name = if m == "builtins" { q } else { format!("{}.{}", m, q) };
        Ok(format!("<{} object at {}>", name, self.addr(v)))
    }

    /// The address shown in default reprs (`id()` in hex).
    pub fn addr(&mut self, v: &Value) -> String {
        format!("0x{:x}", self.id_of(v))
    }

    /// `id(v)`: the heap address, or under `--deterministic` a number
    /// handed out in order of first use, so output does not depend on ASLR.
    pub fn id_of(&mut self, v: &Value) -> u64 {
        let p = match v.heap_ptr() {
            Some(p) => p as u64,
            None => {
                return match v {
                    Value::None => 0x1000,
                    Value::Bool(b) => 0x1010 + *b as u64,
                    Value::Int(i) => 0x100000 + (*i as u64).wrapping_mul(32),
                    _ => 0x1020,
                }
            }
        };
        if !self.config.deterministic {
            return p;
        }
        let next = 0x7f0000001000u64 + (self.fake_ids.len() as u64) * 0x40;
        *self.fake_ids.entry(p).or_insert(next)
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_dict_items(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
        }
        Ok(parts.join(", "))
    }

    /// Guard against infinite recursion in self-containing containers.
    fn repr_enter(&mut self, v: &Value) -> bool {
        let p = v.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return false;
        }
        self.repr_stack.push(p);
        true
    }
    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    pub fn bigint_to_string(&mut self, b: &BigInt) -> PyResult<String> {
        let s = b.to_string();
        if s.len() > 4300 + 1 {
            return Err(self.new_exception(
                "ValueError",
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            ));
        }
        Ok(s)
    }

    /// `str(v)`
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                if let Some(f) = self.lookup_special(v, "__str__") {
                    let is_default = matches!(&f, Value::Builtin(b) if b.owner == "object" || b.owner == "BaseException");
                    if !is_default {
                        let r = self.call1(&f, v.clone())?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => {
                                let tn = self.type_name(&other);
                                Err(self.new_exception("TypeError", &format!("__str__ returned non-string (type {})", tn)))
                            }
                        };
                    }
                }
                if let Some(e) = i.exc() {
                    let args = e.args.borrow().clone();
                    let is_key_error = self.is_instance_of(v, "KeyError");
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.to_str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                if let Payload::Builtin(p) = &i.payload {
                    let p = p.borrow().clone();
                    if let Value::Str(_) = p {
                        return self.to_str(&p);
                    }
                }
                self.repr(v)
            }
            Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, "__str__") {
                    let r = self.call1(&f, v.clone())?;
                    return self.to_str(&r);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        // `f"{i}"`: an empty spec is str() for the built-in types.
        if spec.is_empty() {
            match v {
                Value::Int(i) => return Ok(format::i64_text(*i)),
                Value::Str(s) => return Ok(s.as_str().to_string()),
                Value::Float(f) => return Ok(format::float_repr(*f)),
                _ => {}
            }
        }
        // The built-in kinds' names without a lookup (it allocates).
        let tn: std::borrow::Cow<str> = match v {
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Bool(_) => "bool".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            _ => self.type_name(v).into(),
        };
        let r = match v {
            Value::Int(i) => format::parse_format_spec(spec, &tn).and_then(|s| format::format_i64(*i, &s, &tn)),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok((if *b { "True" } else { "False" }).into());
                }
                format::parse_format_spec(spec, &tn).and_then(|s| format::format_int(&BigInt::from(*b as i64), &s, &tn))
            }
            Value::BigInt(b) => format::parse_format_spec(spec, &tn).and_then(|s| format::format_int(b, &s, &tn)),
            Value::Float(f) => format::parse_format_spec(spec, &tn).and_then(|s| format::format_float(*f, &s, &tn)),
            Value::Complex(z) => format::parse_format_spec(spec, &tn).and_then(|s| super::complex::format_spec(**z, &s)),
            Value::Str(s) => format::parse_format_spec(spec, &tn).and_then(|sp| format::format_str(s.as_str(), &sp, &tn)),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, "__format__") {
                    if matches!(f, Value::Function(_)) {
                        let r = self.call(&f, vec![v.clone(), Value::str(spec)], Vec::new())?;
                        return self.to_str(&r);
                    }
                }
                if let Some(p) = self.payload_of(v) {
                    if !matches!(p, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
                        return self.format(&p, spec);
                    }
                }
                return self.format_default(v, spec);
            }
            _ => return self.format_default(v, spec),
        };
        r.map_err(|m| self.new_exception(if format::is_overflow(&m) { "OverflowError" } else { "ValueError" }, &m))
    }

    /// `format(v, spec)` appended to `out`: machine ints and strs, the
    /// common fields of `str.format`, skip the intermediate string.
    pub fn format_into(&mut self, out: &mut String, v: &Value, spec: &str) -> PyResult<()> {
        match v {
            Value::Int(i) if spec.is_empty() => format::push_i64(out, *i),
            Value::Str(s) if spec.is_empty() => out.push_str(s.as_str()),
            _ => out.push_str(&self.format(v, spec)?),
        }
        Ok(())
    }

    fn format_default(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        let tn = self.type_name(v);
        Err(self.new_exception("TypeError", &format!("unsupported format string passed to {}.__format__", tn)))
    }

    /// f-string field: conversion (1 `!s`, 2 `!r`, 3 `!a`) then format.
    pub(crate) fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => Value::string(self.to_str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(ascii_of(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        if spec.is_empty() {
            if let Value::Str(_) = v {
                return Ok(v);
            }
        }
        Ok(Value::string(self.format(&v, spec)?))
    }
}

/// `ascii()`: repr with non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}
