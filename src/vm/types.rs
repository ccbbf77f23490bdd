//! The built-in type objects and the standard exception hierarchy.

use crate::objects::{BaseKind, BuiltinFn, Class, PyDict};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub notimplemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub method: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// One class per built-in iterator type name (list_iterator, zip, ...).
    pub iterators: RefCell<HashMap<&'static str, Rc<Class>>>,
    pub exceptions: HashMap<&'static str, Rc<Class>>,
    pub base_exception: Rc<Class>,
}

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, kind: BaseKind, builtin: bool, module: &str) -> Rc<Class> {
    let mro_rest = crate::objects::class_c3(&bases).unwrap_or_default();
    let dict = Rc::new(PyDict::new());
    dict.data.borrow_mut().watch();
    Rc::new(Class {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new(module.to_string()),
        bases,
        mro_rest,
        dict,
        base_kind: kind,
        builtin,
        ctor: Cell::new(None),
        flags: Cell::new(0),
        inst_size: Cell::new(0),
        meta: RefCell::new(None),
    })
}

fn builtin_class(name: &str, base: &Rc<Class>, kind: BaseKind, ctor: Option<BuiltinFn>) -> Rc<Class> {
    let c = new_class(name, vec![base.clone()], kind, true, "builtins");
    c.ctor.set(ctor);
    c
}

/// The exception hierarchy of CPython 3.11, parent before child.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", vec![], BaseKind::Object, true, "builtins");
        let type_ = builtin_class("type", &object, BaseKind::Other, None);
        let other = |name: &str| builtin_class(name, &object, BaseKind::Other, None);
        let int = builtin_class("int", &object, BaseKind::Int, None);
        let bool_ = builtin_class("bool", &int, BaseKind::Other, None);
        let base_exception = builtin_class("BaseException", &object, BaseKind::Exception, None);
        let mut exceptions = HashMap::new();
        exceptions.insert("BaseException", base_exception.clone());
        for (name, parent) in EXCEPTIONS {
            let p = exceptions[parent].clone();
            exceptions.insert(*name, builtin_class(name, &p, BaseKind::Exception, None));
        }
        Types {
            type_,
            none: other("NoneType"),
            notimplemented: other("NotImplementedType"),
            ellipsis: other("ellipsis"),
            int: int.clone(),
            bool_,
            float: builtin_class("float", &object, BaseKind::Float, None),
            complex: other("complex"),
            str_: builtin_class("str", &object, BaseKind::Str, None),
            bytes: other("bytes"),
            tuple: builtin_class("tuple", &object, BaseKind::Tuple, None),
            list: builtin_class("list", &object, BaseKind::List, None),
            dict: builtin_class("dict", &object, BaseKind::Dict, None),
            set: builtin_class("set", &object, BaseKind::Set, None),
            frozenset: other("frozenset"),
            range: other("range"),
            slice: other("slice"),
            function: other("function"),
            method: other("method"),
            builtin_function: other("builtin_function_or_method"),
            module: other("module"),
            cell: other("cell"),
            code: other("code"),
            generator: other("generator"),
            property: other("property"),
            staticmethod: other("staticmethod"),
            classmethod: other("classmethod"),
            super_: other("super"),
            iterators: RefCell::new(HashMap::new()),
            exceptions,
            base_exception,
            object,
        }
    }

    pub fn exc(&self, name: &str) -> Rc<Class> {
        self.exceptions.get(name).cloned().unwrap_or_else(|| self.exceptions["Exception"].clone())
    }

    /// The class of a built-in iterator, created on first use.
    pub fn iterator_class(&self, name: &'static str) -> Rc<Class> {
        self.iterators
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| builtin_class(name, &self.object, BaseKind::Other, None))
            .clone()
    }

    /// Every built-in class by its builtins name, for the builtins module.
    pub fn named(&self) -> Vec<(&'static str, Rc<Class>)> {
        let mut v = vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
        ];
        for (name, c) in &self.exceptions {
            v.push((name, c.clone()));
        }
        v
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// Set `value` as attribute `name` in a class's dict.
pub fn set_class_attr(cls: &Rc<Class>, name: &str, value: Value) {
    crate::objects::dict_set_str(&cls.dict, name, value);
}
