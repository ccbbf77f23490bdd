from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)

    def add(self, item):
        self.items.append(item)
        self.count += item.qty

inv = Inventory("shop")
inv.add(Item("apple", 0.5, 10))
inv.add(Item("pear", 0.75, tags=["fruit"]))
print(inv)
print(inv.items[0], inv.items[0].total(), inv.count)
print(asdict(inv))
print(astuple(inv.items[1]))
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) == Item("a", 2.0), Item("a", 1.0) != "a")
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1)])
print(vs, Version(1, 2) > Version(1, 1, 9), max(vs))
p = Point(1.5, 2)
print(p, hash(p) == hash(Point(1.5, 2)), {p, Point(1.5, 2)})
try:
    p.x = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Point(-1, 0)
except ValueError as e:
    print("ValueError:", e)
print(replace(p, y=10), [f.name for f in fields(Item)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x", 1, 2, [], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Employee(Item):
    dept: str = "none"
e = Employee("bob", 10.0, 2, dept="it")
print(e, Employee.__mro__[1].__name__, Item.__doc__)
print(Item.__eq__.__qualname__, Item.__init__.__qualname__, Item.__repr__.__name__)
print(Item.__hash__, Version.__match_args__)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
root.children[0].children.append(root)
print(repr(root)[:60])
