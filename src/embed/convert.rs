//! Values across the boundary: [`IntoPy`] turns Rust values into Python
//! ones, [`FromPy`] the other way, with a Python `TypeError` (or
//! `OverflowError` for ints out of range) when a value does not fit —
//! never a panic. [`FromArgs`] unpacks a call's positional arguments into a
//! tuple of Rust values.

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
pub trait IntoPy {
    /// Make the Python value in `vm`'s heap.
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException>;
}

/// A Rust value that can be read from a Python value.
pub trait FromPy: Sized {
    /// Read `v`, or fail with a Python `TypeError`/`OverflowError`.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException>;
}

/// The `TypeError` for a value of the wrong type.
pub fn mismatch(vm: &Vm, expected: &str, v: &Value) -> PyException {
    PyException::type_error(format!("expected {}, got {}", expected, vm.type_name(v)))
}

impl IntoPy for Value {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(self)
    }
}
impl FromPy for Value {
    fn from_py(_vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        Ok(v.clone())
    }
}

impl IntoPy for () {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::None)
    }
}
impl FromPy for () {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::None => Ok(()),
            _ => Err(mismatch(vm, "None", v)),
        }
    }
}

impl IntoPy for bool {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Bool(self))
    }
}
impl FromPy for bool {
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
        impl IntoPy for $t {
            fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
                Ok(Value::from_bigint(BigInt::from(self)))
            }
        }
        impl FromPy for $t {
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

impl IntoPy for BigInt {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::from_bigint(self))
    }
}
impl FromPy for BigInt {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        int_of(vm, v)
    }
}

impl IntoPy for f64 {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Float(self))
    }
}
impl FromPy for f64 {
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
impl IntoPy for f32 {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::Float(self as f64))
    }
}
impl FromPy for f32 {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        f64::from_py(vm, v).map(|f| f as f32)
    }
}

impl IntoPy for String {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::string(self))
    }
}
impl IntoPy for &str {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::str(self))
    }
}
impl IntoPy for &String {
    fn into_py(self, _vm: &mut Vm) -> Result<Value, PyException> {
        Ok(Value::str(self))
    }
}
impl FromPy for String {
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(mismatch(vm, "str", v)),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        match self {
            Some(x) => x.into_py(vm),
            None => Ok(Value::None),
        }
    }
}
impl<T: FromPy> FromPy for Option<T> {
    /// `None` is `None`; anything else must convert to `T`.
    fn from_py(vm: &mut Vm, v: &Value) -> Result<Self, PyException> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(vm, v).map(Some),
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    /// A list.
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        let items = self.into_iter().map(|x| x.into_py(vm)).collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(items))
    }
}
impl<T: FromPy> FromPy for Vec<T> {
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

impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        dict_from(vm, self.into_iter())
    }
}
impl<K: FromPy + Eq + Hash, V: FromPy, S: std::hash::BuildHasher + Default> FromPy for HashMap<K, V, S> {
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
impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
        dict_from(vm, self.into_iter())
    }
}
impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
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
pub trait FromArgs: Sized {
    /// `name` is the function's name, for the error messages.
    fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Self, PyException>;
}

macro_rules! tuple_conversions {
    ($n:expr; $($t:ident $i:tt),*) => {
        impl<$($t: IntoPy),*> IntoPy for ($($t,)*) {
            fn into_py(self, vm: &mut Vm) -> Result<Value, PyException> {
                Ok(Value::tuple(vec![$(self.$i.into_py(vm)?),*]))
            }
        }
        impl<$($t: FromPy),*> FromPy for ($($t,)*) {
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
        impl<$($t: IntoPy),*> IntoArgs for ($($t,)*) {
            fn into_args(self, vm: &mut Vm) -> Result<Vec<Value>, PyException> {
                Ok(vec![$(self.$i.into_py(vm)?),*])
            }
        }
        impl<$($t: FromPy),*> FromArgs for ($($t,)*) {
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

/// The positional arguments of a call into Python: `()`, a tuple of up to
/// five [`IntoPy`] values, or a `Vec<Value>`.
pub trait IntoArgs {
    /// Convert every argument.
    fn into_args(self, vm: &mut Vm) -> Result<Vec<Value>, PyException>;
}

impl IntoArgs for () {
    fn into_args(self, _vm: &mut Vm) -> Result<Vec<Value>, PyException> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, _vm: &mut Vm) -> Result<Vec<Value>, PyException> {
        Ok(self)
    }
}

impl FromArgs for () {
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
