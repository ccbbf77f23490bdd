# functools.reduce and partial.
from functools import reduce, partial
import operator
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(operator.add, [], "empty"))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.args, square.keywords)
int2 = partial(int, base=2)
print(int2("1010"), int2("11"))
pr = partial(print, "prefix:", sep="|")
pr("a", "b")
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(7), operator.neg(3))
