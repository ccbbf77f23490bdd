# compare.sh: skip (run by pygil with different switch intervals; see docs/gil-bench.md)
# The same counting work in one thread or split over two; with
# `--switch-interval 1` the two threads hand the GIL over at every instruction.
import sys
import threading

N = 2_000_000
THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 2


def count(n):
    while n > 0:
        n -= 1


threads = [threading.Thread(target=count, args=(N // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("switch_pingpong", THREADS)
