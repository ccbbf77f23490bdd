# Comparisons, chaining, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 2)
print(x == 5 == 5.0, 1 == 1.0, 1 != 2, "a" < "b" < "c")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", "" < "a", "10" < "9")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, "ell" in "hello", "x" not in "hello")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, (1, 2) in [(1, 2)])
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(1.5 < 2 <= 2.0 >= 1)
print(float('nan') < 1, float('nan') >= 1)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1})
print(max([3, 1], [2, 9]), min("b", "ab"))
