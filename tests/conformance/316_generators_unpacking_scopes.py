def read_lines(text):
    for line in text.splitlines():
        yield line
def non_blank(lines): return (l for l in lines if l.strip())
def numbered(lines):
    for i, l in enumerate(lines, 1): yield f"{i:3}: {l}"
src = "alpha\n\nbeta\n  \ngamma"
for l in numbered(non_blank(read_lines(src))): print(l)
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n: yield buf; buf = []
    if buf: yield buf
print(list(chunks(range(7), 3)))
def delegator():
    r = yield from sub()
    print("sub returned", r)
def sub():
    x = yield 1
    print("got", x)
    return "done"
g = delegator(); print(next(g)); 
try:
    g.send("hi")
except StopIteration as e:
    print("stop", e.value)
g2 = (x * x for x in range(3)); print(list(g2), list(g2))
data = [3, 8, 1, 9]
if (n := len(data)) > 3: print(f"list is too long ({n} elements, expected <= 3)")
while (chunk := data[:2]): print(chunk); data = data[2:]
print([y for x in range(5) if (y := x * 2) > 4], y)
def f(*args, **kw): return args, kw
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}), [*range(3), *'ab'], {*[1, 2], *{3}}, {**{'a': 1}, 'b': 2, **{'a': 3}})
first, *mid, last = range(6); print(first, mid, last); (a, b), c = (1, 2), 3; print(a, b, c)
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def make():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make(); acc(5); print(acc(10))
def broken():
    print(undefined_local)
    undefined_local = 1
try:
    broken()
except UnboundLocalError as e:
    print(e)
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
fns = [lambda: i for i in range(3)]; print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]; print([f() for f in fns])
print(*[1, 2, 3], sep=', ', end='!\n'); print(); print('a', 'b', sep=''); print(*[], sep='x')
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; print(x); del x[::2]; print(x); x[::-1] = [0, 0]; print(x)
try:
    x[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
m = [[0] * 3 for _ in range(3)]; m[0][0] = 1; bad = [[0] * 3] * 3; bad[0][0] = 1; print(m, bad)
T = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])]; print(T)
def matmul(A, B): return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted([(1, 'b'), (1, 'a')], reverse=True), sorted({3: 1, 1: 2}), sorted("cba", reverse=True))
s = sorted([('x', 2), ('y', 1), ('z', 2), ('w', 1)], key=lambda t: t[1]); print(s)
print(list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), list(filter(str.isdigit, "a1b2")), dict.fromkeys('ab', 0), {k: v for k, v in zip('ab', range(2))})
print(isinstance(True, int), type(True) is bool, bool([]), bool([0]), None is None, [] is [], 1 if [] else 2, [] or 'default', 0 and 1)
print(list(enumerate('ab', start=10)), list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], 3 in range(5), len(range(0, 100, 7)))
print(chr(65) * 3, "ab" * 0, [1] * -1, (1, 2) * 2, "abc" < "abd", [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), {1, 2} < {1, 2, 3}, {1} | {2}, {1, 2} ^ {2, 3})
