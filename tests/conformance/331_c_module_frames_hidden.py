# Library modules that CPython implements in C show no frames of their own
# in a traceback: only the caller and any user callback.
import functools, collections, heapq, itertools
P = collections.namedtuple("P", "x y")
@functools.lru_cache(maxsize=None)
def f(n):
    if n == 3:
        raise ValueError("three")
    return n
for i in range(2):
    print(f(i))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
d = collections.defaultdict(lambda: 1 / 0)
try:
    d["k"]
except ZeroDivisionError as e:
    import traceback; traceback.print_exc()
p = P(1, 2)
p.x = 5
