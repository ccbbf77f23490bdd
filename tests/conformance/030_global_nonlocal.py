# global and nonlocal.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def deep():
    a = "deep"
    def mid():
        def inner():
            nonlocal a
            a = "changed"
        inner()
    mid()
    return a
print(deep())
x = "global x"
def reader():
    return x
print(reader())
