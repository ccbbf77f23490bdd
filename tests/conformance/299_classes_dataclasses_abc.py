from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List
import abc
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
i = Item("pen", 1.5); print(i, repr(i), i == Item("pen", 1.5), i < Item("pencil"), asdict(i), astuple(i), replace(i, price=2))
p = Point(3, 4); print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1})
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Emp:
    name: str
    salary: int = field(default=0, repr=False)
    id: int = field(init=False, default=7)
    def __post_init__(self): self.name = self.name.title()
print(Emp("bob smith", 10), Emp.__dataclass_fields__.keys() if hasattr(Emp, '__dataclass_fields__') else None)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(2).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print(e)
class Temp:
    __slots__ = ('_c',)
    def __init__(self, c): self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(20); t.c = 25; print(t.c, t.f)
try:
    t.other = 1
except AttributeError as e:
    print(e)
try:
    t.f = 1
except AttributeError as e:
    print(e)
try:
    del t.c
except AttributeError as e:
    print(e)
class NoHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, NoHash) and o.v == self.v
print(NoHash(1) == NoHash(1), NoHash.__hash__)
try:
    {NoHash(1)}
except TypeError as e:
    print(e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lz = Lazy(); print(lz.xyz)
try:
    lz.abc
except AttributeError as e:
    print(e)
class Rec:
    def __setattr__(self, k, v):
        print("set", k, v); super().__setattr__(k, v)
    def __delattr__(self, k):
        print("del", k); super().__delattr__(k)
r = Rec(); r.a = 1; del r.a
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__}]"
print(Box[int], list[int], dict[str, int], type(list[int]))
class V:
    def __init__(self, *a): self.a = a
    def __repr__(self): return f"V{self.a}"
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
    def __bool__(self): return any(self.a)
    def __add__(self, o): return V(*(x + y for x, y in zip(self.a, o.a)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(*(x * k for x in self.a))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-x for x in self.a))
    def __contains__(self, x): return x in self.a
    def __iter__(self): return iter(self.a)
print(V(1, 2) + V(3, 4), 2 * V(1, 2), -V(1), sum([V(1, 1), V(2, 2)]), bool(V(0, 0)), 2 in V(1, 2), list(V(5, 6)), V(1, 2)[::-1])
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
print(Item.__name__, Item.__qualname__, Sq.__mro__, Sq.__bases__, isinstance(Sq(1), Shape), issubclass(Sq, abc.ABC))
class Meta(type): pass
class WithStr:
    def __str__(self): return "S"
    def __format__(self, spec): return f"F<{spec}>"
print(WithStr(), f"{WithStr():abc}", format(WithStr()), "{}".format(WithStr()), str(WithStr()), [WithStr()].__len__())
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.id = Counter.count
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return f"<Counter #{self.id}>"
print([Counter.make() for _ in range(3)], Counter.count, vars(Counter())) 
print(repr(object.__new__(Counter)).startswith('<__main__.Counter'))
