# compare.sh: skip (its output is racy by design)
# A small racy program for `pygil explore` benchmarks: two threads add to
# a shared counter without a lock; the final value depends on where the
# GIL was handed over.
import threading

n = 0


def work():
    global n
    for i in range(100):
        n += 1


a = threading.Thread(target=work)
b = threading.Thread(target=work)
a.start()
b.start()
a.join()
b.join()
print(n)
