# Function definitions: defaults, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, f=10))
print(f(a=1, b=2, c=3, d=5))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args):
    return len(args), args
print(h(), h(1), h(*range(4)))
def k(**kw):
    return kw
print(k(), k(a=1, b=2))
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2))
def none_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(none_default(1), none_default(2))
print(f.__defaults__, f.__kwdefaults__, f.__name__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def noret():
    pass
print(noret())
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi())
