# Two CPU-bound workers (a 10-million countdown each) as two processes.
from multiprocessing import Process

N = 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


if __name__ == "__main__":
    ps = [Process(target=countdown, args=(N,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("done", [p.exitcode for p in ps])
