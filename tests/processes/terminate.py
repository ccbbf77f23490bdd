# terminate() stops a child asleep, busy or blocked within 100 ms; kill() is -9.
import multiprocessing as mp, time
def sleeper(): time.sleep(10)
def busy():
    while True: pass
def getter(q): q.get()
if __name__ == '__main__':
    q = mp.Queue()
    for target, args in ((sleeper, ()), (busy, ()), (getter, (q,))):
        p = mp.Process(target=target, args=args); p.start(); time.sleep(0.2)
        t0 = time.time(); p.terminate(); p.join(); dt = time.time() - t0
        print(target.__name__, p.exitcode, dt < 0.1)
    p = mp.Process(target=busy); p.start(); time.sleep(0.1); p.kill(); p.join(); print("kill", p.exitcode, repr(p).split()[-1])
