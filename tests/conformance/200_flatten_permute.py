# Recursive helpers: flatten, permutations, power set, nested sum.
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in permutations(s[:i] + s[i + 1:])]
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
data = [1, [2, [3, [4, (5, 6)]]], [], [[7]]]
print(list(flatten(data)))
print(permutations("abc"), len(permutations("abcde")))
print(power_set([1, 2, 3]))
print(nested_sum([1, [2, 3], [[4], [5, [6]]]]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
