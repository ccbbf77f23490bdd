# Slice assignment, deletion and steps.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[::3] = [None] * len(a[::3])
print(a)
del a[1:3]
print(a)
a = list(range(10))
del a[::-2]
print(a)
a[len(a):] = [100, 200]
print(a)
a[:0] = [-1]
print(a)
a[1:1] = "xy"
print(a)
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step)
print(list(range(20))[s], "abcdefghij"[s])
print(slice(5).indices(10), slice(-3, None, -1).indices(10))
t = tuple(range(6))
print(t[::-1], t[-2:], t[1:-1:2])
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [0, 1, 2, 3]
b[1:3] = []
print(b)
print("hello"[slice(None, None, -1)])
