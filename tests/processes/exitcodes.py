# Exit codes as CPython's: 0, 1 after an uncaught exception, -15 after
# terminate(); a child's traceback is headed "Process Process-N:".
import multiprocessing
import time


def ok():
    pass


def fail():
    raise ValueError("boom")


def forever():
    while True:
        pass


if __name__ == "__main__":
    a = multiprocessing.Process(target=ok)
    b = multiprocessing.Process(target=fail)
    c = multiprocessing.Process(target=forever)
    print(a.name, b.name, c.name, a.exitcode, a.is_alive())
    for p in (a, b, c):
        p.start()
    a.join()
    b.join()
    time.sleep(0.05)
    print(c.is_alive(), len(multiprocessing.active_children()))
    c.terminate()
    c.join()
    print(a.exitcode, b.exitcode, c.exitcode, c.is_alive())
