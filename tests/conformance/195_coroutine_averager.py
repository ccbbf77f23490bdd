# Coroutine-style generators with send, throw and close.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
print(a.throw(ValueError("bad sample")))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def grep(pattern):
    print("looking for", pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                print("match:", line)
    except GeneratorExit:
        print("grep closing")
g = grep("py")
next(g)
for line in ["python", "rust", "pypy", "go"]:
    g.send(line)
g.close()
def gen():
    yield 1
g2 = gen()
print(next(g2))
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
