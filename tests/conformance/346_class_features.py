# Classes: metaclass __new__/__call__, properties without setter/deleter,
# static/class methods, super, __new__, __slots__, __eq__ without __hash__,
# ordering with only __lt__, vars/setattr/delattr, container protocols.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta call", cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x): self.x = x
a = A(1); print(a.x, A.made_by, type(A).__name__)
class P:
    @property
    def v(self): return 1
try:
    P().v = 2
except AttributeError as e: print(e)
try:
    del P().v
except AttributeError as e: print(e)
class S:
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
print(S.s(), S().s(), S.c(), S().c())
class Base:
    def hello(self): return "base"
class D(Base):
    def hello(self): return "d+" + super().hello()
print(D().hello(), D.__mro__, D.__bases__, D.__name__, D.__qualname__, D.__module__)
print(isinstance(D(), Base), issubclass(D, (int, Base)), type(D()) is D)
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a): print("init", a)
WithNew(1, 2)
class Slots:
    __slots__ = ("a",)
try:
    Slots().b = 1
except AttributeError as e: print(e)
try:
    Slots().a
except AttributeError as e: print(e)
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
try: Abstract().area()
except NotImplementedError as e: print(repr(e))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)], [Eq(1)].count(Eq(1)))
try: {Eq(1)}
except TypeError as e: print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(1) > Ord(0))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
print(vars(Ord(3)), Ord(3).__dict__, getattr(Ord(1), "v"), hasattr(Ord(1), "w"))
o = Ord(1); setattr(o, "w", 5); delattr(o, "v"); print(vars(o))
try: delattr(o, "v")
except AttributeError as e: print(e)
print(callable(o), callable(Ord), callable(len))
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1
Cnt(); Cnt(); print(Cnt.count)
class Str:
    def __init__(self): self.items = [1, 2]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
s = Str(); print(len(s), s[0], list(s), list(reversed(s)), s[-1])
try: s[5]
except IndexError as e: print(e)
print(type(None).__name__, type(print).__name__, type(len), type(Str.__init__), type(s.__init__))
print(Str.__init__.__qualname__, Str.__name__, s.__class__.__name__)
print(object.__repr__(s)[:13], str(type(s)), repr(Str))
