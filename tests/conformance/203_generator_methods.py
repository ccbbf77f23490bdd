# Generator methods: send, throw (also through yield from), close.
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield 99
    return "ret"
def outer():
    r = yield from inner()
    print("outer r", r)
    yield 3
g = outer()
print(next(g)); print(g.send("a")); print(g.throw(KeyError("k")))
print(next(g))
try: next(g)
except StopIteration as e: print("stop", e.value)
def h():
    try:
        yield 1
    finally:
        print("finally")
x = h(); next(x); x.close(); x.close(); print("closed")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try: b.close()
except RuntimeError as e: print("RE", e)
def s():
    yield 1
z = s()
try: z.send(5)
except TypeError as e: print(e)
try: z.throw(ValueError, "v")
except ValueError as e: print("VE", e)
print(list(z))
try: z.send()
except TypeError as e: print(e)
def r():
    raise StopIteration
    yield
try: next(r())
except RuntimeError as e: print("RT", e)
def leaf():
    try:
        yield "leaf"
    finally:
        print("leaf closed")
def mid():
    yield from leaf()
m = mid(); print(next(m)); m.close(); print("mid closed")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, e):
        print("It.throw", repr(e))
        raise StopIteration("from It")
def deleg():
    r = yield from It()
    print("deleg got", r)
    yield "after"
d = deleg(); print(next(d)); print(d.throw(ValueError("x")))
