"""CPython shim of pygil's native `_pygil` module, for tests/threading/run.py only.

start_thread runs the function on a real CPython thread and returns a lock
held until it ends, which join_thread waits for; the event functions keep
an Event's flag and waiters in a small object with a lock per waiter.
Like pygil's VM, the process waits for non-daemon threads when the main
thread ends:
run.py installs `_shutdown` below as `threading._shutdown`, which CPython
calls at exit.
"""
import _thread
import itertools
import warnings

_nondaemon_lock = _thread.allocate_lock()
_nondaemon = []          # one held lock per running non-daemon thread


def start_thread(function, daemon, name):
    """Run function() on a new thread; the handle is for join_thread."""
    done = _thread.allocate_lock()      # held while the thread runs
    done.acquire()

    def body():
        try:
            function()
        finally:
            done.release()

    if not daemon:
        with _nondaemon_lock:
            _nondaemon.append(done)
    try:
        _thread.start_new_thread(body, ())
    except BaseException:
        if not daemon:
            with _nondaemon_lock:
                _nondaemon.remove(done)
        raise
    return done


def join_thread(handle, block, timeout):
    if handle.acquire(block, timeout):
        handle.release()
        return True
    return False


_main_handle = _thread.allocate_lock()
_main_handle.acquire()                  # the main thread never ends here


def thread_index():
    return _main_handle


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


def counter():
    return itertools.count(1).__next__


def thread_registry(counter, active, limbo, daemon_property, delete, stop):
    """Thread's natives (init, start, enter, exit). Here they do only the
    parts that never take _active_limbo_lock, and return what tells
    threading.py to do the rest in Python (as pygil's do when the lock is
    held or the program overrides what they replace)."""

    def init(self, target, name, args, kwargs, daemon, Event):
        self._target = target
        if name is None:
            name = "Thread-%d" % counter()
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        return daemon is None

    def start(self, lock):
        return False

    def enter(self, lock):
        self._ident = _thread.get_ident()
        self._native_id = _thread.get_native_id()
        set_thread_name(self._ident, self._name)
        self._started.set()
        return False

    def exit(self, lock):
        return False

    return init, start, enter, exit


class _EventCore:
    """The native event of pygil: a flag and the waiters (one lock each)."""

    def __init__(self):
        self.mutex = _thread.allocate_lock()
        self.flag = False
        self.waiters = []


def event():
    return _EventCore()


def _method(name):
    def deco(f):
        f.__name__ = name
        f.__qualname__ = 'Event.' + name
        return f
    return deco


@_method('__init__')
def event_init(self):
    self._core = _EventCore()


@_method('is_set')
def event_is_set(self):
    return self._core.flag


@_method('set')
def event_set(self):
    core = self._core
    with core.mutex:
        core.flag = True
        waiters, core.waiters = core.waiters, []
    for w in waiters:
        w.release()


@_method('clear')
def event_clear(self):
    core = self._core
    with core.mutex:
        core.flag = False


@_method('wait')
def event_wait(self, timeout=None):
    core = self._core
    with core.mutex:
        if core.flag:
            return True
        if timeout is not None and not timeout > 0:
            return False
        w = _thread.allocate_lock()
        w.acquire()
        core.waiters.append(w)
    got = w.acquire() if timeout is None else w.acquire(True, timeout)
    if not got:
        with core.mutex:
            if w in core.waiters:
                core.waiters.remove(w)
            else:
                got = True      # set() released it meanwhile
    return got


def warn(message, category_name, stacklevel):
    category = {'DeprecationWarning': DeprecationWarning}.get(category_name, UserWarning)
    warnings.warn(message, category, stacklevel + 1)
