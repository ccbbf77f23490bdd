# __call__, __enter__/__exit__ and NotImplemented fallbacks.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(10), add5(10, times=3), callable(add5), list(map(add5, [1, 2])))
class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit:" + (et.__name__ if et else "ok"))
        return et is ZeroDivisionError
with Timer() as t:
    pass
with t:
    1 / 0
print(t.log)
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, bool(NotImplemented) if False else "skip bool")
print(type(NotImplemented).__name__)
