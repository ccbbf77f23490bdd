# Classes, instances, class attributes.
class Counter:
    instances = 0
    step = 1
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def incr(self):
        self.value += self.step
        return self
c1 = Counter()
c2 = Counter(10)
c1.incr().incr()
c2.step = 5
c2.incr()
print(c1.value, c2.value, Counter.instances)
print(c1.step, c2.step, Counter.step)
print("step" in c2.__dict__, "step" in c1.__dict__)
print(sorted(c2.__dict__))
Counter.step = 100
c1.incr()
print(c1.value)
print(type(c1).__name__, type(c1) is Counter, isinstance(c1, Counter))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, vars(e))
print(Counter.incr.__name__)
m = c1.incr
print(m().value, m.__self__ is c1, m.__func__ is Counter.incr)
