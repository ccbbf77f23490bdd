# A CPU-bound thread and an I/O-bound (sleeping) thread side by side.
# The counter holds the GIL almost all the time; the sleeper wakes every
# 20 ms, waits a moment for the GIL, prints, and sleeps again: the GIL
# is free for the counter while the sleeper sleeps, so they overlap.
import threading
import time


def count():
    n = 0
    for i in range(1000000):
        n += i
    print("count done", n)


def sleeper():
    for i in range(10):
        time.sleep(0.02)
        print("tick", i)


a = threading.Thread(target=count, name="cpu-bound")
b = threading.Thread(target=sleeper, name="sleeping")
a.start()
b.start()
a.join()
b.join()
