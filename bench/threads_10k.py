# Benchmark: 10,000 threads started and joined, each appending under a lock.
import threading

N = 10_000
lock = threading.Lock()
items = []


def work(i):
    with lock:
        items.append(i)


threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads_10k", len(items), sum(items))
