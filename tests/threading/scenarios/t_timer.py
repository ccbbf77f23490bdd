# Timer: fires once after the interval, cancel, args/kwargs, names.
import threading
import time

out = []
t = threading.Timer(0.1, lambda *a, **k: out.append((a, k)), args=(1, 2), kwargs={'k': 3})
print(t.name, repr(t), t.interval, t.args, t.kwargs, t.finished.is_set())
t0 = time.monotonic()
t.start()
t.join()
print(out, 0.05 < time.monotonic() - t0 < 1, t.finished.is_set())
c = threading.Timer(0.2, out.append, args=('cancelled',))
c.start()
time.sleep(0.05)
c.cancel()
c.join()
print(out, c.is_alive())
d = threading.Timer(0, out.append, ['list-args'])
print(d.name, d.args, d.kwargs)
d.start()
d.join()
print(out)


class MyTimer(threading.Timer):
    pass


print(MyTimer(1, print).name)
