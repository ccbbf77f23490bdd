# Functions as objects, bound methods.
def greet(name, punct="!"):
    return "Hello " + name + punct
f = greet
print(f("Ann"), f is greet, f.__name__, type(f).__name__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(greet, "Bo"))
class Greeter:
    def __init__(self, who):
        self.who = who
    def hi(self, other):
        return f"{self.who} greets {other}"
g = Greeter("A")
bm = g.hi
print(bm("B"), type(bm).__name__, bm.__name__)
print(Greeter.hi(g, "C"))
print(g.hi == g.hi, g.hi is g.hi)
methods = [Greeter("X").hi, Greeter("Y").hi]
print([m("Z") for m in methods])
print(list(map(str.upper, ["a", "b"])), list(map("x{}".format, [1, 2])))
upper = "abc".upper
print(upper(), type(upper).__name__)
greet.extra = "attr on function"
print(greet.extra)
print(callable(greet), callable(g), callable(Greeter))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
