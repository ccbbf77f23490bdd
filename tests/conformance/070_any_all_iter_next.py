# any, all, iter, next with default, callable.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 2, 3]))
print(all(noisy(x) for x in [1, 0, 3]))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
s = iter("hi")
print(type(s).__name__, list(s))
print(callable(len), callable(1), callable(lambda: 0), callable(str), callable("s".upper))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
