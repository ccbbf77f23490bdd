# statistics, copy, bisect, operator, random (seeded), itertools, functools, date arithmetic by hand.
import statistics, copy, bisect, operator, random, functools, itertools
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.9, 2.2]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mean([1, 2, 3, 4]), statistics.fmean([1, 2]))
print(statistics.multimode("aabbc"), statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
try: statistics.mean([])
except statistics.StatisticsError as e: print("StatisticsError", e)
nested = {"a": [1, 2, {"b": 3}], "c": (4, 5)}
sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested["a"][2]["b"] = 99
print(sh["a"][2], dp["a"][2], sh is nested, dp["c"] is nested["c"])
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 65, 77, 90, 100]], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
lst = [1, 3, 5]; bisect.insort(lst, 4); bisect.insort_left(lst, 0); print(lst)
recs = [{"n": "b", "age": 30}, {"n": "a", "age": 25}, {"n": "c", "age": 30}]
print(sorted(recs, key=operator.itemgetter("age", "n")), list(map(operator.attrgetter("real"), [1, 2.5])), operator.methodcaller("upper")("x"))
print(functools.reduce(operator.mul, range(1, 6)), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.truth(0), operator.itemgetter(1)([5, 6]))
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 5))
xs = list(range(10)); random.shuffle(xs); print(xs, random.sample(range(100), 5), random.choices("ab", k=5), random.gauss(0, 1))
random.seed("hello"); print(random.random(), random.getrandbits(16))
r = random.Random(7); print(r.randint(0, 1000), r.random())
def gen_numbers(n):
    for i in range(n):
        yield i
evens = (x for x in gen_numbers(20) if x % 2 == 0)
squares = map(lambda x: x * x, evens)
print(list(itertools.islice(squares, 5)), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")], list(itertools.combinations("abc", 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("ab", repeat=2)), list(itertools.zip_longest([1, 2], "a", fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise([1, 2, 3])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.repeat("x", 3)), next(itertools.count(5, 2)), list(itertools.dropwhile(lambda c: c != "b", "abc")))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
p = functools.partial(int, base=2); print(p("101"), functools.reduce(lambda a, b: a + b, ["a", "b"], "z"))
def days_in_month(y, m):
    if m == 2: return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31
def add_days(y, m, d, n):
    while n > 0:
        d += 1
        if d > days_in_month(y, m):
            d, m = 1, m + 1
            if m > 12: m, y = 1, y + 1
        n -= 1
    return y, m, d
print(add_days(2024, 2, 27, 3), add_days(2023, 12, 30, 40), "%04d-%02d-%02d" % add_days(2000, 1, 1, 365))
