# Shape hierarchy: abstract base, polymorphism, sorting by area.
import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(round(sum(s.area() for s in shapes), 4))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
