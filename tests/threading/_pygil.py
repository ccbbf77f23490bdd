"""CPython shim of pygil's native `_pygil` module, for tests/threading/run.py only.

start_thread runs the function on a real CPython thread; like pygil's VM,
the process waits for non-daemon threads when the main thread ends:
run.py installs `_shutdown` below as `threading._shutdown`, which CPython
calls at exit.
"""
import _thread
import warnings

_nondaemon_lock = _thread.allocate_lock()
_nondaemon = []          # one held lock per running non-daemon thread


def start_thread(function, args, kwargs, daemon, name):
    if daemon:
        return _thread.start_new_thread(function, args, kwargs)
    done = _thread.allocate_lock()
    done.acquire()

    def body():
        try:
            function(*args, **kwargs)
        finally:
            done.release()

    with _nondaemon_lock:
        _nondaemon.append(done)
    try:
        return _thread.start_new_thread(body, ())
    except BaseException:
        with _nondaemon_lock:
            _nondaemon.remove(done)
        raise


def _shutdown():
    while True:
        with _nondaemon_lock:
            locks = list(_nondaemon)
            del _nondaemon[:]
        if not locks:
            return
        for lock in locks:
            lock.acquire()
            lock.release()


names = {}


def set_thread_name(ident, name):
    names[ident] = name


def describe_lock(lock, text):
    # Only pygil's deadlock reports use it.
    pass


def warn(message, category_name, stacklevel):
    category = {'DeprecationWarning': DeprecationWarning}.get(category_name, UserWarning)
    warnings.warn(message, category, stacklevel + 1)
