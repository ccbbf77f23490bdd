# hasattr/getattr/setattr/delattr.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(hasattr(c, "level"), hasattr(c, "debug"), hasattr(c, "nope"))
print(getattr(c, "level"), getattr(c, "nope", "default"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr)
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "lower"]:
    print(getattr("MiXeD", name)())
class Dynamic:
    def __getattr__(self, name):
        return f"<dynamic {name}>"
dyn = Dynamic()
print(dyn.anything, getattr(dyn, "other"), hasattr(dyn, "x"))
class Guarded:
    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value * 2)
g = Guarded()
g.v = 21
print(g.v)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
