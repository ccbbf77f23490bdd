# Multiple inheritance with C3 MRO and cooperative super().
class A:
    def hello(self):
        print("A.hello")
class B(A):
    def hello(self):
        print("B.hello")
        super().hello()
class C(A):
    def hello(self):
        print("C.hello")
        super().hello()
class D(B, C):
    def hello(self):
        print("D.hello")
        super().hello()
D().hello()
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
