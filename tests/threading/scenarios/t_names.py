# Default names, the shared counter, reprs in every state, Dummy threads.
import functools
import threading
import _thread
import time


def f():
    pass


class C:
    def meth(self):
        pass

    def __call__(self):
        pass


class Sub(threading.Thread):
    def run(self):
        pass


print(threading.main_thread().name, repr(threading.main_thread()))
print(threading.current_thread() is threading.main_thread())
ts = [threading.Thread(target=f), threading.Thread(target=lambda: None),
      threading.Thread(target=C().meth), threading.Thread(target=C()),
      threading.Thread(target=functools.partial(f)), threading.Thread(),
      Sub(), threading.Timer(0.01, f), threading.Thread(target=f, name='named'),
      threading.Thread(target=f, name=''), threading.Thread(target=f, name=0),
      threading.Thread(target=f, name=123), threading.Thread(target=f, daemon=True)]
for t in ts:
    print(repr(t.name), repr(t), t.ident, t.native_id, t.daemon, t.is_alive())
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in ts:
    print(repr(t), t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)

# a started thread's repr
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
print(repr(t), t.is_alive())
t.name = 'renamed'
print(repr(t))
ev.set()
t.join()
print(repr(t), t.is_alive())

# threads started by _thread get Dummy-N names from the same counter
out = []
done = threading.Event()


def dummy():
    ct = threading.current_thread()
    out.append((ct.name, ct.daemon, ct.is_alive(), type(ct).__name__,
                ct is threading.current_thread(), ct in threading.enumerate(),
                repr(ct)))
    done.set()


_thread.start_new_thread(dummy, ())
done.wait()
print(out)
print(threading.Thread(target=f).name)


class Sub2(threading.Thread):
    def __init__(self, x):
        threading.Thread.__init__(self)
        self.x = x


class Sub3(threading.Thread):
    def __init__(self, x):
        super().__init__(name='s3-%d' % x)
        self.x = x


print(Sub2(1).name, Sub3(2).name, Sub2(3).name)
main = threading.main_thread()
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(threading.current_thread().ident == threading.get_ident())
