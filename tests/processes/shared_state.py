# Process-shared state: Value/Array with get_lock, Manager list and dict,
# Lock, Event, Pipe.
import multiprocessing as mp


def add(v, arr, shared_list, shared_dict, lock, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with lock:
        arr[0] = arr[0] + 1
    shared_list.append(mp.current_process().name)
    shared_dict[mp.current_process().name] = n


def pinger(conn, ev):
    ev.wait()
    conn.send(["ping", conn.recv() + 1])


if __name__ == "__main__":
    v = mp.Value('i', 0)
    arr = mp.Array('d', 3)
    lock = mp.Lock()
    with mp.Manager() as m:
        lst = m.list()
        dct = m.dict()
        ps = [mp.Process(target=add, args=(v, arr, lst, dct, lock, 50)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(v.value, arr[:], sorted(lst), sorted(dct.items()))
    a, b = mp.Pipe()
    ev = mp.Event()
    p = mp.Process(target=pinger, args=(b, ev))
    p.start()
    a.send(41)
    print(ev.is_set())
    ev.set()
    print(a.recv(), a.poll())
    p.join()
    print(p.exitcode)
