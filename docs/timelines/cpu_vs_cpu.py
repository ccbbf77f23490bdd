# Two CPU-bound threads: with the GIL only one runs at a time, so two
# threads take as long as doing the work twice on one.
import threading


def count():
    n = 0
    for i in range(150000):
        n += i
    print("count done", n)


a = threading.Thread(target=count, name="cpu-1")
b = threading.Thread(target=count, name="cpu-2")
a.start()
b.start()
a.join()
b.join()
