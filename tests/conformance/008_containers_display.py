# List, tuple, dict, set displays.
print([], [1], [1, 2, 3], [[1, 2], [3]])
print((), (1,), (1, 2), ((1,), (2, 3)))
print({}, {"a": 1}, {"a": 1, "b": [1, 2]}, {1: "one", (1, 2): "tuple"})
print(set(), {1}, {3, 1, 2}, frozenset())
print(sorted({"pear", "apple", "fig"}))
print([1, "two", 3.0, None, True, (4,), [5]])
print({"x": {"y": {"z": 1}}})
a = [1, 2]
b = [*a, 3, *a]
print(b)
t = (*a, *"xy")
print(t)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
s = {*a, 5, *(6, 7)}
print(sorted(s))
print(len([1, 2, 3]), len((1,)), len({"a": 1}), len({1, 1, 2}))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2})
print(repr([1, 'a', "b'c"]), str(('x',)))
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0])
print(1, 2, 3,)
print({1: 2, 1: 3})
