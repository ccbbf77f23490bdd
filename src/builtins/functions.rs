//! Built-in functions: len, min/max, sorted, isinstance, getattr, ...

use super::*;
use crate::ast::CmpOp;
use crate::vm::PyResult;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(_vm: &mut Vm, b: &PyDict) {
    let m = "builtins";
    add_fn_quick(b, m, "len", len, len_quick);
    add_fn(b, m, "repr", repr);
    add_fn(b, m, "ascii", ascii);
    add_fn_quick(b, m, "abs", abs, abs_quick);
    add_fn(b, m, "min", min);
    add_fn(b, m, "max", max);
    add_fn(b, m, "sum", sum);
    add_fn(b, m, "sorted", sorted);
    add_fn(b, m, "any", any);
    add_fn(b, m, "all", all);
    add_fn(b, m, "iter", iter);
    add_fn(b, m, "next", next);
    add_fn(b, m, "callable", callable);
    add_fn(b, m, "exit", site_exit);
    add_fn(b, m, "quit", site_exit);
    add_fn(b, m, "isinstance", isinstance);
    add_fn(b, m, "issubclass", issubclass);
    add_fn(b, m, "getattr", getattr);
    add_fn(b, m, "setattr", setattr);
    add_fn(b, m, "hasattr", hasattr);
    add_fn(b, m, "delattr", delattr);
    add_fn(b, m, "id", id);
    add_fn(b, m, "hash", hash);
    add_fn(b, m, "chr", chr);
    add_fn(b, m, "ord", ord);
    add_fn(b, m, "hex", hex);
    add_fn(b, m, "oct", oct);
    add_fn(b, m, "bin", bin);
    add_fn(b, m, "round", round);
    add_fn(b, m, "divmod", divmod);
    add_fn(b, m, "pow", pow);
    add_fn(b, m, "format", format);
    add_fn(b, m, "vars", vars);
    add_fn(b, m, "dir", dir);
    add_fn(b, m, "globals", globals);
    add_fn(b, m, "locals", locals);
    add_fn(b, m, "__build_class__", build_class_placeholder);
    add_fn(b, m, "__import__", import);
    add_fn(b, m, "exec", exec);
    add_fn(b, m, "eval", eval);
}

fn len(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "len", &kw)?;
    check_nargs(vm, "len", args.len(), 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

/// `len(x)` of a built-in container (see `QuickFn`).
fn len_quick(args: &[Value]) -> Option<Value> {
    let n = match args {
        [Value::Str(s)] => s.char_len(),
        [Value::List(l)] => l.items.try_borrow().ok()?.len(),
        [Value::Tuple(t)] => t.len(),
        [Value::Dict(d)] => d.data.try_borrow().ok()?.len(),
        [Value::Set(s) | Value::FrozenSet(s)] => s.data.try_borrow().ok()?.len(),
        [Value::Bytes(b)] => b.len(),
        _ => return None,
    };
    Some(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "repr", args.len(), 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "ascii", args.len(), 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(crate::vm::repr::ascii_of(&r)))
}

fn abs(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "abs", &kw)?;
    check_nargs(vm, "abs", args.len(), 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(z) => vm.complex_abs(**z)?,
        v => {
            if let Some(f) = vm.lookup_special(v, "__abs__") {
                return vm.call1(&f, v.clone());
            }
            let tn = vm.type_name(v);
            return Err(vm.new_exception("TypeError", &format!("bad operand type for abs(): '{}'", tn)));
        }
    })
}

/// `abs(x)` of a machine number (see `QuickFn`).
fn abs_quick(args: &[Value]) -> Option<Value> {
    match args {
        [Value::Int(i)] => i.checked_abs().map(Value::Int),
        [Value::Float(f)] => Some(Value::Float(f.abs())),
        _ => None,
    }
}

/// min() and max(): one iterable or several arguments, `key`, `default`.
fn min_max(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = take_kw(&mut kw, "key").filter(|k| !k.is_none());
    let default = take_kw(&mut kw, "default");
    no_more_kwargs(vm, name, &kw)?;
    if args.is_empty() {
        return Err(vm.new_exception("TypeError", &format!("{} expected at least 1 argument, got 0", name)));
    }
    let items = if args.len() == 1 {
        vm.collect(&args[0])?
    } else {
        if default.is_some() {
            return Err(vm.new_exception(
                "TypeError",
                &format!("Cannot specify a default for {}() with multiple positional arguments", name),
            ));
        }
        args
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.new_exception("ValueError", &format!("{}() arg is an empty sequence", name))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call1(k, best.clone())?,
        None => best.clone(),
    };
    for x in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call1(kf, x.clone())?,
            None => x.clone(),
        };
        let r = vm.compare(op, &k, &best_key)?;
        if vm.is_true(&r)? {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpOp::Lt)
}
fn max(vm: &mut Vm, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let start = arg_or_kw(&args, 1, &mut kw, "start");
    no_more_kwargs(vm, "sum", &kw)?;
    check_nargs(vm, "sum", args.len(), 1, 2)?;
    let mut acc = start.unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.new_exception("TypeError", "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = match crate::vm::eval::fast_binop(crate::ast::BinOp::Add, &acc, &x) {
            Some(v) => v,
            None => vm.binary_op(crate::ast::BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

/// Sort values in place with Python's `<`, stable, keys computed once.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call1(k, x.clone())?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_str = keys.iter().all(|k| matches!(k, Value::Str(_)));
    let all_float = keys.iter().all(|k| matches!(k, Value::Float(_) | Value::Int(_)));
    if all_int {
        let get = |i: usize| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        };
        if reverse {
            idx.sort_by(|&a, &b| get(b).cmp(&get(a)));
        } else {
            idx.sort_by_key(|&a| get(a));
        }
    } else if all_str {
        let get = |i: usize| match &keys[i] {
            Value::Str(s) => s.as_str(),
            _ => "",
        };
        if reverse {
            idx.sort_by(|&a, &b| get(b).cmp(get(a)));
        } else {
            idx.sort_by(|&a, &b| get(a).cmp(get(b)));
        }
    } else if all_float {
        // Not a total order when a NaN is present: CPython's algorithm
        // decides where it ends up.
        let get = |i: usize| match keys[i] {
            Value::Float(x) => x,
            Value::Int(x) => x as f64,
            _ => 0.0,
        };
        idx = super::timsort::timsort(keys.len(), reverse, &mut |a, b| Ok(get(a) < get(b)))?;
    } else {
        // CPython's timsort, one `<` per comparison it makes.
        idx = super::timsort::timsort(keys.len(), reverse, &mut |a, b| {
            let r = vm.compare(CmpOp::Lt, &keys[a], &keys[b])?;
            vm.is_true(&r)
        })?;
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sorted(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let key = take_kw(&mut kw, "key").filter(|k| !k.is_none());
    let reverse = match take_kw(&mut kw, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    no_more_kwargs(vm, "sorted", &kw)?;
    if args.len() != 1 {
        return Err(vm.new_exception("TypeError", &format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.collect(&args[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn any(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "any", args.len(), 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "all", args.len(), 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        return Ok(vm.new_iter("callable_iterator", IterKind::CallIter { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "next", args.len(), 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(it, Value::Iterator(_) | Value::Generator(_)) || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.new_exception("TypeError", &format!("'{}' object is not an iterator", tn)));
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match vm.gen_send_native(&g, Value::None) {
            Ok(crate::vm::eval::FrameResult::Yield(v)) => Ok(v),
            Ok(crate::vm::eval::FrameResult::Return(v)) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
            Err(e) => Err(e),
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

/// `exit(code=None)` / `quit()`, the helpers `site` installs: raise
/// SystemExit(code).
fn site_exit(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let code = match take_kw(&mut kw, "code") {
        Some(c) => Some(c),
        None => args.into_iter().next(),
    };
    no_more_kwargs(vm, "exit", &kw)?;
    let args = match code {
        Some(c) => vec![c],
        None => Vec::new(),
    };
    Err(vm.new_exception_args("SystemExit", args))
}

fn callable(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "callable", args.len(), 1, 1)?;
    let v = &args[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }))
}

/// `isinstance`'s class test (tuples allowed, nested).
pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            let t = vm.type_of(v);
            if t.is_subclass(c) {
                return Ok(true);
            }
            // A metaclass's Python __instancecheck__ (abc.ABCMeta).
            if let Some(f) = metaclass_hook(vm, c, "__instancecheck__") {
                let r = vm.call(&f, vec![cls.clone(), v.clone()], Vec::new())?;
                return vm.is_true(&r);
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for c in t.iter() {
                if is_instance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            // An object whose type defines __instancecheck__ (typing's aliases).
            if let Some(f) = vm.lookup_special(cls, "__instancecheck__") {
                let r = vm.call(&f, vec![cls.clone(), v.clone()], Vec::new())?;
                return vm.is_true(&r);
            }
            Err(vm.new_exception("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

/// A hook written in Python on `cls`'s metaclass (`__instancecheck__`,
/// `__subclasscheck__`); `type`'s own are not looked for.
fn metaclass_hook(vm: &mut Vm, cls: &Rc<Class>, name: &'static str) -> Option<Value> {
    let meta = cls.meta.borrow().clone()?;
    let h = vm.intern(name).hash();
    match meta.lookup(name, h) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}

fn isinstance(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "isinstance", args.len(), 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &args[0], &args[1])?))
}

fn issubclass(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "issubclass", args.len(), 2, 2)?;
    let c = match &args[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(vm.new_exception("TypeError", "issubclass() arg 1 must be a class")),
    };
    fn check(vm: &mut Vm, c: &Rc<Class>, target: &Value) -> PyResult<bool> {
        match target {
            Value::Class(t) => {
                if c.is_subclass(t) {
                    return Ok(true);
                }
                match metaclass_hook(vm, t, "__subclasscheck__") {
                    Some(f) => {
                        let r = vm.call(&f, vec![target.clone(), Value::Class(c.clone())], Vec::new())?;
                        vm.is_true(&r)
                    }
                    None => Ok(false),
                }
            }
            Value::Tuple(ts) => {
                for t in ts.iter() {
                    if check(vm, c, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(f) = vm.lookup_special(target, "__subclasscheck__") {
                    let r = vm.call(&f, vec![target.clone(), Value::Class(c.clone())], Vec::new())?;
                    return vm.is_true(&r);
                }
                Err(vm.new_exception("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
            }
        }
    }
    Ok(Value::Bool(check(vm, &c, &args[1])?))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = vm.type_name(other);
            let _ = fname;
            Err(vm.new_exception("TypeError", &format!("attribute name must be string, not '{}'", tn)))
        }
    }
}

fn getattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(crate::vm::PyErr::Exception(e)) if args.len() == 3 && vm.is_instance_of(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(crate::vm::PyErr::Exception(e)) if vm.is_instance_of(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "id", args.len(), 1, 1)?;
    Ok(Value::from_bigint(BigInt::from(vm.id_of(&args[0]))))
}

fn hash(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "hash", args.len(), 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])? as i64))
}

fn chr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "chr", args.len(), 1, 1)?;
    let i = vm.int_arg(&args[0], "chr")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.new_exception("ValueError", "chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "ord", args.len(), 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.new_exception("TypeError", &format!("ord() expected a character, but string of length {} found", n)));
            }
            Ok(Value::Int(s.as_str().chars().next().unwrap() as i64))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        v => {
            let tn = vm.type_name(v);
            Err(vm.new_exception("TypeError", &format!("ord() expected string of length 1, but {} found", tn)))
        }
    }
}

fn int_to_base(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let n: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        other => match vm.index_value(other)? {
            Some(i) => BigInt::from(i),
            None => {
                let tn = vm.type_name(other);
                return Err(vm.new_exception("TypeError", &format!("'{}' object cannot be interpreted as an integer", tn)));
            }
        },
    };
    let s = n.abs().to_str_radix(radix);
    Ok(Value::string(format!("{}{}{}", if n.is_negative() { "-" } else { "" }, prefix, s)))
}

fn hex(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "hex", args.len(), 1, 1)?;
    int_to_base(vm, &args[0], 16, "0x")
}
fn oct(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "oct", args.len(), 1, 1)?;
    int_to_base(vm, &args[0], 8, "0o")
}
fn bin(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "bin", args.len(), 1, 1)?;
    int_to_base(vm, &args[0], 2, "0b")
}

fn round(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let nd = arg_or_kw(&args, 1, &mut kw, "ndigits").filter(|v| !v.is_none());
    if args.is_empty() {
        return Err(vm.new_exception("TypeError", "round() missing required argument 'number' (pos 1)"));
    }
    let x = &args[0];
    match x {
        Value::Float(f) => match nd {
            None => {
                let r = crate::format::round_half_even(*f);
                if !r.is_finite() {
                    let msg = if r.is_nan() { "cannot convert float NaN to integer" } else { "cannot convert float infinity to integer" };
                    return Err(vm.new_exception(if r.is_nan() { "ValueError" } else { "OverflowError" }, msg));
                }
                match crate::format::f64_to_bigint(r) {
                    Ok(b) => Ok(Value::from_bigint(b)),
                    Err(m) => Err(vm.new_exception("OverflowError", &m)),
                }
            }
            Some(n) => {
                let n = vm.int_arg(&n, "round")?;
                match crate::format::round_float(*f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(m) => Err(vm.new_exception("OverflowError", &m)),
                }
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = match nd {
                None => return Ok(match x {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => x.clone(),
                }),
                Some(n) => vm.int_arg(&n, "round")?,
            };
            if n >= 0 {
                return Ok(x.clone());
            }
            // Round to a multiple of 10**-n, half to even.
            let v: BigInt = match x {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(*b as i64),
                Value::BigInt(b) => (**b).clone(),
                _ => BigInt::zero(),
            };
            let m = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
            let twice = &r * 2;
            let q = if twice > m || (twice == m && (&q % 2) != BigInt::zero()) { q + 1 } else { q };
            Ok(Value::from_bigint(q * m))
        }
        _ => {
            if let Some(f) = vm.lookup_special(x, "__round__") {
                let mut a = vec![x.clone()];
                if let Some(n) = nd {
                    a.push(n);
                }
                return vm.call(&f, a, Vec::new());
            }
            let tn = vm.type_name(x);
            Err(vm.new_exception("TypeError", &format!("type {} doesn't define __round__ method", tn)))
        }
    }
}

fn divmod(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        if matches!(a, Value::Float(_) | Value::Int(_) | Value::Bool(_)) && matches!(b, Value::Float(_) | Value::Int(_) | Value::Bool(_)) {
            let x = vm.float_arg(a)?;
            let y = vm.float_arg(b)?;
            if y == 0.0 {
                return Err(vm.new_exception("ZeroDivisionError", "float divmod()"));
            }
            let (q, r) = crate::vm::ops::float_divmod(x, y);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if let Some(f) = if matches!(a, Value::Instance(_)) { vm.lookup_special(a, "__divmod__") } else { None } {
        return vm.call(&f, vec![a.clone(), b.clone()], Vec::new());
    }
    let q = vm.binary_op(crate::ast::BinOp::FloorDiv, a, b)?;
    let r = vm.binary_op(crate::ast::BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "pow", args.len(), 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        let to_big = |v: &Value| -> Option<BigInt> {
            match v {
                Value::Int(i) => Some(BigInt::from(*i)),
                Value::Bool(b) => Some(BigInt::from(*b as i64)),
                Value::BigInt(b) => Some((**b).clone()),
                _ => None,
            }
        };
        let (b, e, m) = match (to_big(&args[0]), to_big(&args[1]), to_big(&args[2])) {
            (Some(b), Some(e), Some(m)) => (b, e, m),
            _ => return Err(vm.new_exception("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")),
        };
        return super::num_methods::int_pow_mod(vm, &b, &e, &m);
    }
    vm.binary_op(crate::ast::BinOp::Pow, &args[0], &args[1])
}

fn format(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("format() argument 2 must be str, not {}", tn)));
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&args[0], &spec)?))
}

fn vars(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "vars", args.len(), 0, 1)?;
    if args.is_empty() {
        return locals(vm, args, Vec::new());
    }
    match vm.get_attr_opt(&args[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.new_exception("TypeError", "vars() argument must have __dict__ attribute")),
    }
}

impl Vm {
    /// The names `dir(obj)` lists, sorted.
    pub fn dir_names(&mut self, obj: &Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |d: &PyDict, names: &mut Vec<String>| {
            for k in d.data.borrow().keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_string());
                }
            }
        };
        match obj {
            Value::Module(m) => add_dict(&m.dict, &mut names),
            Value::Class(c) => {
                for k in c.mro() {
                    add_dict(&k.dict, &mut names);
                }
            }
            _ => {
                if let Value::Instance(i) = obj {
                    add_dict(&i.dict, &mut names);
                }
                let cls = self.type_of(obj);
                for k in cls.mro() {
                    add_dict(&k.dict, &mut names);
                }
            }
        }
        names.sort();
        names.dedup();
        Ok(names)
    }
}

fn dir(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "dir", args.len(), 0, 1)?;
    if args.is_empty() {
        // The names of the calling scope: its locals (globals at module level).
        let g = locals(vm, Vec::new(), Vec::new())?;
        let mut keys: Vec<String> = match &g {
            Value::Dict(d) => d.data.borrow().keys().iter().filter_map(|k| k.as_str().map(String::from)).collect(),
            _ => Vec::new(),
        };
        keys.sort();
        return Ok(Value::list(keys.into_iter().map(Value::string).collect()));
    }
    if let Some(f) = vm.lookup_special(&args[0], "__dir__") {
        if matches!(f, Value::Function(_)) {
            let r = vm.call1(&f, args[0].clone())?;
            let mut items = vm.collect(&r)?;
            sort_values(vm, &mut items, None, false)?;
            return Ok(Value::list(items));
        }
    }
    let names = vm.dir_names(&args[0])?;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `globals()`: the namespace of the calling code.
fn globals(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let t = vm.current;
    Ok(Value::Dict(vm.calling_globals(t)))
}

fn locals(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(vm.calling_locals()))
}

/// Never called: the VM handles `__build_class__` itself (it pushes the
/// class body as a frame).
fn build_class_placeholder(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Err(vm.new_exception("TypeError", "__build_class__ called natively"))
}

fn import(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "__import__", args.len(), 1, 5)?;
    let name = vm.str_arg(&args[0], "__import__")?;
    let fromlist = args.get(3).cloned().unwrap_or(Value::None);
    let g = vm.new_dict();
    vm.import_name(&name, &fromlist, &Value::Int(0), &g)
}

fn exec_or_eval(vm: &mut Vm, args: Vec<Value>, is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    check_nargs(vm, name, args.len(), 1, 3)?;
    let src = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Code(c) => {
            let c = c.clone();
            let (globals, locals) = match args.get(1) {
                Some(Value::Dict(d)) => (d.clone(), None),
                _ => (vm.calling_globals(vm.current), Some(vm.calling_locals())),
            };
            let r = vm.run_code_in(c, globals, locals)?;
            return Ok(if is_eval { r } else { Value::None });
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("{}() arg 1 must be a string, bytes or code object, not {}", name, tn)));
        }
    };
    let globals = match args.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => vm.calling_globals(vm.current),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("{}() globals must be a dict, not {}", name, tn)));
        }
    };
    // Without explicit globals the code sees the caller's locals too.
    let locals = match (args.get(1), args.get(2)) {
        (_, Some(Value::Dict(d))) => Some(d.clone()),
        (Some(Value::None) | None, _) => Some(vm.calling_locals()),
        _ => None,
    };
    if dict_get_str(&globals, "__builtins__").is_none() {
        dict_set_str(&globals, "__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let filename = "<string>";
    let code = if is_eval {
        let e = crate::parser::parse_expression(src.trim_start_matches([' ', '\t'])).map_err(|e| vm.syntax_error(&e, filename, &src))?;
        let c = crate::compiler::compile_expression(&e, filename).map_err(|e| vm.syntax_error(&e, filename, &src))?;
        vm.sources.insert(filename.to_string(), Rc::from(src.as_str()));
        vm.load_code(std::sync::Arc::new(c))
    } else {
        vm.compile_source(&src, filename)?
    };
    let r = vm.run_code_in(code, globals, locals)?;
    Ok(if is_eval { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}
fn eval(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

impl Vm {
    /// The globals of the Python code calling the current native (its
    /// namespace for module and class bodies).
    pub fn calling_globals(&mut self, _t: usize) -> Rc<PyDict> {
        match &self.native_ns {
            Some((g, _)) => g.clone(),
            None => match self.main_module() {
                Value::Module(m) => m.dict.clone(),
                _ => self.new_dict(),
            },
        }
    }

    /// `locals()` of the calling code: its namespace, or for functions a
    /// snapshot of their variables (taken by `call_from_frame`).
    pub fn calling_locals(&mut self) -> Rc<PyDict> {
        match &self.native_ns {
            Some((g, l)) => l.clone().unwrap_or_else(|| g.clone()),
            None => self.new_dict(),
        }
    }

    pub fn to_i64_lossy(v: &BigInt) -> i64 {
        v.to_i64().unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX })
    }
}
