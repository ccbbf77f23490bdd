# All comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print(sorted({x % 4 for x in range(20)}))
g = (c.upper() for c in "abc")
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row])
words = ["apple", "bob", "kayak", "level", "zoo"]
print({w: len(w) for w in words if w == w[::-1]})
print([x if x % 2 else -x for x in range(6)])
x = "outer"
print([x for x in "ab"], x)
print(max(len(w) for w in words))
print(dict((k, v) for k, v in zip("abc", range(3))))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i in range(2) for j in "xy" if j != "y" or i])
print(any(x > 4 for x in [1, 5]), all(x > 0 for x in []))
