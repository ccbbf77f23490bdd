# Iterator protocol with __iter__ and __next__.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
it = CountDown(2)
print(next(it), next(it), next(it, "exhausted"))
for x in CountDown(3):
    print("loop", x)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f), sum(f))
print(sorted(CountDown(4)), max(CountDown(3)), tuple(CountDown(2)))
a, b, c = CountDown(3)
print(a, b, c)
print(dict(zip(CountDown(3), "abc")))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
