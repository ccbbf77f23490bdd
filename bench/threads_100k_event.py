# compare.sh: skip (CPython cannot start this many threads)
# Benchmark: 100,000 threads alive at once, each blocked on one Event, then
# released together and joined.
import threading

N = 100_000
go = threading.Event()
done = [0]
lock = threading.Lock()


def wait():
    go.wait()
    with lock:
        done[0] += 1


threads = [threading.Thread(target=wait) for _ in range(N)]
for t in threads:
    t.start()
print("alive", threading.active_count())
go.set()
for t in threads:
    t.join()
print("threads_100k_event", done[0])
