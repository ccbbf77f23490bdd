# Exception raised inside a generator consumed by a for loop.
def readings():
    yield 10
    yield 20
    raise OSError("sensor disconnected")

for r in readings():
    print("reading", r)
