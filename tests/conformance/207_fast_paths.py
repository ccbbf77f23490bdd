# The interpreter's fast paths must not be observable: in-place `s += t`,
# cached class attributes, arithmetic written in place, formatted ints.

def concat():
    s = ""
    for i in range(1000):
        s += str(i % 10)
    alias = s
    s += "!"
    print(len(s), len(alias), alias[-3:], s[-3:])
    parts = []
    t = "a"
    for _ in range(3):
        t += "b"
        parts.append(t)
    print(parts)
    u = "é"
    u += "ß"
    u += "x"
    print(u, len(u), u.upper(), hash(u) == hash("éßx"), u == "éßx")
    d = {u: 1}
    print(d["éßx"])


def class_cache():
    class Base:
        x = 1
        def m(self):
            return "base"
    class Sub(Base):
        pass
    o = Sub()
    print(o.x, o.m())
    Base.x = 2
    Base.m = lambda self: "patched"
    print(o.x, o.m())
    Sub.x = 3
    print(o.x, Base.x)
    del Sub.x
    print(o.x)
    o.x = 10
    print(o.x, Sub.x)
    def n(self):
        return "added"
    Sub.n = n
    print(o.n())
    del Base.m
    try:
        o.m()
    except AttributeError as e:
        print(e)
    setattr(Base, "y", 5)
    print(o.y)


def arithmetic():
    a, b = 7, -3
    print(a + b, a - b, a * b, a // b, a % b, a / b, -a // b, -a % b)
    x = 2 ** 62
    print(x + x, x * 4, -x - x - 1)
    f = 0.1
    print(f + 0.2, f * 3, 1 + f, 3 - f, 7 / 2, 1 < 2.5, 2.5 < 1, 3 == 3.0)
    n = 10
    n -= 1
    n += 0.5
    print(n)


def formats():
    for v in (0, 7, -7, 255, -255, 2 ** 63, -2 ** 64, 10 ** 20):
        print("%d %x %X %o" % (v, v, v, v), format(v, "b"), f"{v:>8}|{v:#x}|{v:,}")


concat()
class_cache()
arithmetic()
formats()
