# dir (non-dunder names), vars, globals.
class Shape:
    sides = 0
    def area(self):
        return 0
    def _private(self):
        pass
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print([n for n in dir(Square) if not n.startswith("__")])
print([n for n in dir(sq) if not n.startswith("__")])
print(vars(sq), sq.__dict__ is vars(sq))
print(sorted(k for k in vars(Square) if not k.startswith("__")))
alpha = 1
beta = "two"
g = globals()
print(sorted(k for k in g if not k.startswith("__") and k not in ("g",)))
print(g["alpha"], g["beta"])
g["gamma"] = 3
print(gamma)
def f():
    local_a = 1
    local_b = 2
    return sorted(locals())
print(f())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print("len" in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
