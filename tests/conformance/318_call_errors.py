def f(a, *, key=None, flag): return a, key, flag
print(f(1, flag=2))
def g(a, b, /, c): return a, b, c
print(g(1, 2, c=3))
class C:
    def m(self, x): pass
    @staticmethod
    def s(): pass
tests += [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(1), lambda: C(1), lambda: f(1, 2, 3, flag=1), lambda: g(1, 2, 3, 4)]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
