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

/// Calls `$m!` with the name of every variant that holds an `Rc`.
macro_rules! for_each_heap_variant {
    ($m:ident) => {
        $m!(
            BigInt, Complex, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Slice, Function, BoundMethod, Builtin, Class, Instance,
            Module, Cell, Code, Iterator, Generator, Native, Descriptor
        )
    };
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

    /// Take one more reference to what `self` refers to (nothing for
    /// inline values): the reference-count half of `fast_clone`.
    #[inline(always)]
    pub fn retain(&self) {
        macro_rules! retain {
            ($($v:ident),*) => {
                match self {
                    // SAFETY: the Rc is alive (borrowed through `self`).
                    $(Value::$v(r) => unsafe { Rc::increment_strong_count(Rc::as_ptr(r)) },)*
                    Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
                }
            };
        }
        // Inline values first: a predictable branch instead of the jump
        // over every variant.
        if !self.is_inline() {
            for_each_heap_variant!(retain);
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
        macro_rules! release {
            ($($v:ident),*) => {
                match &self {
                    // SAFETY: `self` owns one count, given up here; `self`
                    // is forgotten below so it is not released twice.
                    $(Value::$v(r) => unsafe { Rc::decrement_strong_count(Rc::as_ptr(r)) },)*
                    Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
                }
            };
        }
        for_each_heap_variant!(release);
        std::mem::forget(self);
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

#[cfg(test)]
mod tests {
    #[test]
    fn value_stays_sixteen_bytes() {
        // The dispatch loop copies values by the word pair; a bigger enum
        // slows every push and pop.
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
    }
}
