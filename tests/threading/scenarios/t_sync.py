# Condition, Semaphore, Event, RLock, all lock-likes in `with`, reprs.
import threading
import time

# Condition: producer / consumer
cond = threading.Condition()
items = []
got = []


def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))


c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.01)
c.join()
print('consumed', got)

with cond:
    print('wait timeout ->', cond.wait(0.05))
    print('wait 0 ->', cond.wait(0))
    print('wait_for true ->', cond.wait_for(lambda: 42))
    t0 = time.monotonic()
    print('wait_for timeout ->', cond.wait_for(lambda: 0, 0.1), 0.05 < time.monotonic() - t0 < 0.5)

# notify(n) and notify_all
woken = []
c2 = threading.Condition(threading.Lock())
ready = threading.Semaphore(0)


def waiter(i):
    with c2:
        ready.release()
        c2.wait()
        woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
for _ in ws:
    ready.acquire()
with c2:
    print('waiters', len(c2._waiters))
    c2.notify(2)
time.sleep(0.1)
print('after notify(2)', len(woken))
with c2:
    c2.notify_all()
for w in ws:
    w.join()
print('after notify_all', sorted(woken))

# Condition over an RLock held twice: wait releases it completely
rc = threading.Condition(threading.RLock())
flag = []


def setter():
    with rc:
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        s = threading.Thread(target=setter)
        s.start()
        print('rlock cond wait ->', rc.wait_for(lambda: flag, 2))
    print('still owned once:', rc._is_owned())
s.join()

# Semaphore: at most 3 at once
sem = threading.Semaphore(3)
lock = threading.Lock()
active = [0, 0]


def user():
    with sem:
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1


us = [threading.Thread(target=user) for _ in range(8)]
for u in us:
    u.start()
for u in us:
    u.join()
print('max concurrent', active[1])
s1 = threading.Semaphore(1)
print(s1.acquire(), s1.acquire(False), s1.acquire(timeout=0.05), s1.acquire(True, 0))
s1.release(3)
print(s1._value, s1.acquire(), s1._value)
print(threading.Semaphore(0).acquire(blocking=False))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.05), ev.wait(0))
res = []


def ewait():
    res.append(ev.wait())


ts = [threading.Thread(target=ewait) for _ in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(res, ev.is_set(), ev.wait(), ev.wait(0.01))
ev.clear()
print(ev.is_set(), ev.wait(0.01))

# RLock recursion, ownership
r = threading.RLock()
with r:
    with r:
        print('rlock owned', r._is_owned())
print('rlock owned after', r._is_owned())
print(r.acquire(), r.acquire(blocking=False), r.acquire(timeout=1))
for _ in range(3):
    r.release()
other = []
r.acquire()
t = threading.Thread(target=lambda: other.append((r.acquire(False), r._is_owned())))
t.start()
t.join()
r.release()
print('other thread', other)

# every lock-like works in `with`
for obj in [threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(),
            threading.BoundedSemaphore()]:
    with obj as v:
        pass
    print(type(obj).__name__, v)
l = threading.Lock()
with l:
    print('locked inside', l.locked())
print('locked after', l.locked())
print(repr(threading.Event()), repr(threading.Semaphore(2)), repr(threading.BoundedSemaphore(3)))
e = threading.Event()
e.set()
print(repr(e))
print(repr(threading.Condition(threading.Lock())))
