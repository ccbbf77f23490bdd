# Uncaught exceptions in threads: default report, SystemExit, custom hooks.
import sys
import threading
import _thread


def boom():
    1/0


def bad(x, y=2):
    raise ValueError('bad %s %s' % (x, y))


class T(threading.Thread):
    def run(self):
        raise KeyError('k')


for t in [threading.Thread(target=boom), threading.Thread(target=bad, args=(1,), kwargs={'y': 3}),
          T(), threading.Thread(target=sys.exit), threading.Thread(target=sys.exit, args=(3,)),
          threading.Thread(target=_thread.exit), threading.Thread(target=boom, name='named')]:
    t.start()
    t.join()
    print('after', t.name, t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name, len(args)))


threading.excepthook = hook
t = threading.Thread(target=bad, args=('h',))
t.start()
t.join()
print(seen)


def broken_hook(args):
    raise RuntimeError('hook failed')


threading.excepthook = broken_hook
t = threading.Thread(target=boom)
t.start()
t.join()
threading.excepthook = threading.__excepthook__
a = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, a[0].__name__, len(a))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError', e)
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
print('end')
