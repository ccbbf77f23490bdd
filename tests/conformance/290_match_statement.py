import re
from dataclasses import dataclass
match = re.match(r"(\d+)", "42abc")
print(match.group(1))
case = 3
print(case)
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case 500 | 502 | 503 as code:
            return f"server error {code}"
        case int(n) if n >= 400:
            return f"client error {n}"
        case _:
            return "unknown"
for s in [200, 201, 404, 502, 418, 100, "x"]:
    print(s, http(s))
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(x=cx), r=rad):
            return f"circle at x={cx} r={rad}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(7, 1), 3), 5]:
    print(where(p))
def cmd(command):
    match command.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["take", first, *rest] if rest:
            return f"take {first} and {len(rest)} more"
        case ["take", item]:
            return f"take {item}"
        case [("north" | "south") as d, *_]:
            return f"dir {d}"
        case [x, y, *_, z]:
            return f"long: {x} {y} .. {z}"
        case _:
            return "?"
for c in ["", "go north", "drop a b c", "drop", "take x y z", "take x", "north x", "a b c d e", "a"]:
    print(repr(c), cmd(c))
def conf(d):
    match d:
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} {rest}"
        case {"type": "group", "members": [*members]}:
            return f"group of {len(members)}"
        case {"type": t}:
            return f"other {t}"
        case {}:
            return "empty-ish"
        case _:
            return "no"
for d in [{"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5}, {"type": "group", "members": (1, 2)}, {"x": 1}, [1], {"type": None}]:
    print(conf(d))
match (1, 2):
    case (a, b):
        print("tuple", a, b)
match 1, 2:
    case 1, c:
        print("open", c)
match -1:
    case -1: print("neg one")
match None:
    case None: print("none")
match True:
    case 1: print("true is 1")
match 2.0:
    case 2: print("float eq")
match "hello":
    case str() as s if len(s) > 3: print("long str", s)
match [1, [2, 3]]:
    case [1, [2, x]]: print("nested", x)
match {"a": 1}:
    case {"a": 1, **rest}: print("rest", rest)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
x = 10
match x:
    case 5:
        print("five")
print("no case matched, fine")
match "abc":
    case [*chars]: print("str is sequence?!")
    case _: print("str not a sequence")
match range(3):
    case [0, *others]: print("range", others)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
# Temporaries of the desugaring never show in the namespace, even after break.
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)
class Holder:
    match "x":
        case str() as kind:
            label = kind * 2
print(Holder.label, sorted(k for k in vars(Holder) if not k.startswith("__")))
class MySeq:
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
for v in [MySeq(1, 2), (1, 2), {"a": 5, "b": 6}, b"ab", bytearray(b"x"), "ab", [1, 2, 3], 1.5]:
    match v:
        case [x, y]:
            print("pair", x, y)
        case {"a": a, **kw}:
            print("map a", a, kw)
        case bytes(b) | bytearray(b):
            print("bytes-ish", b)
        case float(f) if f > 1:
            print("float", f)
        case MySeq():
            print("MySeq (not a registered Sequence)")
        case _:
            print("other", v)
exec("match 3:\n    case 3: print('exec ok')")
import enum
class Suit(enum.Enum):
    HEARTS = 1
    SPADES = 2
def suit_name(s):
    match s:
        case Suit.HEARTS:
            return "hearts"
        case Suit.SPADES:
            return "spades"
print(suit_name(Suit.HEARTS), suit_name(Suit.SPADES), suit_name(3))
def nested(v):
    match v:
        case [int() as a, [b, *_]]:
            match b:
                case 0:
                    return f"{a} then zero"
                case _:
                    return f"{a} then {b}"
    return "no"
print(nested([1, [0, 9]]), nested([1, [5]]), nested([1, 2]))
def area(shape):
    match shape:
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": "circle", "r": r}:
            return round(3.14159 * r * r, 2)
        case {"kind": kind}:
            raise ValueError(f"unknown shape kind {kind!r}")
print(area({"kind": "rect", "w": 2, "h": 3}), area({"kind": "circle", "r": 1}))
area({"kind": "hexagon"})
