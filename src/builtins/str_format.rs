//! `%` formatting and `str.format` on top of crate::format.

use super::str_methods::{as_pystr, this};
use super::*;
use crate::format::{
    self, check_conversion, parse_field_name, AutoNumber, Count, FieldAccessor, FieldKey, FormatField, FormatPiece,
    FormatStringIter, PercentIter, PercentPiece, PercentSpec, MAX_RECURSION_MSG,
};
use crate::vm::{PyErr, PyResult};
use num_bigint::BigInt;
use std::borrow::Cow;
use num_traits::ToPrimitive;

pub(crate) fn install(_vm: &mut Vm, c: &Rc<Class>) {
    add_method(c, "format", str_format);
    add_method(c, "format_map", str_format_map);
}

// ---------------------------------------------------------------- %

/// Where `%` conversions take their values from.
struct PercentArgs<'a> {
    /// Positional values (a tuple's items, or the single argument),
    /// borrowed from the right operand when it can be.
    items: Cow<'a, [Value]>,
    next: usize,
    /// The argument, when it is a mapping (`%(key)s` looks keys up in it).
    mapping: Option<Value>,
    /// `bytes % args`: the template and the output are bytes, held as
    /// latin-1 text (one char per byte).
    bytes: bool,
}

impl PercentArgs<'_> {
    fn next_arg(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.new_exception("TypeError", "not enough arguments for format string")),
        }
    }
}

/// `PyMapping_Check(v) && !PyTuple_Check(v) && !PyUnicode_Check(v)`.
fn percent_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Instance(_) => {
            match vm.payload_of(v) {
                Some(Value::Str(_) | Value::Tuple(_)) => false,
                Some(Value::Dict(_) | Value::List(_) | Value::Bytes(_)) => true,
                _ => vm.lookup_special(v, "__getitem__").is_some(),
            }
        }
        _ => false,
    }
}

/// The int a `%d %i %u %o %x %X` conversion formats.
fn percent_int_value(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    let index_only = matches!(conv, 'o' | 'x' | 'X');
    match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => return Ok((**b).clone()),
        Value::Float(f) if !index_only => {
            return match format::f64_to_bigint(*f) {
                Ok(b) => Ok(b),
                Err(m) => Err(vm.new_exception(if f.is_nan() { "ValueError" } else { "OverflowError" }, &m)),
            }
        }
        Value::Instance(_) => {
            let hook = if index_only { None } else { vm.lookup_special(v, "__int__") };
            let hook = hook.or_else(|| vm.lookup_special(v, "__index__"));
            if let Some(f) = hook {
                if !matches!(f, Value::Builtin(_)) {
                    let r = vm.call1(&f, v.clone())?;
                    return percent_int_value(vm, &r, 'd');
                }
            }
            if let Some(p) = vm.payload_of(v) {
                if matches!(p, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)) {
                    return percent_int_value(vm, &p, conv);
                }
            }
        }
        _ => {}
    }
    let tn = vm.type_name(v);
    let what = if index_only { "an integer is required" } else { "a real number is required" };
    Err(vm.new_exception("TypeError", &format!("%{} format: {}, not {}", conv, what, tn)))
}

/// A `*` width or precision.
fn star_value(vm: &mut Vm, pa: &mut PercentArgs) -> PyResult<i64> {
    let v = pa.next_arg(vm)?;
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) => Err(vm.new_exception("ValueError", "width too big")),
        _ => match vm.payload_of(&v) {
            Some(Value::Int(i)) => Ok(i),
            _ => Err(vm.new_exception("TypeError", "* wants int")),
        },
    }
}

fn percent_one(vm: &mut Vm, spec: &mut PercentSpec, pa: &mut PercentArgs, out: &mut String) -> PyResult<()> {
    // As in CPython, a `%(key)` conversion replaces the argument stream by
    // the looked-up value, which the conversion (or a `*`) then consumes.
    if let Some(k) = &spec.key {
        match pa.mapping.clone() {
            Some(m) => {
                let key = if pa.bytes { Value::Bytes(Rc::new(k.chars().map(|c| c as u32 as u8).collect())) } else { Value::str(k) };
                let v = vm.getitem(&m, &key)?;
                pa.items = Cow::Owned(vec![v]);
                pa.next = 0;
            }
            None => return Err(vm.new_exception("TypeError", "format requires a mapping")),
        }
    }
    let width = if spec.width == Some(Count::Star) { Some(star_value(vm, pa)?) } else { None };
    let prec = if spec.precision == Some(Count::Star) { Some(star_value(vm, pa)?) } else { None };
    spec.resolve_stars(width, prec);
    let v = pa.next_arg(vm)?;
    if pa.bytes {
        if let Some(text) = bytes_conversion(vm, spec, &v)? {
            out.push_str(&text);
            return Ok(());
        }
    }
    if let Err(m) = spec.check_conversion() {
        return Err(vm.new_exception("ValueError", &m));
    }
    match spec.conversion {
        's' => match &v {
            Value::Str(s) => format::percent_format_str_into(out, s.as_str(), spec),
            _ => {
                let s = vm.to_str(&v)?;
                format::percent_format_str_into(out, &s, spec)
            }
        },
        'r' => {
            let s = vm.repr(&v)?;
            format::percent_format_str_into(out, &s, spec)
        }
        'a' => {
            let s = vm.repr(&v)?;
            format::percent_format_str_into(out, &crate::vm::repr::ascii_of(&s), spec)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match v {
            Value::Int(i) => format::percent_format_i64_into(out, i, spec),
            _ => {
                let n = percent_int_value(vm, &v, spec.conversion)?;
                format::percent_format_int_into(out, &n, spec)
            }
        },
        'c' => {
            let c = match &v {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    let n = percent_int_value(vm, &v, 'd')?;
                    format::percent_char(&n).map_err(|m| vm.new_exception("OverflowError", &m))?
                }
                _ => match as_pystr(vm, &v) {
                    Some(p) if p.char_len() == 1 => p.as_str().chars().next().unwrap_or(' '),
                    _ => match vm.index_value(&v)? {
                        Some(_) if matches!(v, Value::Instance(_)) => {
                            let n = percent_int_value(vm, &v, 'x')?;
                            format::percent_char(&n).map_err(|m| vm.new_exception("OverflowError", &m))?
                        }
                        _ => return Err(vm.new_exception("TypeError", "%c requires int or char")),
                    },
                },
            };
            format::percent_format_str_into(out, c.encode_utf8(&mut [0; 4]), spec)
        }
        _ => {
            let x = vm.float_arg(&v)?;
            format::percent_format_float_into(out, x, spec)
        }
    }
    Ok(())
}

/// The conversions that differ for `bytes % args` (`%s`/`%b` take
/// bytes, `%r`/`%a` are ascii(), `%c` a byte), as latin-1 text; `None` for
/// the numeric ones, shared with str.
fn bytes_conversion(vm: &mut Vm, spec: &PercentSpec, v: &Value) -> PyResult<Option<String>> {
    let latin1 = |b: &[u8]| b.iter().map(|&x| x as char).collect::<String>();
    Ok(Some(match spec.conversion {
        's' | 'b' => {
            let data = match vm.bytes_of(v)? {
                Some(b) => b,
                None => {
                    let tn = vm.type_name(v);
                    let m = format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", tn);
                    return Err(vm.new_exception("TypeError", &m));
                }
            };
            format::percent_format_str(&latin1(&data), spec)
        }
        'r' | 'a' => {
            let s = vm.repr(v)?;
            format::percent_format_str(&crate::vm::repr::ascii_of(&s), spec)
        }
        'c' => {
            let byte = match v {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match percent_int_value(vm, v, 'd')?.to_u8() {
                    Some(b) => b,
                    None => return Err(vm.new_exception("OverflowError", "%c arg not in range(256)")),
                },
                Value::Bytes(b) if b.len() == 1 => b[0],
                _ => return Err(vm.new_exception("TypeError", "%c requires an integer in range(256) or a single byte")),
            };
            format::percent_format_str(&latin1(&[byte]), spec)
        }
        _ => return Ok(None),
    }))
}

impl Vm {
    /// The bytes of a bytes-like value (bytes, bytearray, `__bytes__`).
    pub fn bytes_of(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        if let Value::Bytes(b) = v {
            return Ok(Some((**b).clone()));
        }
        if matches!(v, Value::Instance(_) | Value::Native(_)) {
            if let Some(f) = self.lookup_special(v, "__bytes__") {
                if let Value::Bytes(b) = self.call1(&f, v.clone())? {
                    return Ok(Some((*b).clone()));
                }
            }
            if let Some(Value::Bytes(b)) = self.payload_of(v) {
                return Ok(Some((*b).clone()));
            }
        }
        Ok(None)
    }

    /// `fmt % args` for bytes.
    pub fn bytes_percent_format(&mut self, fmt: &[u8], args: &Value) -> PyResult<Value> {
        let text: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_text(&text, args, true)?;
        Ok(Value::Bytes(Rc::new(out.chars().map(|c| c as u32 as u8).collect())))
    }

    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        Ok(Value::string(self.percent_format_text(fmt, args, false)?))
    }

    fn percent_format_text(&mut self, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
        let tuple: Option<Cow<[Value]>> = match args {
            Value::Tuple(t) => Some(Cow::Borrowed(&t[..])),
            Value::Instance(_) => match self.payload_of(args) {
                Some(Value::Tuple(t)) => Some(Cow::Owned(t.to_vec())),
                _ => None,
            },
            _ => None,
        };
        let mapping = if tuple.is_none() && percent_mapping(self, args) { Some(args.clone()) } else { None };
        let mut pa = match tuple {
            Some(items) => PercentArgs { items, next: 0, mapping, bytes },
            None => PercentArgs { items: Cow::Borrowed(std::slice::from_ref(args)), next: 0, mapping, bytes },
        };
        // Room for the template and a few short conversions.
        let mut out = String::with_capacity(fmt.len() + 16);
        for piece in PercentIter::new(fmt) {
            match piece {
                Err(m) => return Err(self.new_exception("ValueError", &m)),
                Ok(PercentPiece::Literal(s)) => out.push_str(&s),
                Ok(PercentPiece::Spec(mut spec)) => percent_one(self, &mut spec, &mut pa, &mut out)?,
            }
        }
        if pa.next < pa.items.len() && pa.mapping.is_none() {
            let what = if bytes { "bytes" } else { "string" };
            return Err(self.new_exception("TypeError", &format!("not all arguments converted during {} formatting", what)));
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------- str.format

/// Where named fields come from.
enum Named<'a> {
    Kw(&'a KwArgs),
    Map(&'a Value),
}

struct FormatCtx<'a> {
    /// `None` for `format_map` (positional fields are an error).
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: AutoNumber,
}

fn value_error(vm: &mut Vm, m: String) -> PyErr {
    vm.new_exception("ValueError", &m)
}

impl FormatCtx<'_> {
    /// Render a template onto `out`; `depth` counts down nested specs
    /// (CPython starts at 2).
    fn render(&mut self, vm: &mut Vm, out: &mut String, template: &str, depth: i32) -> PyResult<()> {
        if depth <= 0 {
            return Err(vm.new_exception("ValueError", MAX_RECURSION_MSG));
        }
        for piece in FormatStringIter::new(template) {
            match piece.map_err(|m| value_error(vm, m))? {
                FormatPiece::Literal(s) => out.push_str(&s),
                FormatPiece::Field(f) => self.field(vm, out, &f, depth)?,
            }
        }
        Ok(())
    }

    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let fname = parse_field_name(name).map_err(|m| value_error(vm, m))?;
        let key = self.auto.resolve(&fname.first).map_err(|m| value_error(vm, m))?;
        let mut obj = match key {
            FieldKey::Index(i) => match self.args.map(|a| a.get(i)) {
                Some(Some(v)) => v.clone(),
                None => return Err(vm.new_exception("ValueError", "Format string contains positional fields")),
                Some(None) => {
                    return Err(vm.new_exception("IndexError", &format!("Replacement index {} out of range for positional args tuple", i)));
                }
            },
            FieldKey::Name(n) => match &self.named {
                Named::Kw(kw) => match kw.iter().find(|(k, _)| k.as_str() == n) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(Value::string(n))),
                },
                Named::Map(m) => {
                    let m = (*m).clone();
                    vm.getitem(&m, &Value::string(n))?
                }
            },
        };
        for acc in fname.rest {
            obj = match acc {
                FieldAccessor::Attr(a) => vm.get_attr_str(&obj, &a)?,
                FieldAccessor::Index(i) => vm.getitem(&obj, &Value::Int(i as i64))?,
                FieldAccessor::Key(k) => vm.getitem(&obj, &Value::string(k))?,
            };
        }
        Ok(obj)
    }

    fn field(&mut self, vm: &mut Vm, out: &mut String, f: &FormatField, depth: i32) -> PyResult<()> {
        let mut obj = self.lookup(vm, f.name)?;
        if let Some(c) = f.conversion {
            check_conversion(c).map_err(|m| value_error(vm, m))?;
            obj = match c {
                'r' => Value::string(vm.repr(&obj)?),
                's' => Value::string(vm.to_str(&obj)?),
                _ => Value::string(crate::vm::repr::ascii_of(&vm.repr(&obj)?)),
            };
        }
        if f.spec_has_fields {
            let mut spec = String::new();
            self.render(vm, &mut spec, f.spec, depth - 1)?;
            vm.format_into(out, &obj, &spec)
        } else {
            vm.format_into(out, &obj, f.spec)
        }
    }
}

/// Room for the template plus a few short fields.
fn render_buffer(template: &str) -> String {
    String::with_capacity(template.len() + 16)
}

fn str_format(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    let mut ctx = FormatCtx { args: Some(&args[1..]), named: Named::Kw(&kw), auto: AutoNumber::new() };
    let mut out = render_buffer(s.as_str());
    ctx.render(vm, &mut out, s.as_str(), 2)?;
    Ok(Value::string(out))
}

fn str_format_map(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, &args, "format_map")?;
    no_kwargs(vm, "str.format_map", &kw)?;
    check_nargs(vm, "str.format_map", args.len() - 1, 1, 1)?;
    let m = args[1].clone();
    let mut ctx = FormatCtx { args: None, named: Named::Map(&m), auto: AutoNumber::new() };
    let mut out = render_buffer(s.as_str());
    ctx.render(vm, &mut out, s.as_str(), 2)?;
    Ok(Value::string(out))
}

/// Expected outputs were printed by CPython 3.11.7 for the same source.
#[cfg(test)]
mod tests {
    fn check(src: &str, expected: &str) {
        assert_eq!(super::super::str_methods::run_python_for_test(src), expected, "source:\n{}", src);
    }

    #[test]
    fn percent_argument_errors() {
        check(
            r##"t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "abc" % 5)
t(lambda: "abc" % [1])
t(lambda: "%(a)s" % 5)
t(lambda: "%*d" % ("x", 5))
t(lambda: "%s %q" % (1,))
t(lambda: "%(a" % {})"##,
            r##"TypeError not enough arguments for format string
TypeError not all arguments converted during string formatting
TypeError not all arguments converted during string formatting
'abc'
TypeError format requires a mapping
TypeError * wants int
TypeError not enough arguments for format string
ValueError incomplete format key
"##,
        );
    }
    #[test]
    fn percent_type_errors() {
        check(
            r##"t(lambda: "%d" % "x")
t(lambda: "%x" % 3.5)
t(lambda: "%c" % "ab")
t(lambda: "%c" % 0x110000)
t(lambda: "%f" % "x")
t(lambda: "%d" % float("nan"))
t(lambda: "%d|%-*d|%.*f" % (3.99, -4, 7, 2, 3.14159))"##,
            r##"TypeError %d format: a real number is required, not str
TypeError %x format: an integer is required, not float
TypeError %c requires int or char
OverflowError %c arg not in range(0x110000)
TypeError must be real number, not str
ValueError cannot convert float NaN to integer
'3|7   |3.14'
"##,
        );
    }
    #[test]
    fn format_fields() {
        check(
            r##"t(lambda: "{}{1}".format(1, 2))
t(lambda: "{1}".format(1))
t(lambda: "{name}".format(1))
t(lambda: "{0[0]}".format({}))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{0:{1}}|{2!r:>5}".format(3.14159, ".2f", "x"))
t(lambda: "{0!x}".format(1))
t(lambda: "{a[1]}".format_map({"a": [5, 6]}))"##,
            r##"ValueError cannot switch from automatic field numbering to manual field specification
IndexError Replacement index 1 out of range for positional args tuple
KeyError 'name'
KeyError 0
ValueError Max string recursion exceeded
"3.14|  'x'"
ValueError Unknown conversion specifier x
'6'
"##,
        );
    }

}
