import functools

@functools.total_ordering
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return Money(self.amount + other.amount, self.currency)
        if isinstance(other, (int, float)):
            return Money(self.amount + other, self.currency)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)
    def __lt__(self, other):
        return self.amount < other.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __bool__(self):
        return self.amount != 0
    def __format__(self, spec):
        return format(self.amount, spec) + " " + self.currency

a, b = Money(10), Money(2.5)
print(a + b, repr(a + 1), 1 + a, sum([a, b], Money(0)))
print(a > b, a <= b, a == Money(10), a != b, sorted([a, b, Money(5)]))
print(bool(Money(0)), f"{a:>8.1f}", "{:.3f}".format(b))
try:
    a + Money(1, "USD")
except ValueError as e:
    print("error:", e)
try:
    a + "x"
except TypeError as e:
    print("error:", e)

class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        raise NotImplementedError
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Dog(Animal):
    def sound(self):
        return "woof"

class Puppy(Dog):
    def sound(self):
        return super().sound() + "!"
    @property
    def age(self):
        return 1
    @classmethod
    def make(cls, n):
        return [cls(f"p{i}") for i in range(n)]
    @staticmethod
    def kind():
        return "puppy"

print([d.speak() for d in [Dog("rex"), Puppy("bit")]], Animal.count)
print(Puppy.make(2), Puppy.kind(), Puppy("x").age, Puppy.__mro__)
print(isinstance(Puppy("y"), Animal), issubclass(Dog, Puppy), Dog.__name__, Dog.__qualname__)
try:
    Animal("a").speak()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
p = Puppy("z")
try:
    p.age = 3
except AttributeError as e:
    print(e)
print(getattr(p, "name"), getattr(p, "missing", "dflt"), hasattr(p, "speak"), vars(p))
try:
    p.missing
except AttributeError as e:
    print(e)

class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __mul__(self, k): return Vector(*(x * k for x in self.xs))
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vector(*(-x for x in self.xs))
    def __abs__(self): return sum(x * x for x in self.xs) ** 0.5
    def __repr__(self): return "Vector(" + ", ".join(map(repr, self.xs)) + ")"
    def __call__(self, i): return self.xs[i] * 10

v = Vector(3, 4)
print(v, len(v), v[0], v[-1], 3 in v, list(v), 2 * v, -v, abs(v), v(1), v[0:1])
v[0] = 7
print(v, max(v), sorted(v, reverse=True))
