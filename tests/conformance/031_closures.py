# Closures, including late binding in loops.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])
def make_fs():
    out = []
    for j in range(3):
        def g():
            return j * 10
        out.append(g)
    return out
print([g() for g in make_fs()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
print(double.__closure__ is not None, len(double.__closure__))
print(double.__closure__[0].cell_contents)
def outer():
    v = "before"
    def show():
        return v
    v = "after"
    return show
print(outer()())
