# queue: FIFO/LIFO/priority order, maxsize, blocking, timeouts, join/task_done.
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
l = queue.LifoQueue()
for i in range(5):
    l.put(i)
print([l.get() for _ in range(5)])
p = queue.PriorityQueue()
for x in [(5, 'e'), (1, 'a'), (3, 'c'), (2, 'b'), (4, 'd'), (1, 'a0'), (9, 'z'), (0, 'zero')]:
    p.put(x)
print([p.get() for _ in range(p.qsize())])
import random
rnd = random.Random(7)
nums = [rnd.randint(0, 1000) for _ in range(200)]
for n in nums:
    p.put(n)
print([p.get() for _ in range(len(nums))] == sorted(nums))

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print('full', b.full(), b.qsize(), b.maxsize)
t0 = time.monotonic()
try:
    b.put(3, timeout=0.1)
except queue.Full:
    print('Full after timeout', 0.05 < time.monotonic() - t0 < 1)
try:
    b.put(3, block=False)
except queue.Full as e:
    print('Full', repr(e))
print(b.get_nowait(), b.get())
t0 = time.monotonic()
try:
    b.get(timeout=0.1)
except queue.Empty as e:
    print('Empty after timeout', repr(e), 0.05 < time.monotonic() - t0 < 1)
try:
    b.get(False)
except queue.Empty:
    print('Empty nowait')
print(queue.Queue(0).full(), queue.Queue(-1).full())

# blocking put released by a get in another thread, blocking get released by put
bq = queue.Queue(1)
bq.put('first')
order = []


def putter():
    bq.put('second')
    order.append('put done')


t = threading.Thread(target=putter)
t.start()
time.sleep(0.05)
order.append('getting')
order.append(bq.get())
t.join()
order.append(bq.get())
print(order)
gq = queue.Queue()
t = threading.Timer(0.05, gq.put, args=('late',))
t.start()
print(gq.get(timeout=2))
t.join()

# workers with task_done / join
work = queue.Queue()
total = [0]
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            total[0] += item
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    work.put(i)
work.join()
print('joined', total[0], work.unfinished_tasks)
for w in ws:
    work.put(None)
for w in ws:
    w.join()
print('workers done', work.qsize())

# many producers and consumers
mq = queue.Queue(maxsize=3)
seen = []


def prod(k):
    for i in range(20):
        mq.put((k, i))


def cons():
    for _ in range(20):
        seen.append(mq.get())


ts = [threading.Thread(target=prod, args=(k,)) for k in range(3)] + [threading.Thread(target=cons) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sorted(seen) == sorted((k, i) for k in range(3) for i in range(20)))
per = {}
for k, i in seen:
    per.setdefault(k, []).append(i)
print('per-producer order kept', all(v == sorted(v) for v in per.values()))

# SimpleQueue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
for i in range(3):
    s.put(i)
s.put_nowait(3)
print(s.qsize(), [s.get() for _ in range(3)], s.get_nowait(), s.empty())
t = threading.Timer(0.05, s.put, args=('x',))
t.start()
print(s.get())
t.join()
print(type(s).__name__, type(s).__module__, queue.Empty.__module__, queue.Full.__module__)
print(queue.Queue[int] is not None, sorted(queue.__all__))
q = queue.Queue()
q.put(1)
print(type(q.queue).__name__, list(q.queue), q.unfinished_tasks, q.maxsize)
