class Shape:
    sides: int = 0
    name: str
    def __init__(self, name: str) -> None:
        self.name = name
    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self) -> float:
        return self.w * self.h
class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.name = "square"
shapes: list[Shape] = [Rect(2, 3.5), Square(4)]
for s in shapes:
    print(s.describe())
print(Shape.__annotations__, Rect.__init__.__annotations__, Shape.describe.__annotations__)
print(Shape.__dict__.get("__annotations__"), "sides" in Shape.__dict__)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__mro__, Square(1).sides, isinstance(Square(1), Rect))
x: int
print(__annotations__ if "__annotations__" in dir() else "no module annotations")
