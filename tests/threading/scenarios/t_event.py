# Event: flag, wait with and without timeouts, wake-ups from other threads,
# subclasses, the arguments' errors; join with timeouts; Thread handles.
import threading
import time

e = threading.Event()
print(repr(e).split(' at ')[0], e.is_set())
for t in (0, -1, 0.01, False, 0.0):
    print('wait', repr(t), e.wait(t))
print('kw', e.wait(timeout=0.01))
for bad in ('x', 1e20, 10 ** 30):
    try:
        e.wait(bad)
    except Exception as x:
        print(type(x).__name__, x)
e.set()
print(repr(e).endswith('set>'), e.is_set(), e.wait(), e.wait('x'), e.wait(None))
f = e.is_set
print('bound', f(), threading.Event.is_set(e))
e.clear()
print('cleared', e.is_set(), e.wait(0))

for call in [lambda: e.is_set(1), lambda: e.set(1, 2), lambda: e.clear(x=1), lambda: e.wait(1, 2),
             lambda: e.wait(0, timeout=1), lambda: e.wait(y=3), lambda: threading.Event(1),
             lambda: threading.Event.is_set()]:
    try:
        call()
    except TypeError as x:
        print('TypeError', x)


class MyEvent(threading.Event):
    def set(self):
        print('MyEvent.set')
        super().set()


m = MyEvent()
m.set()
print('my', m.is_set(), m.wait(1))

# Waiters woken by set() from another thread, one with a timeout.
g = threading.Event()
res = []


def waiter(n, timeout=None):
    res.append((n, g.wait(timeout)))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
ts.append(threading.Thread(target=waiter, args=(9, 5)))
for t in ts:
    t.start()
time.sleep(0.05)
g.set()
for t in ts:
    t.join()
print(sorted(res))

# A wait that times out while another goes on waiting.
h = threading.Event()
out = []
a = threading.Thread(target=lambda: out.append(('long', h.wait())))
b = threading.Thread(target=lambda: out.append(('short', h.wait(0.05))))
a.start()
b.start()
b.join()
print(out)
h.set()
a.join()
print(out, a.is_alive(), b.is_alive())

# join(timeout) on a running thread, join of an ended one, errors.
stop = threading.Event()
t = threading.Thread(target=stop.wait, name='T')
try:
    t.join()
except RuntimeError as x:
    print('RuntimeError', x)
t.start()
t.join(0.01)
print('after join(0.01)', t.is_alive())
t.join(-5)
print('after join(-5)', t.is_alive())
stop.set()
t.join()
t.join()
print('joined', t.is_alive(), repr(t).split(', ')[1].split()[0])
try:
    t.join('x')
except TypeError as x:
    print('TypeError', x)
print('names', threading.Thread(target=stop.is_set).name.endswith('(is_set)'))
