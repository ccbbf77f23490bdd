# multiprocessing.Pool: workers forked when the Pool is made.
import multiprocessing as mp, os
def sq(x):
    return x * x
def name(_):
    return mp.current_process().name
def boom(x):
    raise ValueError(x)
if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(sq, range(5)))
        print(set(p.map(name, range(4))) <= {"ForkPoolWorker-1", "ForkPoolWorker-2"})
        r = p.apply_async(sq, (7,), callback=lambda v: print("cb", v))
        print(r.get(timeout=1), r.ready(), r.successful())
        print(list(p.imap(sq, range(3))), sorted(p.imap_unordered(sq, range(3))), p.starmap(pow, [(2, 3), (3, 2)]))
        e = p.apply_async(boom, (1,), error_callback=lambda e: print("ecb", repr(e)))
        try: e.get()
        except ValueError as x: print("raised", repr(x))
        try: p.map(lambda x: x, [1])
        except Exception as x: print(type(x).__module__, type(x).__name__, str(x).split(">:")[1])
        print(p.apply(sq, (3,)))
