# The VM remembers where globals and instance attributes were found; every
# way Python can move them must be seen.
import builtins


def use_len(x):
    return len(x)


print(use_len("abc"))
len = lambda x: "module len"
print(use_len("abc"))
del len
print(use_len("abc"))
orig = builtins.len
builtins.len = lambda x: "patched builtin"
print(use_len("abc"))
builtins.len = orig
print(use_len("abcd"))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for _ in range(3):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
counter = 10
print(bump())

ns = {"x": 1}
source = "def f():\n    return x\n"
exec(source, ns)
ns2 = {"x": 2}
exec(source, ns2)
print(ns["f"](), ns2["f"](), ns["f"]())


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


a, b = P(1), P(2)
print(a.get(), b.get())
b.extra = 5
b.v = 20
print(a.get(), b.get(), b.extra)
del b.v
try:
    b.get()
except AttributeError as e:
    print("AttributeError:", e)
b.v = 30
print(b.get())

# A class attribute appearing later: the instance dict still wins for plain data.
P.v = "class"
print(a.get(), P(7).get())
del a.v
print(a.get())
del P.v

# A property added later takes over loads and stores.
P.v = property(lambda self: "prop", lambda self, val: print("set", val))
c = P(3)
print(c.get(), a.get())
c.v = 4
del P.v
print(P(8).get())


# __setattr__ added later.
def noisy(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = noisy
d = P(9)
d.v = 10
print(d.get())
del P.__setattr__
d.v = 11
print(d.get())


# __class__ switching between classes with different layouts.
class Q:
    def __init__(self):
        self.w = "w"
        self.v = "q"

    def get(self):
        return self.v


e = P(1)
for cls in (P, Q, P):
    e.__class__ = cls
    print(type(e).__name__, e.get())
q = Q()
for obj in (q, P(5), q, P(6)):
    print(obj.get())


# Same attribute name at one site on different layouts.
class R:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


def total(objs):
    return [o.a * 10 + o.b for o in objs]


print(total([R(True), R(False), R(True), R(False)]))


class E(Exception):
    def __init__(self, msg):
        self.args = ("custom", msg)
        self.note = msg


err = E("m")
print(err.args, err.note, str(err))


class S:
    __slots__ = ("x",)


s = S()
s.x = 1
print(s.x)
try:
    s.y = 2
except AttributeError as ex:
    print("AttributeError:", ex)
