# TypeError messages for call signatures (caught).
def f(a, b):
    return a + b
def g(a, *, key):
    return a
def h():
    return 0
class C:
    def m(self, x):
        return x
def d(a, b=1, *args, c, **kw):
    pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: d(),
    lambda: d(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1, "z": 2}),
    lambda: int("5", "6", "7"),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
