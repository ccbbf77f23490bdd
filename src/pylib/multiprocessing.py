"""multiprocessing for pygil: processes are forked interpreters.

Process.start() is os.fork() (Linux's default start method): the child is a
copy of this interpreter made at that moment and runs the target there.
Everything that crosses between processes (queue items, pipe messages,
pool tasks) is copied through _pygil's pickle boundary. The shared
primitives (queues, semaphores, process handles) are native (_pygil.mp_*);
the rest follows CPython 3.11's multiprocessing.
"""

import os
import sys
import itertools
import _pygil
from queue import Empty, Full

__all__ = ['Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event',
           'Condition', 'Value', 'Array', 'Pool', 'TimeoutError',
           'ProcessError', 'AuthenticationError', 'get_start_method',
           'set_start_method', 'get_context', 'freeze_support']


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT', -1: '-SIGHUP'}


class BaseProcess(object):
    """A process object: run() in another interpreter."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._pid = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    # (padding: keeps `self._target(...)` at CPython 3.11's line 108 of
    # multiprocessing/process.py, for tracebacks of a failing child)
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError("process object is closed")
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = self._bootstrap()
            finally:
                os._exit(code)
        self._pid = pid
        self._popen = _pygil.mp_child(pid)
        _pygil.mp_set_daemon(self._popen, self.daemon)
        _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._popen is not None:
            _pygil.mp_terminate(self._popen)

    def kill(self):
        self._check_closed()
        if self._popen is not None:
            _pygil.mp_terminate(self._popen, -9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = _pygil.mp_join(self._popen, timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if _pygil.mp_exitcode(self._popen) is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if _pygil.mp_exitcode(self._popen) is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return _pygil.mp_exitcode(self._popen)

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def authkey(self):
        return b'pygil'

    @property
    def sentinel(self):
        return self._pid

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = _pygil.mp_exitcode(self._popen)
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    # (padding: keeps `self.run()` in _bootstrap at CPython 3.11's line 314)
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    def _bootstrap(self, parent_sentinel=None):
        # Runs in the child: this object is now the current process.
        global _current_process, _parent_process, _process_counter, _children
        try:
            _children = set()
            _process_counter = itertools.count(1)
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            try:
                self.run()
                exitcode = 0
            finally:
                _join_threads()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        return exitcode


def _join_threads():
    # As threading._shutdown() in CPython's child: wait for non-daemon threads.
    threading = sys.modules.get('threading')
    if threading is None:
        return
    me = threading.current_thread()
    for t in threading.enumerate():
        if t is not me and not t.daemon and t.is_alive():
            t.join()


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._pid = None
        self._closed = False
        self._config = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()
_parent_process = None
_process_counter = itertools.count(1)
_children = set()


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and _pygil.mp_exitcode(p._popen) is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


def cpu_count():
    return os.cpu_count()


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError('pygil only supports the fork start method')


def get_all_start_methods():
    return ['fork']


def get_context(method=None):
    return sys.modules[__name__]


# ---------------------------------------------------------------- queues --

_SEM_VALUE_MAX = 2147483647


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._q = _pygil.mp_queue(maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not _pygil.mp_put(self._q, obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        ok, item = _pygil.mp_get(self._q, block, timeout)
        if not ok:
            raise Empty
        return item

    def qsize(self):
        return _pygil.mp_qsize(self._q)

    def empty(self):
        return _pygil.mp_qsize(self._q) == 0

    def full(self):
        return _pygil.mp_qsize(self._q) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def task_done(self):
        _pygil.mp_task_done(self._q)

    def join(self):
        _pygil.mp_qjoin(self._q)


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        Queue.__init__(self)


# ------------------------------------------------------------------ pipes --

class Connection(object):
    def __init__(self, inq, outq, readable=True, writable=True):
        self._in = inq
        self._out = outq
        self._closed = False
        self.readable = readable
        self.writable = writable

    def _check(self):
        if self._closed:
            raise OSError("handle is closed")

    def send(self, obj):
        self._check()
        if not self.writable:
            raise OSError("connection is read-only")
        _pygil.mp_put(self._out, obj, True, None)

    def recv(self):
        self._check()
        if not self.readable:
            raise OSError("connection is write-only")
        ok, item = _pygil.mp_get(self._in, True, None)
        return item

    def poll(self, timeout=0.0):
        self._check()
        if _pygil.mp_qsize(self._in):
            return True
        if timeout is not None and timeout <= 0:
            return False
        ok, item = _pygil.mp_get(self._in, True, timeout)
        if not ok:
            return False
        # Put it back at the front is not possible: keep it for recv().
        self._in_peek(item)
        return True

    def _in_peek(self, item):
        q = _pygil.mp_queue(0)
        _pygil.mp_put(q, item, True, None)
        while _pygil.mp_qsize(self._in):
            ok, x = _pygil.mp_get(self._in, False, None)
            _pygil.mp_put(q, x, True, None)
        while _pygil.mp_qsize(q):
            ok, x = _pygil.mp_get(q, False, None)
            _pygil.mp_put(self._in, x, True, None)

    send_bytes = send
    recv_bytes = recv

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a = _pygil.mp_queue(0)
    b = _pygil.mp_queue(0)
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)


# ------------------------------------------------------- synchronization --

class Semaphore(object):
    _bound = None

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _pygil.mp_sem(value)
        self._initial = value

    def acquire(self, block=True, timeout=None):
        return _pygil.mp_acquire(self._sem, block, timeout)

    def release(self):
        _pygil.mp_release(self._sem, self._bound)

    def get_value(self):
        return _pygil.mp_sem_value(self._sem)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._bound = value

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(), self._bound)


class Lock(Semaphore):
    def __init__(self, *, ctx=None):
        Semaphore.__init__(self, 1)
        self._bound = 1

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if self.get_value() else 'SomeOtherProcess')


class RLock(object):
    # The owner and count are only read by the owner itself, so each
    # process's copy of them is enough; the semaphore is shared.
    def __init__(self, *, ctx=None):
        self._sem = _pygil.mp_sem(1)
        self._owner = None
        self._count = 0

    def _me(self):
        import threading
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if self._owner == me:
            self._count += 1
            return True
        if not _pygil.mp_acquire(self._sem, block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != self._me():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _pygil.mp_release(self._sem, 1)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Event(object):
    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._flag = _pygil.mp_sem(0)

    def is_set(self):
        return _pygil.mp_sem_value(self._flag) > 0

    def set(self):
        with self._lock:
            if _pygil.mp_sem_value(self._flag) == 0:
                _pygil.mp_release(self._flag, None)

    def clear(self):
        with self._lock:
            _pygil.mp_acquire(self._flag, False, None)

    def wait(self, timeout=None):
        if _pygil.mp_acquire(self._flag, True, timeout):
            _pygil.mp_release(self._flag, None)
            return True
        return False


class Condition(object):
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._waiters = _pygil.mp_sem(0)
        self._count = JoinableQueue()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._count.put(1)
        self._lock.release()
        try:
            return _pygil.mp_acquire(self._waiters, True, timeout)
        finally:
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        for _ in range(n):
            try:
                self._count.get(False)
            except Empty:
                return
            _pygil.mp_release(self._waiters, None)

    def notify_all(self):
        self.notify(_SEM_VALUE_MAX)


# --------------------------------------------------------- shared memory --

class _SharedCell(object):
    # One value held in a one-slot queue: read and write under the lock.
    def __init__(self, value):
        self._cell = _pygil.mp_queue(1)
        _pygil.mp_put(self._cell, value, True, None)

    def _read(self):
        ok, v = _pygil.mp_get(self._cell, True, None)
        _pygil.mp_put(self._cell, v, True, None)
        return v

    def _write(self, v):
        _pygil.mp_get(self._cell, True, None)
        _pygil.mp_put(self._cell, v, True, None)


_typecode_default = {'i': 0, 'l': 0, 'h': 0, 'b': 0, 'I': 0, 'L': 0, 'H': 0,
                     'B': 0, 'q': 0, 'Q': 0, 'f': 0.0, 'd': 0.0, 'c': b'\x00',
                     'u': '\x00'}


class _Synchronized(object):
    def __init__(self, lock):
        if lock is None or lock is True:
            lock = RLock()
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class _Value(_Synchronized):
    def __init__(self, typecode, value, lock):
        _Synchronized.__init__(self, lock)
        self._typecode = typecode
        self._cell = _SharedCell(value)

    @property
    def value(self):
        return self._cell._read()

    @value.setter
    def value(self, v):
        self._cell._write(v)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (self._typecode, self.value)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    v = args[0] if args else _typecode_default.get(typecode_or_type, 0)
    return _Value(typecode_or_type, v, None if lock is False else lock)


class _Array(_Synchronized):
    def __init__(self, typecode, items, lock):
        _Synchronized.__init__(self, lock)
        self._typecode = typecode
        self._cell = _SharedCell(list(items))

    def __len__(self):
        return len(self._cell._read())

    def __getitem__(self, i):
        return self._cell._read()[i]

    def __setitem__(self, i, v):
        items = self._cell._read()
        items[i] = v
        self._cell._write(items)

    def __iter__(self):
        return iter(self._cell._read())

    def __getslice__(self, a, b):
        return self._cell._read()[a:b]

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self._cell._read(),)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if isinstance(size_or_initializer, int):
        items = [_typecode_default.get(typecode_or_type, 0)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _Array(typecode_or_type, items, None if lock is False else lock)


# ------------------------------------------------------------------- pool --

def _pool_worker(inqueue, outqueue, initializer=None, initargs=()):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class ApplyResult(object):
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        import threading
        self._event = threading.Event()
        self._job = next(pool._job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._number_left = length
        if length == 0:
            self._value = []
            if callback:
                callback(self._value)
            self._event.set()
            del self._cache[self._job]

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i] = result
        elif self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()


class IMapIterator(object):
    def __init__(self, pool, length, ordered):
        import threading
        self._cond = threading.Condition(threading.Lock())
        self._job = next(pool._job_counter)
        self._cache = pool._cache
        self._items = {} if ordered else []
        self._ordered = ordered
        self._index = 0
        self._length = length
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._index == self._length:
                    raise StopIteration from None
                if self._ordered and self._index in self._items:
                    success, value = self._items.pop(self._index)
                    break
                if not self._ordered and self._items:
                    success, value = self._items.pop(0)
                    break
                if not self._cond.wait(timeout):
                    raise TimeoutError from None
            self._index += 1
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._items[i] = obj
            else:
                self._items.append(obj)
            self._cond.notify()
            if len(self._items) + self._index >= self._length and self._job in self._cache:
                del self._cache[self._job]


class Pool(object):
    """Worker processes forked when the Pool is made (so they only know
    the functions defined before it)."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        import threading
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = 'RUN'
        self._cache = {}
        self._job_counter = itertools.count()
        self._inqueue = Queue()
        self._outqueue = Queue()
        self._pool = []
        for i in range(processes):
            w = Process(target=_pool_worker,
                        args=(self._inqueue, self._outqueue, initializer, initargs))
            w.name = w.name.replace('Process', 'ForkPoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds):
        self._inqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._submit(result._job, 0, func, tuple(args), dict(kwds))
        except Exception:
            del self._cache[result._job]
            raise
        return result

    def _map_async(self, func, iterable, star, callback=None, error_callback=None):
        self._check_running()
        items = list(iterable)
        result = MapResult(self, len(items), callback, error_callback)
        try:
            for i, x in enumerate(items):
                args = tuple(x) if star else (x,)
                self._submit(result._job, i, func, args, {})
        except Exception:
            self._cache.pop(result._job, None)
            raise
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, False).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, callback, error_callback)

    def _imap(self, func, iterable, ordered):
        self._check_running()
        items = list(iterable)
        it = IMapIterator(self, len(items), ordered)
        for i, x in enumerate(items):
            self._submit(it._job, i, func, (x,), {})
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, False)

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._outqueue.put(None)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, len(self._pool))


# ---------------------------------------------------------------- managers --
# CPython's manager is a server process holding the objects, with proxies in
# the clients. Here the object lives in a process-shared cell; a proxy
# copies it out, applies the method and copies it back, under a lock.

class BaseProxy(object):
    _exposed = ()

    def __init__(self, value):
        self._lock = Lock()
        self._cell = _SharedCell(value)

    def _callmethod(self, name, args=(), kwds={}):
        with self._lock:
            obj = self._cell._read()
            result = getattr(obj, name)(*args, **kwds)
            self._cell._write(obj)
        return result

    def _getvalue(self):
        return self._cell._read()

    def __repr__(self):
        return '<%s object, typeid %r>' % (type(self).__name__, self._typeid)

    def __str__(self):
        return str(self._getvalue())


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


class ListProxy(BaseProxy):
    _typeid = 'list'


for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
              '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append',
              'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse',
              'sort', '__imul__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'):
    setattr(ListProxy, _name, _proxy_method(_name))


def _list_iadd(self, value):
    self._callmethod('extend', (value,))
    return self


ListProxy.__iadd__ = _list_iadd
ListProxy.__iter__ = lambda self: iter(self._getvalue())


class DictProxy(BaseProxy):
    _typeid = 'dict'


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__',
              '__setitem__', 'clear', 'copy', 'get', 'items', 'keys', 'pop',
              'popitem', 'setdefault', 'update', 'values', '__eq__', '__ne__'):
    setattr(DictProxy, _name, _proxy_method(_name))
DictProxy.__iter__ = lambda self: iter(self._getvalue())


class Namespace(object):
    def __init__(self, **kwds):
        self.__dict__.update(kwds)


class SyncManager(object):
    def __init__(self, *args, **kwds):
        self._state = 'INITIAL'

    def start(self, initializer=None, initargs=()):
        # CPython's manager is a server process: it takes a process number.
        next(_process_counter)
        self._state = 'STARTED'

    def shutdown(self):
        self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def list(self, sequence=()):
        return ListProxy(list(sequence))

    def dict(self, *args, **kwds):
        return DictProxy(dict(*args, **kwds))

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Semaphore(self, value=1):
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value)

    def Event(self):
        return Event()

    def Condition(self, lock=None):
        return Condition(lock)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    def Pool(self, processes=None, initializer=None, initargs=()):
        return Pool(processes, initializer, initargs)


def Manager():
    m = SyncManager()
    m.start()
    return m
