import functools
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(10)
print(c(), c(5), c.__name__, c.__qualname__, c.__closure__[0].cell_contents)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, fib.__doc__, len(fib.cache))

def trace(prefix):
    def deco(fn):
        def inner(*a, **kw):
            print(f"{prefix} {fn.__name__}{a}{kw if kw else ''}")
            return fn(*a, **kw)
        return inner
    return deco

@trace(">>")
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 5, c=0))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50), ways.cache_info())
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
x = "global"
def shadow():
    print(x)
    x = "local"
try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def gen_funcs():
    return [(lambda: n) for n in "abc"]
print([f() for f in gen_funcs()])
def kwonly(a, /, b, *, c):
    return (a, b, c)
print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
for call in (lambda: kwonly(1, 2, 3), lambda: kwonly(a=1, b=2, c=3), lambda: kwonly(1), lambda: kwonly(1, 2, c=3, d=4), lambda: add()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(), varargs(1, *[2, 3], x=1, **{"y": 2}))
