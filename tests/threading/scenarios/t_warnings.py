# DeprecationWarning texts, file:line and the once-per-call-site rule.
import threading

t = threading.Thread(target=print)
for i in range(2):
    t.setName('x%d' % i)
    print(t.getName())
    t.setDaemon(True)
    print(t.isDaemon())
print(threading.currentThread().name)
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
e.set()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print(t.getName()); print(t.getName())


def g():
    return threading.currentThread().getName()


print(g(), g())
