# concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import time, threading, os
def sq(x):
    time.sleep(0.01 * (5 - x))
    return x * x
def who(_):
    return threading.current_thread().name
def bad():
    raise KeyError("k")
if __name__ == '__main__':
    with ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(sq, range(5))))
        fs = [ex.submit(sq, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(fs)))
        f = ex.submit(bad)
        print(repr(f.exception()), f.done(), f.cancelled())
        d, nd = wait(fs)
        print(len(d), len(nd))
        f2 = ex.submit(sq, 2); f2.add_done_callback(lambda f: print("done cb", f.result()))
        time.sleep(0.2)
    print(sorted(set(ThreadPoolExecutor(2, thread_name_prefix="w").map(who, range(4)))) <= ["w_0", "w_1"])
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(5))))
        f = ex.submit(bad)
        try: f.result(timeout=2)
        except KeyError as e: print("KeyError", e)
        print(ex.submit(os.getpid).result() != os.getpid())
