# List operators and in-place behaviour.
a = [3, 1, 2]
b = a + [4]
print(a, b, a * 2, [[]] * 2)
rows = [[0] * 2] * 2
rows[0][0] = 9
print(rows)
print(a[::-1], a[1:], a[:-1], a[::2])
print(a == [3, 1, 2], a != b, a < b)
a[0] = 10
print(a)
a[1:2] = [7, 8, 9]
print(a)
a[:] = "xyz"
print(a)
print([1, 2, 3].index(2), [1, 1, 2].count(1))
print(3 in [1, 2, 3], [1] in [[1], [2]])
lst = list(range(10))
print(lst[2:8:2], lst[-3:], lst[::-3])
del lst[::2]
print(lst)
