import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 15)))
def countdown(n):
    print("start")
    while n > 0:
        got = yield n
        if got:
            n = got
        else:
            n -= 1
    return "done"

g = countdown(5)
print(next(g), next(g), g.send(2), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

print(list(chunks("abcdefgh", 3)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
squares = (x * x for x in range(10) if x % 2)
print(squares.__class__.__name__, sum(squares), sum(squares))
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)}, [(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(list(itertools.chain([1, 2], "ab")), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
for k, grp in itertools.groupby(sorted("mississippi")):
    print(k, len(list(grp)), end="; ")
print()
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.repeat("x", 3)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.pairwise([1, 2, 3, 4])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_with_finally()
print(next(g))
g.close()
print("closed")
print(list(enumerate("abc", start=1)), list(reversed(range(5))), list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(str.isupper, "aBcD")))
print(any(x > 3 for x in range(5)), all([]), min([3, 1, 2], key=lambda x: -x), max("apple", "pear", key=len), min([], default=None))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
