# Starred expressions and unpacking.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
first, second = "xy"
print(first, second)
x = y = z = 0
x += 1
print(x, y, z)
a, b = 1, 2
a, b = b, a
print(a, b)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
print(*[1, 2, 3], sep="-")
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
head, *tail = [9]
print(head, tail)
print([*range(3), *"ab"])
