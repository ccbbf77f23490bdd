# Two CPU-bound workers (a 10-million countdown each) as two threads.
from threading import Thread

N = 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


if __name__ == "__main__":
    ts = [Thread(target=countdown, args=(N,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("done", [0, 0])
