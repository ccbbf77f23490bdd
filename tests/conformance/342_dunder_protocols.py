# Dunder protocols: __iter__/__getitem__ iteration, __contains__, __index__
# (also for sequence repetition), __format__, __bool__/__len__ truth errors,
# reflected and NotImplemented operators, __hash__ = None, __init_subclass__,
# __set_name__, descriptors, __call__, __repr__/__str__ results.
class A:
    def __iter__(self): return 5
try:
    iter(A())
except TypeError as e: print(e)
class B:
    def __iter__(self): return self
try:
    for x in B(): pass
except TypeError as e: print(e)
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
print(list(G()), 4 in G(), 5 in G())
class C:
    def __contains__(self, x): return x == 1
print(1 in C(), 2 in C(), 2 not in C())
class I:
    def __index__(self): return 3
print([1,2,3,4,5][I()], bin(I()), hex(I()), range(I()))
try:
    print("ab"*I(), [0]*I(), I()*"x")
except TypeError as e: print("ERR", e)
class F:
    def __format__(self, spec): return "F<" + spec + ">"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
class Bo:
    def __bool__(self): return 1
try:
    bool(Bo())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try:
    bool(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return 0
print(bool(L2()), not L2())
class R:
    def __radd__(self, o): return "radd" + str(o)
print(1 + R(), [1] + R() if False else "")
class N:
    def __add__(self, o): return NotImplemented
try:
    N() + 1
except TypeError as e: print(e)
try:
    1 + N()
except TypeError as e: print(e)
class IA:
    def __init__(self): self.v = []
    def __add__(self, o): return "add"
x = IA(); x += 1; print(x)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return NotImplemented
    def __gt__(self, o): print("gt", self.v, o.v); return True
print(Cmp(1) < Cmp(2))
try:
    object() < object()
except TypeError as e: print(e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e: print(e)
try:
    {H(): 1}
except TypeError as e: print(e)
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, tag)
class Sub(Base, tag="x"): pass
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return "got " + self.name
    def __set__(self, obj, v): print("set", v)
class U:
    d = D()
u = U(); print(u.d); u.d = 5; print(type(U.d).__name__)
def deco(cls):
    cls.extra = 1; return cls
@deco
class K: pass
print(K.extra)
class Ca:
    def __call__(self, *a, **k): return (a, k)
print(Ca()(1, b=2))
class RR:
    def __repr__(self): return 5
try:
    repr(RR())
except TypeError as e: print(e)
class SS:
    def __repr__(self): return "rep"
print(str(SS()), SS(), f"{SS()}", [SS()])
class St:
    def __str__(self): return 3
try:
    str(St())
except TypeError as e: print(e)
try:
    print(St())
except TypeError as e: print(e)
class Plain:
    pass
for expr in ['"ab" * Plain()', 'Plain() * "ab"', '[1] * Plain()', '(1,) * I()', 'b"x" * I()', '"a" * 1.5', '[1] * None']:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
class Ln:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [-1, "x", True, 0, 3]:
    try:
        print(bool(Ln(n)), len(Ln(n)))
    except Exception as e:
        print(type(e).__name__, e)
