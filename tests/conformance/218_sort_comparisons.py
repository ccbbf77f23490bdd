# How many comparisons does sorted() make? Counting __lt__ calls on runs,
# reversed and random data, and where NaN ends up.
import random
random.seed(5)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
tot = 0
for n in [0, 1, 2, 3, 5, 17, 64, 65, 100, 300, 1000, 3000]:
    for mode in range(4):
        data = [random.randrange(n // 3 + 1) for _ in range(n)]
        if mode == 1: data.sort()
        if mode == 2: data = sorted(data, reverse=True) + data[: n // 2]
        if mode == 3: data = list(range(n // 2)) + [random.randrange(50) for _ in range(n - n // 2)]
        calls.clear()
        r = sorted([K(x) for x in data], reverse=(mode == 2))
        tot = hash((tot, tuple(calls), tuple(x.v for x in r)))
        print(n, mode, len(calls), hash(tuple(calls)) % 1000003)
nan = float("nan")
print(sorted([3, nan, 1, 2, nan, 0, 5]), sorted([nan, 2.0, 1.0]), sorted([2.0, nan, 1.0, -1.0], reverse=True))
