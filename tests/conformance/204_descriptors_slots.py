# Data descriptors (__set__/__delete__/__set_name__), __slots__, object() without a dict.
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, t=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError("need int")
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("deleting"); del obj.__dict__[self.name]
class P:
    x = Typed()
p = P(); p.x = 3; print(p.x, p.__dict__)
try: p.x = "a"
except TypeError as e: print(e)
del p.x; print(p.x)
p.__dict__['x'] = 99; print(p.x)
from collections import namedtuple
Pt = namedtuple("Pt", "a b")
q = Pt(1, 2)
try: q.a = 5
except AttributeError as e: print(e)
class S:
    __slots__ = ("a",)
s = S(); s.a = 1; print(s.a)
try: s.b = 2
except AttributeError as e: print(e)
class T(S):
    __slots__ = "c"
t = T(); t.a = 1; t.c = 2
try: t.d = 3
except AttributeError as e: print(e)
class U(S): pass
u = U(); u.z = 5; print(u.z)
o = object()
try: o.x = 1
except AttributeError as e: print(e)
class W:
    __slots__ = ("__dict__",)
w = W(); w.q = 1; print(w.q)
