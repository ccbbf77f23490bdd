//! IntoPy / FromPy round trips and mismatches.

use pygil::embed::{FromPy, IntoPy, PyException};
use pygil::Interpreter;
use std::collections::{BTreeMap, HashMap};

fn interp() -> Interpreter {
    super::captured().0.build()
}

/// Set a global from Rust, read it back through Python's `repr`.
fn repr_of<T: IntoPy>(i: &mut Interpreter, v: T) -> String {
    i.set_global("v", v).unwrap();
    i.eval::<String>("repr(v)").unwrap()
}

#[test]
fn rust_values_become_python_values() {
    let mut i = interp();
    assert_eq!(repr_of(&mut i, true), "True");
    assert_eq!(repr_of(&mut i, -5i64), "-5");
    assert_eq!(repr_of(&mut i, u64::MAX), "18446744073709551615");
    let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
    assert_eq!(repr_of(&mut i, big), "123456789012345678901234567890");
    assert_eq!(repr_of(&mut i, 2.5f64), "2.5");
    assert_eq!(repr_of(&mut i, "hé"), "'hé'");
    assert_eq!(repr_of(&mut i, String::from("x")), "'x'");
    assert_eq!(repr_of(&mut i, vec![1i64, 2, 3]), "[1, 2, 3]");
    assert_eq!(repr_of(&mut i, None::<i64>), "None");
    assert_eq!(repr_of(&mut i, Some(4i64)), "4");
    assert_eq!(repr_of(&mut i, (1i64, "a", 2.0f64)), "(1, 'a', 2.0)");
    assert_eq!(repr_of(&mut i, (1i64, 2i64, 3i64, 4i64)), "(1, 2, 3, 4)");
    let mut m = BTreeMap::new();
    m.insert("b".to_string(), vec![1i64]);
    m.insert("a".to_string(), vec![]);
    assert_eq!(repr_of(&mut i, m), "{'a': [], 'b': [1]}");
    let mut h = HashMap::new();
    h.insert(7i64, true);
    assert_eq!(repr_of(&mut i, h), "{7: True}");
}

#[test]
fn python_values_become_rust_values() {
    let mut i = interp();
    assert!(i.eval::<bool>("1 < 2").unwrap());
    assert_eq!(i.eval::<i64>("2 ** 40").unwrap(), 1 << 40);
    assert_eq!(i.eval::<i32>("True").unwrap(), 1);
    assert_eq!(i.eval::<num_bigint::BigInt>("2 ** 100").unwrap().to_string(), "1267650600228229401496703205376");
    assert_eq!(i.eval::<f64>("1 / 4").unwrap(), 0.25);
    assert_eq!(i.eval::<f64>("3").unwrap(), 3.0);
    assert_eq!(i.eval::<String>("'ab' * 2").unwrap(), "abab");
    assert_eq!(i.eval::<Vec<i64>>("[x * x for x in range(4)]").unwrap(), vec![0, 1, 4, 9]);
    assert_eq!(i.eval::<Vec<String>>("('a', 'b')").unwrap(), vec!["a", "b"]);
    assert_eq!(i.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(i.eval::<Option<i64>>("5").unwrap(), Some(5));
    assert_eq!(i.eval::<(i64, String)>("(1, 'x')").unwrap(), (1, "x".to_string()));
    let m: HashMap<String, f64> = i.eval("{'a': 1.5, 'b': 2}").unwrap();
    assert_eq!(m["a"], 1.5);
    assert_eq!(m["b"], 2.0);
    let b: BTreeMap<i64, Vec<bool>> = i.eval("{2: [True], 1: []}").unwrap();
    assert_eq!(b.keys().copied().collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(i.eval::<()>("None").unwrap(), ());
}

fn type_error<T: FromPy + std::fmt::Debug>(i: &mut Interpreter, expr: &str) -> PyException {
    i.eval::<T>(expr).expect_err(expr)
}

#[test]
fn mismatches_are_type_errors_not_panics() {
    let mut i = interp();
    let e = type_error::<i64>(&mut i, "'5'");
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("TypeError", "expected int, got str"));
    assert_eq!(type_error::<i64>(&mut i, "1.5").message, "expected int, got float");
    assert_eq!(type_error::<String>(&mut i, "b'x'").message, "expected str, got bytes");
    assert_eq!(type_error::<bool>(&mut i, "1").message, "expected bool, got int");
    assert_eq!(type_error::<Vec<i64>>(&mut i, "[1, 'a']").message, "item 1: expected int, got str");
    assert_eq!(type_error::<(i64, i64)>(&mut i, "(1, 2, 3)").message, "expected a tuple of length 2, got length 3");
    assert_eq!(type_error::<HashMap<String, i64>>(&mut i, "[]").message, "expected dict, got list");
    assert_eq!(type_error::<HashMap<String, i64>>(&mut i, "{1: 2}").message, "dict key: expected str, got int");
    let e = type_error::<u8>(&mut i, "300");
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("OverflowError", "Python int too large to convert to u8"));
    assert_eq!(type_error::<i64>(&mut i, "2 ** 64").type_name, "OverflowError");
    assert_eq!(type_error::<f64>(&mut i, "10 ** 400").type_name, "OverflowError");
}
