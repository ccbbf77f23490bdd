# Generators: yield, yield from, send, return value.
def countdown(n):
    print("start countdown")
    while n > 0:
        yield n
        n -= 1
    print("done countdown")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(list(g))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
print(list(outer()))
g = outer()
try:
    while True:
        print("got", next(g))
except StopIteration as e:
    print("StopIteration value:", e.value)
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
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
print(list(x * 2 for x in countdown(2)))
def delegate():
    yield from range(3)
    yield from "ab"
print(list(delegate()))
