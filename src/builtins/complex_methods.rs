//! `complex(real, imag)` and the attributes of complex numbers. The
//! arithmetic itself lives in vm/complex.rs, beside the other operators.

use super::*;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    c.ctor.set(Some(complex_new));
    add_method(&c, "conjugate", complex_conjugate);
    add_method(&c, "__complex__", complex_self);
    add_method(&c, "__repr__", complex_repr);
    add_getter(&c, "real", complex_real);
    add_getter(&c, "imag", complex_imag);
    // `__new__`, for subclasses (`class C(complex)`).
    let mut b = BuiltinFunction::new("__new__", complex_new);
    b.owner = c.name();
    let v = Value::Descriptor(Rc::new(Descriptor::StaticMethod(Value::Builtin(Rc::new(b)))));
    dict_set_str(&c.dict, "__new__", v);
}

fn this(vm: &mut Vm, args: &[Value], meth: &str) -> PyResult<Complex> {
    match args.first() {
        Some(Value::Complex(z)) => Ok(**z),
        Some(v @ Value::Instance(_)) => match vm.payload_of(v) {
            Some(Value::Complex(z)) => Ok(*z),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.new_exception("TypeError", &format!("descriptor '{}' requires a 'complex' object but received a '{}'", meth, tn)))
            }
        },
        _ => Err(vm.new_exception("TypeError", &format!("descriptor '{}' of 'complex' object needs an argument", meth))),
    }
}

fn complex_conjugate(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, &args, "conjugate")?;
    Ok(Value::complex(z.re, -z.im))
}

fn complex_self(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, &args, "__complex__")?;
    Ok(Value::complex(z.re, z.im))
}

fn complex_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::complex::repr(this(vm, &args, "__repr__")?)))
}

fn complex_real(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args, "real")?.re))
}

fn complex_imag(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args, "imag")?.im))
}

/// One argument of `complex()`: `(value, was a complex)`; `None` when it
/// is not a number.
pub(crate) fn complex_part(vm: &mut Vm, v: &Value) -> PyResult<Option<(Complex, bool)>> {
    if let Value::Complex(z) = v {
        return Ok(Some((**z, true)));
    }
    if let Value::Instance(_) = v {
        if let Some(f) = vm.lookup_special(v, "__complex__") {
            let r = vm.call1(&f, v.clone())?;
            return match r {
                Value::Complex(z) => Ok(Some((*z, true))),
                other => {
                    let tn = vm.type_name(&other);
                    Err(vm.new_exception("TypeError", &format!("__complex__ returned non-complex (type {})", tn)))
                }
            };
        }
        if vm.lookup_special(v, "__float__").is_none() && vm.lookup_special(v, "__index__").is_none() {
            return match vm.payload_of(v) {
                Some(p) if !matches!(p, Value::Instance(_) | Value::Str(_)) => complex_part(vm, &p),
                _ => Ok(None),
            };
        }
    } else if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)) {
        return Ok(None);
    }
    let f = vm.float_arg(v)?;
    Ok(Some((Complex { re: f, im: 0.0 }, false)))
}

fn complex_new(vm: &mut Vm, args: Vec<Value>, mut kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) if !c.builtin => Some(c.clone()),
        _ => None,
    };
    let a = &args[1..];
    check_nargs(vm, "complex", a.len(), 0, 2)?;
    let real = arg_or_kw(a, 0, &mut kw, "real");
    let imag = arg_or_kw(a, 1, &mut kw, "imag");
    no_more_kwargs(vm, "complex", &kw)?;
    let z = match (&real, &imag) {
        (Some(Value::Str(s)), None) => match crate::vm::complex::parse(s.as_str()) {
            Some(z) => z,
            None => return Err(vm.new_exception("ValueError", "complex() arg is a malformed string")),
        },
        (Some(Value::Str(_)), Some(_)) => return Err(vm.new_exception("TypeError", "complex() can't take second arg if first is a string")),
        (_, Some(Value::Str(_))) => return Err(vm.new_exception("TypeError", "complex() second arg can't be a string")),
        _ => {
            let (cr, cr_complex) = match &real {
                None => (Complex { re: 0.0, im: 0.0 }, false),
                Some(r) => match complex_part(vm, r)? {
                    Some(x) => x,
                    None => {
                        let tn = vm.type_name(r);
                        return Err(vm.new_exception("TypeError", &format!("complex() first argument must be a string or a number, not '{}'", tn)));
                    }
                },
            };
            // As complex_new_impl: complex(a, b) is a + b*1j, part by part.
            let (mut re, mut im) = (cr.re, cr.im);
            if let Some(i) = &imag {
                match complex_part(vm, i)? {
                    Some((ci, ci_complex)) => {
                        if ci_complex {
                            re -= ci.im;
                        }
                        im = if cr_complex { ci.re + cr.im } else { ci.re };
                    }
                    None => {
                        let tn = vm.type_name(i);
                        return Err(vm.new_exception("TypeError", &format!("complex() second argument must be a number, not '{}'", tn)));
                    }
                }
            }
            Complex { re, im }
        }
    };
    let v = Value::complex(z.re, z.im);
    Ok(match cls {
        Some(c) => Value::Instance(Rc::new(Instance {
            class: std::cell::RefCell::new(c),
            dict: Rc::new(PyDict::new()),
            payload: Payload::Builtin(std::cell::RefCell::new(v)),
        })),
        None => v,
    })
}
