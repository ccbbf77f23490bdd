# What CPython cannot pickle cannot cross a queue either. CPython pickles in
# the queue's feeder thread and prints the TypeError on stderr; pygil copies
# at put() and raises the same TypeError there (pickling.out is pygil's).
import multiprocessing
import threading

q = multiprocessing.Queue()
for bad in (threading.Lock(), (x for x in ())):
    try:
        q.put(bad)
    except TypeError as e:
        print(type(e).__name__, e)
q.put({"a": [1, 2.5, "s"], "b": (None, True)})
print(q.get(timeout=1))
try:
    q.get(timeout=0.1)
except Exception as e:
    print(type(e).__name__)
