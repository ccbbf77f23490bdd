# Corners found while comparing ordinary programs with CPython.
# A tuple that contains itself through a list prints as (...).
t = ([],)
t[0].append(t)
print(t, [t])
a = [1, 2]; a.append(a); print(a)
d = {"k": 1}; d["self"] = d; print(d)
# zip(strict=True) checks the other arguments when the first runs out.
for args in [([1], "ab"), ([1, 2], "a"), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([], [], [1]), ([1], [2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
# int()'s first parameter is positional-only.
for call in [lambda: int(x=1), lambda: int("7", base=8), lambda: int(base=3), lambda: int("1", 2, base=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
# Call errors name the function as module.qualname().
def f(**k): pass
class C:
    def m(self, **k): pass
for t in [lambda: f(**1), lambda: C().m(**1), lambda: print(**1), lambda: f(**{'a': 1}, **{'a': 2}),
          lambda: C().m(**{'a': 1}, **{'a': 2}), lambda: print(**{'a': 1}, **{'a': 2}),
          lambda: [].sort(**{'a': 1}, **{'a': 2}), lambda: C(**{'a': 1}, **{'a': 2}), lambda: f(**{1: 2})]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
