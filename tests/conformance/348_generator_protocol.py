# Generators as coroutines: send/close/throw, return values through
# StopIteration and yield from, exhausted and closed generators, iterators.
def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = gen(); next(g)
for v in [1, 2, 3]: print(g.send(v))
try: g.send(None)
except StopIteration as e: print("ret", e.value)
print(next(g, "dflt"))
def averager():
    avg = None; n = 0; s = 0
    while True:
        v = yield avg
        s += v; n += 1; avg = s / n
a = averager(); next(a); print(a.send(10), a.send(20))
a.close(); print(a.gi_running)
try: a.send(1)
except StopIteration: print("closed gen raises StopIteration")
def deleg():
    r = yield from gen()
    yield ("result", r)
d = deleg(); next(d); d.send(5); d.send(6); print(d.send(None))
def throw_back():
    try:
        yield 1
    except ValueError:
        return "handled"
tb = throw_back(); next(tb)
try: tb.throw(ValueError("x"))
except StopIteration as e: print("stop with", e.value)
def genexit():
    try:
        yield 1
    finally:
        print("cleanup")
ge = genexit(); next(ge); ge.close(); ge.close()
print([x * y for x in range(3) for y in range(x)])
print({k: v for k, v in zip("abc", range(3)) if v})
gx = (i * i for i in range(4)); print(sum(gx), sum(gx))
print(list(zip(*((i, i * 2) for i in range(3)))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2,), "ab", range(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], 2 in Countdown(3))
def bad_next():
    yield next(iter([]))
try: list(bad_next())
except RuntimeError as e: print(e)
print(type(g).__name__, g.__name__, gen.__name__, type(x for x in []).__name__)
g3 = gen()
print(g3.gi_running, g3.__qualname__)
