//! Values across the boundary: [`IntoPy`] turns Rust values into Python
//! ones, [`FromPy`] the other way, with a Python `TypeError` (or
//! `OverflowError` for ints out of range) when a value does not fit —
//! never a panic. [`FromArgs`] unpacks a call's positional arguments into a
//! tuple of Rust values.
//!
//! Only plain Rust data crosses: there is deliberately no conversion to or
//! from the VM's own `Value`, which holds `Rc`s of the interpreter's heap.
//! Keeping every `Rc` inside the interpreter is what makes an
//! [`Interpreter`](crate::Interpreter) `Send` (see
//! [`thread_safety`](super::thread_safety)); that is also why the traits
//! are `unsafe` to implement.
//!
//! # Safety (for implementations of your own)
//!
//! An implementation works on the interpreter's heap through `&mut Vm`.
//! It must not let any `Rc` of that heap (a `Value`, a dict, a class...)
//! outlive the call: not in the result of `from_py`, not in a static, a
//! thread-local or captured state. `into_py`/`into_args` must build their
//! values in `vm` (fresh objects, or values of `vm` itself), never take one
//! from another `Vm`. Breaking this lets two OS threads touch one
//! non-atomic reference count once the interpreter moves.

use super::error::PyException;
use crate::objects::*;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::rc::Rc;

/// A Rust value that can become a Python value.
///
/// # Safety
///
/// See the [module documentation](self#safety-for-implementations-of-your-own):
/// the value returned must be made in `vm`'s heap.
pub unsafe trait IntoPy {
    /// Make the Python value in `vm`'s heap.
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException>;
}

/// A Rust value that can be read from a Python value.
///
/// # Safety
///
/// See the [module documentation](self#safety-for-implementations-of-your-own):
/// `Self` must keep no `Rc` of `vm`'s heap.
pub unsafe trait FromPy: Sized {
    /// Read `v`, or fail with a Python `TypeError`/`OverflowError`.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException>;
}

/// The `TypeError` for a value of the wrong type.
pub fn mismatch(vm: &Vm, expected: &str, v: &Value) -> PyException {
    PyException::type_error(format!("expected {}, got {}", expected, vm.type_name(v)))
}

// SAFETY (every `unsafe impl` in this file): `into_py`/`into_args` build
// fresh objects in `vm`; `from_py`/`from_args` copy plain Rust data out and
// keep no `Value`.

unsafe impl IntoPy for () {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::None)
    }
}
unsafe impl FromPy for () {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::None => Ok(()),
            _ => Err(mismatch(vm, "None", v)),
        }
    }
}

unsafe impl IntoPy for bool {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Bool(self))
    }
}
unsafe impl FromPy for bool {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(mismatch(vm, "bool", v)),
        }
    }
}

/// The big-int view of a Python int (bools are ints in Python).
fn int_of(vm: &Vm, v: &Value) -> Result<BigInt, PyException> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Err(mismatch(vm, "int", v)),
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        unsafe impl IntoPy for $t {
            fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
                Ok(Value::from_bigint(BigInt::from(self)))
            }
        }
        unsafe impl FromPy for $t {
            fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
                // The common case without a big-int detour.
                #[allow(irrefutable_let_patterns)]
                if let Value::Int(i) = v {
                    if let Ok(x) = <$t>::try_from(*i) {
                        return Ok(x);
                    }
                }
                let b = int_of(vm, v)?;
                <$t>::try_from(b).map_err(|_| PyException::new("OverflowError", format!("Python int too large to convert to {}", stringify!($t))))
            }
        }
    )*};
}
int_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

unsafe impl IntoPy for BigInt {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::from_bigint(self))
    }
}
unsafe impl FromPy for BigInt {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        int_of(vm, v)
    }
}

unsafe impl IntoPy for f64 {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Float(self))
    }
}
unsafe impl FromPy for f64 {
    /// Floats, and ints as Python's `float()` would take them.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| PyException::new("OverflowError", "int too large to convert to float")),
            _ => Err(mismatch(vm, "float", v)),
        }
    }
}
unsafe impl IntoPy for f32 {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Float(self as f64))
    }
}
unsafe impl FromPy for f32 {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        f64::from_py(vm, v).map(|f| f as f32)
    }
}

unsafe impl IntoPy for String {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::string(self))
    }
}
unsafe impl IntoPy for &str {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::str(self))
    }
}
unsafe impl IntoPy for &String {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::str(self))
    }
}
unsafe impl FromPy for String {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(mismatch(vm, "str", v)),
        }
    }
}

unsafe impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        match self {
            Some(x) => x.into_py(vm),
            None => Ok(Value::None),
        }
    }
}
unsafe impl<T: FromPy> FromPy for Option<T> {
    /// `None` is `None`; anything else must convert to `T`.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(vm, v).map(Some),
        }
    }
}

unsafe impl<T: IntoPy> IntoPy for Vec<T> {
    /// A list.
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        let items = self.into_iter().map(|x| x.into_py(vm)).collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(items))
    }
}
unsafe impl<T: FromPy> FromPy for Vec<T> {
    /// From a list or a tuple.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        let items: Vec<Value> = match v {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => (**t).clone(),
            _ => return Err(mismatch(vm, "list", v)),
        };
        items.iter().enumerate().map(|(i, x)| T::from_py(vm, x).map_err(|e| in_item(e, &format!("item {}", i)))).collect()
    }
}

/// Say where in a container a conversion failed.
fn in_item(mut e: PyException, what: &str) -> PyException {
    e.message = format!("{}: {}", what, e.message);
    e
}

/// A new dict from converted pairs (keys are hashed as Python would).
fn dict_from<K: IntoPy, V: IntoPy>(vm: &mut Vm, pairs: impl Iterator<Item = (K, V)>) -> Result<Value, PyException> {
    let d = Rc::new(PyDict::new());
    for (k, v) in pairs {
        let k = k.into_py(vm)?;
        let v = v.into_py(vm)?;
        vm.dict_set(&d, k, v).map_err(|e| vm.describe_err(e))?;
    }
    Ok(Value::Dict(d))
}

/// The (key, value) pairs of a dict, or a TypeError.
fn dict_items(vm: &Vm, v: &Value) -> Result<Vec<(Value, Value)>, PyException> {
    match v {
        Value::Dict(d) => Ok(d.data.borrow().items()),
        _ => Err(mismatch(vm, "dict", v)),
    }
}

unsafe impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        dict_from(vm, self.into_iter())
    }
}
unsafe impl<K: FromPy + Eq + Hash, V: FromPy, S: std::hash::BuildHasher + Default> FromPy for HashMap<K, V, S> {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        let mut out = HashMap::default();
        for (k, x) in dict_items(vm, v)? {
            let key = K::from_py(vm, &k).map_err(|e| in_item(e, "dict key"))?;
            let val = V::from_py(vm, &x).map_err(|e| in_item(e, "dict value"))?;
            out.insert(key, val);
        }
        Ok(out)
    }
}
unsafe impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        dict_from(vm, self.into_iter())
    }
}
unsafe impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        let mut out = BTreeMap::new();
        for (k, x) in dict_items(vm, v)? {
            let key = K::from_py(vm, &k).map_err(|e| in_item(e, "dict key"))?;
            let val = V::from_py(vm, &x).map_err(|e| in_item(e, "dict value"))?;
            out.insert(key, val);
        }
        Ok(out)
    }
}

/// Unpacks the positional arguments of a call from Python.
///
/// # Safety
///
/// As for [`FromPy`]: `Self` must keep no `Rc` of `vm`'s heap.
pub unsafe trait FromArgs: Sized {
    /// `name` is the function's name, for the error messages.
    fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Self, PyException>;
}

macro_rules! tuple_conversions {
    ($n:expr; $($t:ident $i:tt),*) => {
        unsafe impl<$($t: IntoPy),*> IntoPy for ($($t,)*) {
            fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
                Ok(Value::tuple(vec![$(self.$i.into_py(vm)?),*]))
            }
        }
        unsafe impl<$($t: FromPy),*> FromPy for ($($t,)*) {
            /// From a tuple (or list) of exactly this length.
            fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
                let items: Vec<Value> = match v {
                    Value::Tuple(t) => (**t).clone(),
                    Value::List(l) => l.items.borrow().clone(),
                    _ => return Err(mismatch(vm, "tuple", v)),
                };
                if items.len() != $n {
                    return Err(PyException::type_error(format!("expected a tuple of length {}, got length {}", $n, items.len())));
                }
                Ok(($($t::from_py(vm, &items[$i]).map_err(|e| in_item(e, &format!("item {}", $i)))?,)*))
            }
        }
        unsafe impl<$($t: IntoPy),*> IntoArgs for ($($t,)*) {
            fn into_args(self, vm: &mut Vm) -> Result<Vec<Value>, PyException> {
                Ok(vec![$(self.$i.into_py(vm)?),*])
            }
        }
        unsafe impl<$($t: FromPy),*> FromArgs for ($($t,)*) {
            fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Self, PyException> {
                check_arity(name, args.len(), $n)?;
                Ok(($($t::from_py(vm, &args[$i]).map_err(|e| in_item(e, &format!("{}() argument {}", name, $i + 1)))?,)*))
            }
        }
    };
}
tuple_conversions!(1; A 0);
tuple_conversions!(2; A 0, B 1);
tuple_conversions!(3; A 0, B 1, C 2);
tuple_conversions!(4; A 0, B 1, C 2, D 3);
tuple_conversions!(5; A 0, B 1, C 2, D 3, E 4);

/// The positional arguments of a call into Python: `()` or a tuple of up
/// to five [`IntoPy`] values.
///
/// # Safety
///
/// As for [`IntoPy`]: every value must be made in `vm`'s heap.
pub unsafe trait IntoArgs {
    /// Convert every argument.
    fn into_args(self, vm: &mut Vm) -> Result<Vec<Value>, PyException>;
}

unsafe impl IntoArgs for () {
    fn into_args(self, _vm: &mut Vm) -> Result<Vec<Value>, PyException> {
        Ok(Vec::new())
    }
}

unsafe impl FromArgs for () {
    fn from_args(_vm: &mut Vm, name: &str, args: &[Value]) -> Result<Self, PyException> {
        check_arity(name, args.len(), 0)
    }
}

/// CPython's message for a built-in called with the wrong number of arguments.
fn check_arity(name: &str, given: usize, want: usize) -> Result<(), PyException> {
    if given == want {
        return Ok(());
    }
    Err(PyException::type_error(match want {
        0 => format!("{}() takes no arguments ({} given)", name, given),
        1 => format!("{}() takes exactly one argument ({} given)", name, given),
        n => format!("{}() takes exactly {} arguments ({} given)", name, n, given),
    }))
}
