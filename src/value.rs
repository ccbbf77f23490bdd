//! The value representation.
//!
//! A `Value` is 16 bytes: small immutable values (None, bools, machine ints,
//! floats) live inline, everything else behind an `Rc`. Reference counting
//! without atomics is enough because an interpreter (one heap, one GIL) runs
//! on one OS thread at a time; VM threads are frame stacks, not OS threads.
//! Processes are separate interpreters and exchange deep copies.

use crate::objects::*;
use num_bigint::BigInt;
use std::rc::Rc;

/// `repr(u8)`: each variant is laid out as a `repr(C)` struct of the tag
/// and its field, so every heap variant keeps its `Rc` at the same offset
/// and `retain` / `fast_drop` reach the count without a jump over the
/// variants (see `strong_count`).
#[repr(u8)]
pub enum Value {
    /// Internal only: an unbound fast local, or the empty slot of a
    /// `LoadMethod` that found no plain method. Never seen by Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    // Every variant above holds no heap reference (see `is_inline`).
    /// Only for values outside i64; arithmetic normalises back to `Int`.
    BigInt(Rc<BigInt>),
    /// `complex`: boxed so `Value` stays 16 bytes.
    Complex(Rc<Complex>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    Tuple(Rc<Vec<Value>>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    BoundMethod(Rc<BoundMethod>),
    Builtin(Rc<BuiltinFunction>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(Rc<CellObj>),
    Code(Rc<CodeRef>),
    Iterator(Rc<IterObj>),
    Generator(Rc<Generator>),
    /// Objects implemented in Rust by a module (locks, files, threads...).
    Native(Rc<NativeObj>),
    /// `property`, `staticmethod`, `classmethod`, `super` objects.
    Descriptor(Rc<Descriptor>),
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        self.fast_clone()
    }
}

impl Value {
    /// True for the variants without a heap reference (None, bools, ints,
    /// floats...): they can be copied and dropped as plain bits.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(self, Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// The strong count of the `Rc` a heap variant holds. Layout facts
    /// this relies on (the tests below check them): with `repr(u8)` the
    /// field of every variant sits at offset 8; an `Rc` is one pointer to
    /// its allocation, which starts with the strong count (std's `RcInner`
    /// is `repr(C)`: strong, weak, value).
    ///
    /// # Safety
    /// `self` is a heap variant (`!self.is_inline()`).
    #[inline(always)]
    unsafe fn strong_count(&self) -> *mut usize {
        debug_assert!(!self.is_inline());
        *((self as *const Value as *const u8).add(8) as *const *mut usize)
    }

    /// Take one more reference to what `self` refers to (nothing for
    /// inline values): the reference-count half of `fast_clone`.
    #[inline(always)]
    pub fn retain(&self) {
        if !self.is_inline() {
            // SAFETY: a heap variant; its Rc is alive (borrowed through
            // `self`), and the count is a `Cell` (one thread).
            unsafe { *self.strong_count() += 1 };
        }
    }

    /// `clone()`, inlined: one reference-count increment and a bitwise
    /// copy. The derived clone rebuilt the value in a temporary, which
    /// the stack push then re-read as a whole (a store-forwarding stall on
    /// the hottest path of the dispatch loop).
    #[inline(always)]
    pub fn fast_clone(&self) -> Value {
        self.retain();
        // SAFETY: inline variants own nothing; heap variants had their count
        // raised above, so the copy is a valid clone.
        unsafe { std::ptr::read(self) }
    }

    /// Write a clone of `self` to `dst`, copied straight from `self`'s
    /// memory: a clone returned through an `Option` is rebuilt piecewise
    /// in a temporary and stalls the 16-byte copy that follows.
    ///
    /// # Safety
    /// `dst` must be valid for writes and hold no value that owns anything
    /// (it is overwritten, not dropped).
    #[inline(always)]
    pub unsafe fn clone_to(&self, dst: *mut Value) {
        self.retain();
        std::ptr::copy_nonoverlapping(self, dst, 1);
    }

    /// `drop()`, inlined: one reference-count decrement; the object itself
    /// is freed out of line when it was the last reference.
    #[inline(always)]
    pub fn fast_drop(self) {
        if self.is_inline() {
            std::mem::forget(self);
            return;
        }
        // SAFETY: a heap variant (see `strong_count`).
        unsafe {
            let count = self.strong_count();
            if *count == 1 {
                drop_last(self);
            } else {
                *count -= 1;
                std::mem::forget(self);
            }
        }
    }

    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }
    #[inline]
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(Complex { re, im }))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; all machine ints compare by value here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, used for `id()` and identity.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{}", i),
            Value::BigInt(i) => write!(f, "{}", i),
            Value::Float(x) => write!(f, "{:?}", x),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// A rough kind name for debugging (not the Python type name).
    pub fn kind_name(&self) -> &'static str {
        use Value::*;
        match self {
            Null => "NULL",
            None => "NoneType",
            NotImplemented => "NotImplementedType",
            Ellipsis => "ellipsis",
            Bool(_) => "bool",
            Int(_) | BigInt(_) => "int",
            Float(_) => "float",
            Complex(_) => "complex",
            Str(_) => "str",
            Bytes(_) => "bytes",
            Tuple(_) => "tuple",
            List(_) => "list",
            Dict(_) => "dict",
            Set(_) => "set",
            FrozenSet(_) => "frozenset",
            Range(_) => "range",
            Slice(_) => "slice",
            Function(_) => "function",
            BoundMethod(_) => "method",
            Builtin(_) => "builtin_function_or_method",
            Class(_) => "type",
            Instance(_) => "object",
            Module(_) => "module",
            Cell(_) => "cell",
            Code(_) => "code",
            Iterator(_) => "iterator",
            Generator(_) => "generator",
            Native(_) => "native",
            Descriptor(_) => "descriptor",
        }
    }
}

/// Drop the last reference to an object: its destructor runs.
#[inline(never)]
fn drop_last(v: Value) {
    drop(v);
}

#[cfg(test)]
mod tests {
    use super::Value;
    use std::rc::Rc;

    /// One value of every heap variant, each with its Rc's count readable.
    fn heap_values() -> Vec<(Value, Box<dyn Fn() -> usize>)> {
        use crate::objects::*;
        let s = Rc::new(PyStr::new("x".to_string()));
        let t = Rc::new(vec![Value::Int(1)]);
        let l = Rc::new(PyList::new(vec![]));
        let d = Rc::new(PyDict::new());
        let b: Rc<num_bigint::BigInt> = Rc::new(num_bigint::BigInt::from(1u8) << 70u32);
        let (s2, t2, l2, d2, b2) = (s.clone(), t.clone(), l.clone(), d.clone(), b.clone());
        vec![
            (Value::Str(s), Box::new(move || Rc::strong_count(&s2))),
            (Value::Tuple(t), Box::new(move || Rc::strong_count(&t2))),
            (Value::List(l), Box::new(move || Rc::strong_count(&l2))),
            (Value::Dict(d), Box::new(move || Rc::strong_count(&d2))),
            (Value::BigInt(b), Box::new(move || Rc::strong_count(&b2))),
        ]
    }

    #[test]
    fn counts_move_as_with_rc() {
        for (v, count) in heap_values() {
            assert_eq!(count(), 2);
            let c = v.fast_clone();
            assert_eq!(count(), 3);
            c.fast_drop();
            assert_eq!(count(), 2);
            v.retain();
            assert_eq!(count(), 3);
            // SAFETY: balances the retain above.
            unsafe { std::ptr::read(&v) }.fast_drop();
            v.fast_drop();
            assert_eq!(count(), 1);
        }
    }

    #[test]
    fn last_reference_frees() {
        // Dropping a tuple's last reference runs its destructor, which
        // releases the str inside.
        let s = Rc::new(crate::objects::PyStr::new("y".to_string()));
        let t = Value::tuple(vec![Value::Str(s.clone())]);
        assert_eq!(Rc::strong_count(&s), 2);
        t.fast_drop();
        assert_eq!(Rc::strong_count(&s), 1);
    }

    #[test]
    fn value_stays_sixteen_bytes() {
        // The dispatch loop copies values by the word pair; a bigger enum
        // slows every push and pop.
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
    }
}
