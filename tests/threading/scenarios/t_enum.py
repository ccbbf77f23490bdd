# enumerate, active_count, daemon inheritance, get_ident/get_native_id.
import threading
import time

stop = threading.Event()
inner = []


def worker():
    inner.append((threading.current_thread().daemon, threading.Thread(target=print).daemon))
    stop.wait()


print(threading.active_count(), [t.name for t in threading.enumerate()])
a = threading.Thread(target=worker, name='A')
b = threading.Thread(target=worker, name='B', daemon=True)
print(threading.active_count())
a.start()
b.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(a in threading.enumerate(), threading.main_thread() in threading.enumerate())
stop.set()
a.join()
b.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(inner)
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
print(threading.stack_size())
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(sorted(n for n in threading.__all__))
