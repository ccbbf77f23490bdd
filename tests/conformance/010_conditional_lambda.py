# Conditional expressions and lambdas.
for n in (-3, 0, 5):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda: "no args")())
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: s.startswith("a"), ["ax", "b", "ay"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sq.__name__, type(sq).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
x = 5
print("big" if x > 3 else "small", ("a" if x else "b") * 2)
print([(lambda y: y * k)(2) for k in range(3)])
