# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._fields)
print(Point._make([5, 6]), Point(y=3, x=4))
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
ann = Person("Ann", 30)
print(ann, ann.city, repr(ann))
people = [Person("Bob", 25, "Oslo"), Person("Cy", 20, "Rome"), ann]
print(sorted(people, key=lambda pr: pr.age))
print([pr.name for pr in people if pr.age > 21])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, Point.__name__)
