# A child's changes to globals never reach the parent (fork and Process).
import os
import multiprocessing

counter = 0
items = [1]


def work():
    global counter
    counter += 100
    items.append("child")
    print("child sees", counter, items)


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("parent after Process", counter, items, p.exitcode)
    pid = os.fork()
    if pid == 0:
        counter = -1
        items.clear()
        print("forked child sees", counter, items)
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    print("parent after fork", counter, items, os.WEXITSTATUS(status))
