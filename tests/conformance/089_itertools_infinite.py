# itertools: count, cycle, repeat, islice, chain.
from itertools import count, cycle, repeat, islice, chain, takewhile, dropwhile, accumulate
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 8)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(100), 10, 20, 3)), list(islice("abcdef", 2, None)))
print(list(takewhile(lambda x: x < 4, count(1))), list(dropwhile(lambda x: x < 4, range(7))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(zip(count(1), "xyz")))
it = cycle([1, 2])
print([next(it) for _ in range(5)])
print(list(map(pow, range(4), repeat(2))))
