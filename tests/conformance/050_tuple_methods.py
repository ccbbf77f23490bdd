# tuple methods and behaviour.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t))
print(t + (4,), t * 2, t[1:3], t[::-1])
print(tuple(), tuple([1]), tuple("ab"), (1,) == tuple([1]))
print(hash((1, 2)) == hash((1, 2)), (1, [2])[1])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
a, b, c = (1, 2, 3)
print(a + b + c)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple(x * 2 for x in range(3)), (5) == 5, (5,) == 5)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
