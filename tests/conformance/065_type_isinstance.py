# type, isinstance, issubclass.
class A: pass
class B(A): pass
class C: pass
objs = [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, A(), B(), len, A]
print([type(o).__name__ for o in objs])
print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, (str, int)))
print(isinstance(1, float), isinstance(None, type(None)), isinstance(A, type))
print(issubclass(B, A), issubclass(A, A), issubclass(B, (C, A)), issubclass(bool, object))
print(type(1) is int, type(True) is int, type(type) is type, type(A) is type)
print(type(B()).__bases__[0].__name__, B.__base__ is A)
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: "hi"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, A))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(object.__name__, type(object()).__name__, isinstance(object(), object))
