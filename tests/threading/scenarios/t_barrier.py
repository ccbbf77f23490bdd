# Barrier: indices, action, reset, abort, timeout, reprs.
import threading
import time

calls = []
b = threading.Barrier(3, action=lambda: calls.append(threading.current_thread().name))
print(b.parties, b.n_waiting, b.broken, repr(b))
idx = []


def w():
    idx.append(b.wait())


for round_ in range(2):
    ts = [threading.Thread(target=w) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(sorted(idx), len(calls))

# n_waiting, abort
b2 = threading.Barrier(3)
errs = []


def w2():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)


ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.01)
print('n_waiting', b2.n_waiting, repr(b2))
b2.abort()
for t in ts:
    t.join()
print(errs, b2.broken, repr(b2))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('wait on broken:', repr(e))
b2.reset()
print('after reset', b2.broken, b2.n_waiting)

# timeout breaks the barrier
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('timeout broke:', b3.broken)

# reset while threads wait
b4 = threading.Barrier(3)
errs4 = []


def w4():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        errs4.append('broken')


ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
while b4.n_waiting < 2:
    time.sleep(0.01)
b4.reset()
for t in ts:
    t.join()
print(errs4, b4.broken)

# action raising breaks the barrier
b5 = threading.Barrier(1, action=lambda: 1/0)
try:
    b5.wait()
except ZeroDivisionError:
    print('action raised; broken:', b5.broken)
