# enum.Flag and enum.IntFlag.
import enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm(0), repr(Perm(0)), ~Perm.R, repr(~Perm.R), list(Perm), len(Perm), Perm.RWX, repr(Perm(6)), list(Perm(6)), len(Perm(6)), bool(Perm(0)))
print(Perm.R | Perm.X, (Perm.R | Perm.X).name, Perm(5).value, Perm.R ^ Perm.RWX, Perm["W"], Perm(2) is Perm.W, Perm.R in Perm.RWX, Perm.R < Perm.W if False else "")
try: Perm(8)
except ValueError as e: print("VE", e)
try: Perm.R | 1
except TypeError as e: print("TE", e)
class Color(enum.IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
print(~Color.RED, repr(~Color.RED), Color(8), repr(Color(8)), Color.RED + 1, Color.RED | 8, repr(Color.RED | 8), list(Color.RED | Color.BLUE), Color(0), repr(Color(0)))
print(f"{Color.RED}", format(Perm.R), str(Color.BLUE), isinstance(Color.RED, int), Color.RED & 3, repr(Color.RED & 3), hash(Color.RED) == hash(1))
class Opt(enum.Flag):
    NONE = 0
    A = enum.auto()
    B = enum.auto()
print(list(Opt), Opt.NONE, repr(Opt.NONE), Opt.A.value, Opt.B.value, Opt(0) is Opt.NONE, ~Opt.NONE)
for m in Perm.R | Perm.W: print(m)
print(repr(Perm), repr(Color), Perm.__name__)
class Shape(enum.Enum):
    CIRCLE = 1
    SQUARE = 2
print(repr(Shape), Shape.CIRCLE, type(Shape).__name__, isinstance(Shape, enum.EnumMeta))
try:
    Perm(9)
except ValueError as e:
    print(e)
