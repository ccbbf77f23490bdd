# join with timeouts, from many threads, is_alive transitions.
import threading
import time

go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.2)


t = threading.Thread(target=worker)
t.start()
t0 = time.monotonic()
t.join(0.1)
dt = time.monotonic() - t0
print('join(0.1) timed out:', t.is_alive(), 0.08 < dt < 0.5)
t.join(0)
t.join(-1)
print('alive after join(0)/join(-1):', t.is_alive())
results = []


def joiner(i):
    t.join()
    results.append((i, t.is_alive()))


js = [threading.Thread(target=joiner, args=(i,)) for i in range(5)]
for j in js:
    j.start()
time.sleep(0.05)
print('joiners waiting:', len(results), all(j.is_alive() for j in js))
go.set()
for j in js:
    j.join()
print('joiners done:', sorted(results))
print('alive:', t.is_alive())
t.join()
t.join(0.5)
print(repr(t).split(',')[1].split()[0])

# is_alive is False once run() has returned
done = threading.Event()


def quick():
    pass


q = threading.Thread(target=quick)
q.start()
q.join()
print('quick alive:', q.is_alive())
# join(timeout) returns None
s = threading.Thread(target=time.sleep, args=(0.05,))
s.start()
print(s.join(1), s.is_alive())
