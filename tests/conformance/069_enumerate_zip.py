# enumerate, zip, map, filter.
names = ["ann", "bob", "cid"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", 10)))
for i, n in enumerate(names, 1):
    print(f"{i}. {n}")
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(names, range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(len, names)), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isupper, "aBcD")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e))
z = zip(range(3), range(3, 6))
print(type(z).__name__, [a + b for a, b in z])
