//! Unit tests for the container and number methods: each runs a snippet
//! and compares its stdout with what CPython 3.11 printed for it.

use crate::config::Config;
use crate::embed::OutputBuffer;
use crate::interpreter::Interpreter;

fn run(src: &str) -> String {
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let mut it = Interpreter::with_output(Config::default(), Box::new(out.clone()), Box::new(err.clone()));
    let r = it.run_source("<test>", src);
    it.vm().flush();
    let o = out.text();
    assert_eq!(r.exit_code, 0, "stdout:\n{}\nstderr:\n{}", o, err.text());
    o
}

/// Prints `repr(eval(e))` or `Type: message` for each expression.
fn eval_lines(exprs: &[&str]) -> String {
    let mut src = String::from("def t(s):\n    try:\n        print(repr(eval(s)))\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\n");
    for e in exprs {
        src.push_str(&format!("t({:?})\n", e));
    }
    run(&src)
}

fn check(cases: &[(&str, &str)]) {
    let exprs: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let out = eval_lines(&exprs);
    let lines: Vec<&str> = out.lines().collect();
    for (i, (e, want)) in cases.iter().enumerate() {
        assert_eq!(lines.get(i).copied(), Some(*want), "{}", e);
    }
}

#[test]
fn list_methods_and_errors() {
    check(&[
        ("[1].index(3)", "ValueError: 3 is not in list"),
        ("[1, 2, 3, 2].index(2, 2)", "3"),
        ("[1, 2, 3].index(1, -2)", "ValueError: 1 is not in list"),
        ("[].pop()", "IndexError: pop from empty list"),
        ("[1].pop(5)", "IndexError: pop index out of range"),
        ("[1].remove(2)", "ValueError: list.remove(x): x not in list"),
        ("[].insert(1)", "TypeError: insert expected 2 arguments, got 1"),
        ("[].append()", "TypeError: list.append() takes exactly one argument (0 given)"),
        ("[1].sort(1)", "TypeError: sort() takes no positional arguments"),
        ("[1].sort(foo=1)", "TypeError: 'foo' is an invalid keyword argument for sort()"),
        ("list.append(1, 2)", "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"),
        ("[1].__add__((1,))", "TypeError: can only concatenate list (not \"tuple\") to list"),
        ("[1].__mul__(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"),
        ("[1].__lt__((1,))", "NotImplemented"),
        ("(1, 2).index(3)", "ValueError: tuple.index(x): x not in tuple"),
        ("(1, 2, 3).index(3, 0, 2)", "ValueError: tuple.index(x): x not in tuple"),
        ("list.__hash__", "None"),
        ("type([]).__repr__ is list.__repr__", "True"),
    ]);
}

#[test]
fn list_sort_is_stable_and_detects_mutation() {
    let out = run("p = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]\n\
                   p.sort(key=lambda x: x[0]); print(p)\n\
                   p.sort(key=lambda x: x[0], reverse=True); print(p)\n\
                   l = [3, 2, 1]\n\
                   try:\n    l.sort(key=lambda v: l.append(1) or v)\nexcept ValueError as e:\n    print(e)\n\
                   print(l)\n");
    assert_eq!(
        out,
        "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]\n[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]\nlist modified during sort\n[1, 2, 3]\n"
    );
}

#[test]
fn subclasses_use_the_builtin_methods() {
    let out = run("class L(list):\n    def __repr__(self): return 'L' + list.__repr__(self)\n\
                   l = L([3, 1, 2]); l.sort(); l.append(7)\n\
                   print(l, len(l), 7 in l, list(reversed(l)), l + [1], [0] + l, type(l.copy()).__name__)\n\
                   class D(dict):\n    def __missing__(self, k): return k * 2\n\
                   d = D(a=1)\n\
                   print(d['a'], d['zz'], d.get('q'), dict.__getitem__(d, 'x'), d, type(D.fromkeys('ab')).__name__)\n\
                   class S(set): pass\n\
                   s = S([3, 1, 2]); print(s, repr(S()), type(s | {9}).__name__)\n");
    assert_eq!(out, "L[1, 2, 3, 7] 4 True [7, 3, 2, 1] [1, 2, 3, 7, 1] [0, 1, 2, 3, 7] list\n1 zzzz None xx {'a': 1} D\nS({1, 2, 3}) S() set\n");
}

#[test]
fn dict_methods_and_views() {
    check(&[
        ("{}.popitem()", "KeyError: 'popitem(): dictionary is empty'"),
        ("{'a': 1}.pop('z')", "KeyError: 'z'"),
        ("{'a': 1}.keys()", "dict_keys(['a'])"),
        ("{'a': 1}.items()", "dict_items([('a', 1)])"),
        ("{'a': 1}.values()", "dict_values([1])"),
        ("{'a': 1, 'b': 2}.keys() & {'a', 'z'}", "{'a'}"),
        ("{'a', 'z'} & {'a': 1}.keys()", "{'a'}"),
        ("{'a': 1, 'b': 2}.keys() - {'a'}", "{'b'}"),
        ("{'a': 1, 'b': 2}.keys() == {'a', 'b'}", "True"),
        ("{'a': 1}.keys() <= {'a', 'b'}", "True"),
        ("{'a': 1}.values() == {'a': 1}.values()", "False"),
        ("('a', 1) in {'a': 1}.items()", "True"),
        ("list(reversed({'a': 1, 'b': 2}))", "['b', 'a']"),
        ("list(reversed({'a': 1, 'b': 2}.items()))", "[('b', 2), ('a', 1)]"),
        ("type({}.keys()).__name__", "'dict_keys'"),
        ("hash({}.keys())", "TypeError: unhashable type: 'dict_keys'"),
        ("dict.fromkeys('ab', 0)", "{'a': 0, 'b': 0}"),
        ("{1: 2}.__ior__([(3, 4)])", "{1: 2, 3: 4}"),
        ("{'a': 1}.__or__(1)", "NotImplemented"),
        ("{'a': 1}.get()", "TypeError: get expected at least 1 argument, got 0"),
    ]);
    let out = run("d = {1: 1}\ntry:\n    for k in d:\n        d[k + 1] = 1\nexcept RuntimeError as e:\n    print(e)\n\
                   k = d.keys(); d[5] = 0; print(k, len(k))\n");
    assert_eq!(out, "dictionary changed size during iteration\ndict_keys([1, 2, 5]) 3\n");
}

#[test]
fn set_methods() {
    check(&[
        ("set().pop()", "KeyError: 'pop from an empty set'"),
        ("{1}.remove(2)", "KeyError: 2"),
        ("{frozenset({1})}.__contains__({1})", "True"),
        ("{1, 2, 3, 40}.union([100, 8], (16,))", "{1, 2, 3, 100, 40, 8, 16}"),
        ("{1, 2, 3, 40}.symmetric_difference([1, 99, 17])", "{2, 99, 3, 40, 17}"),
        ("{1, 2, 3, 40}.intersection([40, 3, 77])", "{40, 3}"),
        ("{1, 2, 3}.__or__(1)", "NotImplemented"),
        ("frozenset({1}).__or__({2})", "frozenset({1, 2})"),
        ("frozenset({1}).union({2})", "frozenset({1, 2})"),
        ("{1, 2}.issubset([1, 2, 3])", "True"),
        ("{1, 2}.issuperset([1])", "True"),
        ("{1, 2}.isdisjoint([3])", "True"),
        ("set.__hash__", "None"),
        ("frozenset().add", "AttributeError: 'frozenset' object has no attribute 'add'"),
    ]);
}

#[test]
fn number_methods() {
    check(&[
        ("int.__add__(1, 2.0)", "NotImplemented"),
        ("(1).__eq__(1.0)", "NotImplemented"),
        ("float.__eq__(1.0, 1)", "True"),
        ("True.__and__(True)", "True"),
        ("True.__and__(1)", "1"),
        ("True + True", "2"),
        ("int.__repr__(True)", "'1'"),
        ("int.__round__(25, -1)", "20"),
        ("(2.5).__round__()", "2"),
        ("(2.5).__round__(0)", "2.0"),
        ("(-1).to_bytes(2, 'little', signed=True)", "b'\\xff\\xff'"),
        ("(256).to_bytes(1, 'big')", "OverflowError: int too big to convert"),
        ("(-1).to_bytes(1, 'big')", "OverflowError: can't convert negative int to unsigned"),
        ("int.from_bytes([1, 2], 'big')", "258"),
        ("int.from_bytes(bytes([255, 0]), 'big', signed=True)", "-256"),
        ("(-5).bit_length(), (-5).bit_count()", "(3, 2)"),
        ("(0.1).as_integer_ratio()", "(3602879701896397, 36028797018963968)"),
        ("(0.1).hex()", "'0x1.999999999999ap-4'"),
        ("(5e-324).hex()", "'0x0.0000000000001p-1022'"),
        ("float.fromhex('0x1.8p-1074')", "1e-323"),
        ("float.fromhex('0x1.0000000000000801p0')", "1.0000000000000002"),
        ("float.fromhex('0x1.fffffffffffff8p1023')", "OverflowError: hexadecimal value too large to represent as a float"),
        ("float('nan').__round__()", "ValueError: cannot convert float NaN to integer"),
        ("(3).__pow__(-1, 7)", "5"),
        ("(2.0).__pow__(2, 3)", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"),
        ("(7.5).__divmod__(2)", "(3.0, 1.5)"),
        ("int.__add__(1.0, 2)", "TypeError: descriptor '__add__' requires a 'int' object but received a 'float'"),
        ("hasattr(1, 'is_integer')", "False"),
    ]);
    let out = run("class I(int): pass\nm = I(5)\nprint(m + 1, 1 + m, -m, m == 5, repr(m), f'{m:x}', type(m + 1).__name__, I.from_bytes(b'\\x01', 'big').__class__.__name__)\n");
    assert_eq!(out, "6 6 -5 True 5 5 int I\n");
}

#[test]
fn iterator_builtins() {
    check(&[
        ("reversed({1})", "TypeError: 'set' object is not reversible"),
        ("reversed(1)", "TypeError: 'int' object is not reversible"),
        ("list(reversed(range(1, 10, 3)))", "[7, 4, 1]"),
        ("list(enumerate('ab', start=5))", "[(5, 'a'), (6, 'b')]"),
        ("enumerate()", "TypeError: enumerate() missing required argument 'iterable'"),
        ("map(len)", "TypeError: map() must have at least two arguments."),
        ("filter(None)", "TypeError: filter expected 2 arguments, got 1"),
        ("zip([], x=1)", "TypeError: 'x' is an invalid keyword argument for zip()"),
        ("type(reversed(()))", "<class 'reversed'>"),
        ("isinstance(enumerate([]), enumerate)", "True"),
        ("list(zip('ab', [1, 2, 3]))", "[('a', 1), ('b', 2)]"),
        ("list(iter([1, 2]).__iter__())", "[1, 2]"),
        ("iter([]).__next__()", "StopIteration: "),
    ]);
}
