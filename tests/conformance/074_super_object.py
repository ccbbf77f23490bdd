# super() both forms, object, NotImplemented.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def who(self):
        return "Mid>" + super().who()
    @classmethod
    def make(cls):
        return "Mid:" + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def who(self):
        return "Leaf>" + super(Leaf, self).who()
    def skip(self):
        return super(Mid, self).who()
x = Leaf()
print(x.log, x.who(), x.skip(), Leaf.make())
o = object()
print(type(o).__name__, isinstance(x, object), object in Leaf.__mro__)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object().__eq__(1), NotImplemented.__class__.__name__)
print(str(NotImplemented), repr(NotImplemented))
class Str(str):
    def shout(self):
        return super().upper() + "!"
print(Str("hey").shout(), isinstance(Str("a"), str), len(Str("abc")))
class MyList(list):
    def append(self, v):
        super().append(v * 2)
ml = MyList([1])
ml.append(5)
print(ml, type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key.upper()
md = MyDict(a=1)
print(md["a"], md["zz"])
