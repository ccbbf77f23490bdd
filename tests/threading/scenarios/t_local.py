# threading.local and subclasses: per-thread values, __init__ re-run per thread.
import threading

data = threading.local()
data.x = 'main'
out = []


def f(i):
    out.append(('before', i, hasattr(data, 'x')))
    data.x = i
    out.append(('after', i, data.x, data.__dict__))


ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(out)
print(data.x, data.__dict__)
try:
    data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
del data.x
print(hasattr(data, 'x'), data.__dict__)
print(type(data).__name__, type(data).__module__, repr(data).split(' at ')[0])


class MyLocal(threading.local):
    initialized = 0

    def __init__(self, color, size=1):
        self.color = color
        self.size = size
        self.inits = getattr(self, 'inits', 0) + 1
        out2.append(('init', threading.current_thread().name, color, size))

    def describe(self):
        return '%s/%s' % (self.color, self.size)

    @property
    def big(self):
        return self.size * 10

    @big.setter
    def big(self, v):
        self.size = v // 10


out2 = []
m = MyLocal('red', size=2)
m.size = 5


def g():
    out2.append(('thread', m.color, m.size, m.describe(), m.big, m.inits))
    m.big = 70
    out2.append(('thread2', m.size, m.__dict__))


t = threading.Thread(target=g, name='G')
t.start()
t.join()
print(out2)
print(m.color, m.size, m.describe(), m.big, sorted(m.__dict__))
try:
    m.nope
except AttributeError as e:
    print('AttributeError', e)


class Plain(threading.local):
    pass


p = Plain()
try:
    Plain(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
p.y = 1
print(p.y)
import _threading_local
print(_threading_local.local is threading.local or issubclass(_threading_local.local, object))
