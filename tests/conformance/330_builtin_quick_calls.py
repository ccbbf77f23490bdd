# Built-in calls in hot loops and their uncommon cases: each must behave
# the same whether the argument is the common kind or not.
import sys


class MyList(list):
    def append(self, x):
        super().append(x * 10)


class Num:
    def __abs__(self):
        return "abs of Num"

    def __len__(self):
        return 7


def loop(values):
    out = []
    for v in values:
        try:
            out.append(abs(v))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


print(loop([3, -3, 2.5, -0.0, True, False, -sys.maxsize - 1, 10**20, -10**20, Num(), "x", None]))
print(abs(-sys.maxsize - 1) == sys.maxsize + 1)

for thing in ["héllo", [1, 2], (1,), {1: 2}, {1, 2}, frozenset(), b"ab", range(5), Num()]:
    print(type(thing).__name__, len(thing))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)

a = []
m = MyList()
for i in range(5):
    a.append(i)
    m.append(i)
print(a, m)
print([a.pop() for _ in range(3)], a)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print(a.pop(0), a)

d = {"a": 1, 1: "one", (1, 2): "t"}
for k in ["a", "b", 1, 2, (1, 2)]:
    print(repr(k), d.get(k), d.get(k, "dflt"))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    d.get([])
except TypeError as e:
    print("TypeError:", e)

# Rebinding a built-in name takes effect at once.
def count(xs):
    return len(xs)
print(count([1, 2, 3]))
len = lambda xs: "shadowed"
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))

# A list mutated while it is being sorted.
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError:", e)
print(sorted(l))
print(abs(-5, ) if True else 0)
print(abs(x=-1))
