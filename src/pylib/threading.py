"""Thread module emulating a subset of Java's threading model.

pygil's threading: CPython 3.11's threading.py, simplified, over the VM's
native `_thread` (locks, idents) and `_pygil` (thread start and join, the
waiting part of Event, DeprecationWarnings printed like CPython's warnings
module).  As in CPython 3.13, a started Thread has a handle to its VM
thread and join() waits for that thread's end; Event is a flag with a
native waiting list instead of a Condition, so waking many waiters and
starting many threads costs little.

Differences from CPython's module: no _shutdown() (the VM waits for the
non-daemon threads itself), no fork support, settrace/setprofile only
record the hook, and `local` is implemented here in Python (no weakrefs: a
thread's values are dropped when a threading.Thread ends).  Like CPython
3.11, Thread has no `isAlive()` (removed in 3.9): scripts from the notes
that call it fail as they do on CPython (see programs/case08_fixed.py).
"""

import sys as _sys
import _thread
import _pygil

from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_thread = _pygil.start_thread
_join_thread = _pygil.join_thread
_thread_handle = _pygil.thread_index
_set_thread_name = _pygil.set_thread_name
_warn = _pygil.warn
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
del _thread


# Debug support: the hooks are recorded, never installed (pygil has no
# sys.settrace / sys.setprofile).

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    pygil records the function but does not call it.
    """
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    pygil records the function but does not call it.
    """
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# Synchronization classes

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it again
    without blocking; the thread must release it once for each time it has
    acquired it.

    """
    return _CRLock(*args, **kwargs)


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.

    If the lock argument is given and not None, it must be a Lock or RLock
    object, and it is used as the underlying lock. Otherwise, a new RLock object
    is created and used as the underlying lock.

    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Export the lock's acquire() and release() methods
        self.acquire = lock.acquire
        self.release = lock.release
        # If the lock defines _release_save() and/or _acquire_restore(),
        # these override the default implementations (which just call
        # release() and acquire() on the lock).  Ditto for _is_owned().
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        # Waiters are only touched with the lock held: a list is enough.
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()           # No state to save

    def _acquire_restore(self, x):
        self._lock.acquire()           # Ignore saved state

    def _is_owned(self):
        # Return True if lock is owned by current_thread.
        # This method is called only if _lock doesn't have _is_owned().
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        If the calling thread has not acquired the lock when this method is
        called, a RuntimeError is raised.

        The return value is True unless a given timeout expired, in which
        case it is False.

        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:    # restore state no matter what (e.g., KeyboardInterrupt)
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable which result will be interpreted as a
        boolean value.  A timeout may be provided giving the maximum time to
        wait.

        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        If the calling thread has not acquired the lock when this method is
        called, a RuntimeError is raised.

        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # gh-92530: The previous call of notify() released the lock,
                # but was interrupted before removing it from the queue.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition.

        If the calling thread has not acquired the lock when this method
        is called, a RuntimeError is raised.

        """
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition.

        This method is deprecated, use notify_all() instead.

        """
        _warn('notifyAll() is deprecated, use notify_all() instead', 'DeprecationWarning', 2)
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus
    the number of acquire() calls, plus an initial value. The acquire() method
    blocks if necessary until it can return without making the counter
    negative. If not given, value defaults to 1.

    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        When invoked without arguments: if the internal counter is larger than
        zero on entry, decrement it by one and return immediately. If it is zero
        on entry, block, waiting until some other thread has called release() to
        make it larger than zero.

        When invoked with blocking set to False, do not block. When invoked
        with a timeout other than None, it will block for at most timeout
        seconds. Returns True if the semaphore was acquired.

        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more.

        When the counter is zero on entry and another thread is waiting for it
        to become larger than zero again, wake up that thread.

        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore.

    A bounded semaphore checks to make sure its current value doesn't exceed its
    initial value. If it does, ValueError is raised.

    """

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more.

        If the number of releases exceeds the number of acquires,
        raise a ValueError.

        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with the set() method and reset
    to false with the clear() method. The wait() method blocks until the flag is
    true.  The flag is initially false.

    """

    # pygil: the flag and the waiting threads are in a native object (CPython
    # keeps them in a Condition, _cond, and _flag), and the methods below are
    # native: each reads self._core (a built-in in a class is a method here).
    #
    # is_set(): Return true if and only if the internal flag is true.
    #
    # set(): Set the internal flag to true. All threads waiting for it to
    # become true are awakened. Threads that call wait() once the flag is
    # true will not block at all.
    #
    # clear(): Reset the internal flag to false. Subsequently, threads
    # calling wait() will block until set() is called to set the internal
    # flag to true again.
    #
    # wait(timeout=None): Block until the internal flag is true. If the
    # internal flag is true on entry, return immediately. Otherwise, block
    # until another thread calls set() to set the flag to true, or until the
    # optional timeout occurs. This method returns the internal flag on exit,
    # so it will always return True except if a timeout is given and the
    # operation times out.

    __init__ = _pygil.event_init     # self._core = a new native event

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self.is_set() else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    is_set = _pygil.event_is_set

    def isSet(self):
        """Return true if and only if the internal flag is true.

        This method is deprecated, use is_set() instead.

        """
        _warn('isSet() is deprecated, use is_set() instead', 'DeprecationWarning', 2)
        return self.is_set()

    set = _pygil.event_set
    clear = _pygil.event_clear
    wait = _pygil.event_wait


# A barrier class.  Inspired in part by the pthread_barrier_* api and
# the CyclicBarrier class from Java.  See
# http://sourceware.org/pthreads-win32/manual/pthread_barrier_init.html and
# http://java.sun.com/j2se/1.5.0/docs/api/java/util/concurrent/
#        CyclicBarrier.html
# for information.
# We maintain two main states, 'filling' and 'draining' enabling the barrier
# to be cyclic.  Threads are not allowed into it until it has fully drained
# since the previous cycle.  In addition, a 'resetting' state exists which is
# similar to 'draining' except that threads leave with a BrokenBarrierError,
# and a 'broken' state in which all threads get the exception.
class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.

    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is a callable which, when supplied, will be called by one of
        the threads after they have all entered the barrier and just prior to
        releasing them all. If a 'timeout' is provided, it is used as the
        default for all subsequent 'wait()' calls.

        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all
        simultaneously awoken. If an 'action' was provided for the barrier, one
        of the threads will have executed that callback prior to returning.
        Returns an individual index number from 0 to 'parties-1'.

        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()  # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # We release the barrier
                    self._release()
                else:
                    # We wait until someone releases us
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                # Wake up any threads waiting for barrier to drain.
                self._exit()

    # Block until the barrier is ready for us, or raise an exception
    # if it is broken.
    def _enter(self):
        while self._state in (-1, 1):
            # It is draining or resetting, wait until done
            self._cond.wait()
        # see if the barrier is in a broken state
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    # Optionally run the 'action' and release the threads waiting
    # in the barrier.
    def _release(self):
        try:
            if self._action:
                self._action()
            # enter draining state
            self._state = 1
            self._cond.notify_all()
        except:
            # an exception during the _action handler.  Break and reraise
            self._break()
            raise

    # Wait in the barrier until we are released.  Raise an exception
    # if the barrier is reset or broken.
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            # timed out.  Break the barrier
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    # If we are the last thread to exit the barrier, signal any threads
    # waiting for the barrier to drain.
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                # resetting or draining
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception
        raised.

        """
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    # reset the barrier, waking up threads
                    self._state = -1
                elif self._state == -2:
                    # was broken, set it to reset state
                    # which clears when the last thread exits
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting threads and threads
        attempting to 'wait()' will have BrokenBarrierError raised.

        """
        with self._cond:
            self._break()

    def _break(self):
        # An internal error was detected.  The barrier is set to
        # a broken state all parties awakened.
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        # We don't need synchronization here since this is an ephemeral result
        # anyway.  It returns the correct value in the steady state.
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2


# exception raised by the Barrier class
class BrokenBarrierError(RuntimeError):
    pass


# Thread-local data (CPython's _thread._local, written in Python).
#
# Each local object keeps one dict per thread, keyed by the thread's ident.
# Attribute access goes to the calling thread's dict; the first access from
# a thread other than the creating one runs the subclass's __init__ again
# with the constructor's arguments.  A threading.Thread drops its dicts when
# it ends (see Thread._bootstrap_inner).

class _localimpl:
    __slots__ = ('args', 'kw', 'dicts')

    def __init__(self, args, kw):
        self.args = args
        self.kw = kw
        self.dicts = {}


def _has_own_init(cls):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if '__init__' in klass.__dict__:
            return True
    return False


def _local_dict(self):
    """The calling thread's dict of local `self`, created on first use."""
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        thread = _active.get(ident)
        if thread is not None:
            thread._local_dicts = [*thread._local_dicts, impl.dicts]
        cls = type(self)
        if _has_own_init(cls):
            cls.__init__(self, *impl.args, **impl.kw)
    return d


def _local_typename(self):
    cls = type(self)
    if cls is _local:
        return '_thread._local'
    return cls.__name__


_missing = object()


def _is_data_descriptor(attr):
    if isinstance(attr, property):
        return True
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


class _local:
    """Thread-local data"""

    __module__ = '_thread'

    def __new__(cls, *args, **kw):
        if (args or kw) and not _has_own_init(cls):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict: __init__ runs through the normal call.
        impl.dicts[get_ident()] = {}
        thread = _active.get(get_ident())
        if thread is not None:
            thread._local_dicts = [*thread._local_dicts, impl.dicts]
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        clsattr = getattr(type(self), name, _missing)
        if clsattr is not _missing and _is_data_descriptor(clsattr):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        if clsattr is not _missing:
            return object.__getattribute__(self, name)
        getter = getattr(type(self), '__getattr__', None)
        if getter is not None:
            return getter(self, name)
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_typename(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_typename(self))
        d = _local_dict(self)
        clsattr = getattr(type(self), name, _missing)
        if clsattr is not _missing and _is_data_descriptor(clsattr):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_typename(self))
        d = _local_dict(self)
        clsattr = getattr(type(self), name, _missing)
        if clsattr is not _missing and _is_data_descriptor(clsattr):
            return object.__delattr__(self, name)
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_typename(self), name)) from None


local = _local


# Helper to generate new thread names (one counter, as CPython's _counter,
# an itertools.count: atomic)
_counter = _pygil.counter()


def _newname(name_template):
    return name_template % _counter()


# Active thread administration.
_active_limbo_lock = RLock()
_active = {}    # maps thread id to Thread object
_limbo = {}


# The padding below keeps three lines where CPython 3.11.7 has them
# (threading.py:982, `self._target(...)` in Thread.run, threading.py:1045,
# `self.run()` in Thread._bootstrap_inner, and threading.py:1349, `hook(args)`
# in invoke_excepthook), so that the traceback printed for an uncaught
# exception in a thread names the same lines as CPython's.
# tests/threading/ checks these line numbers.
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


# Main class for threads

class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways
    to specify the activity: by passing a callable object to the constructor, or
    by overriding the run() method in a subclass.

    """

    _initialized = False
    # The dicts of the threading.local objects this thread used (pygil's
    # local is written in Python): a tuple until the first one.
    _local_dicts = ()

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments. Arguments are:

        *group* should be None; reserved for future extension when a ThreadGroup
        class is implemented.

        *target* is the callable object to be invoked by the run()
        method. Defaults to None, meaning nothing is called.

        *name* is the thread name. By default, a unique name is constructed of
        the form "Thread-N" where N is a small decimal number.

        *args* is a list or tuple of arguments for the target invocation. Defaults to ().

        *kwargs* is a dictionary of keyword arguments for the target
        invocation. Defaults to {}.

        If a subclass overrides the constructor, it must make sure to invoke
        the base class constructor (Thread.__init__()) before doing anything
        else to the thread.

        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = None
        # pygil: natively (see _thread_init below the class), in this order:
        # self._target = target
        # self._name = name, or if None: _newname("Thread-%d") and, unless
        #     target is None or target.__name__ raises AttributeError,
        #     f" ({target.__name__})"
        # self._args = args
        # self._kwargs = kwargs
        # self._daemonic = daemon, or if None: current_thread().daemon when
        #     that is a plain read of its _daemonic (else True is returned)
        # self._ident = None
        # self._native_id = None
        # self._handle = None: the VM thread once started; join() waits for
        #     its end (CPython 3.11 waits on a lock the thread holds while it
        #     runs)
        # self._started = Event()
        # self._is_stopped = False
        # self._initialized = True
        if _thread_init(self, target, name, args, kwargs, daemon, Event):
            self._daemonic = current_thread().daemon

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the
        object's run() method to be invoked in a separate thread of control.

        This method will raise a RuntimeError if called more than once on the
        same thread object.

        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

        if self._started.is_set():
            raise RuntimeError("threads can only be started once")

        # pygil: natively when _active_limbo_lock is free, as below.
        if not _thread_start(self, _active_limbo_lock):
            with _active_limbo_lock:
                _limbo[self] = self
            try:
                # (pygil: straight to _bootstrap_inner; _bootstrap only calls it)
                self._handle = _start_thread(self._bootstrap_inner, self._daemonic, self._name)
            except Exception:
                with _active_limbo_lock:
                    del _limbo[self]
                raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity.

        You may override this method in a subclass. The standard run() method
        invokes the callable object passed to the object's constructor as the
        target argument, if any, with sequential and keyword arguments taken
        from the args and kwargs arguments, respectively.

        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _stop(self):
        # After _stop(), is_alive() returns False and join() returns (the
        # VM wakes the joiners when the thread's last frame returns).
        self._is_stopped = True

    def _bootstrap_inner(self):
        try:
            # pygil: natively, self._set_ident(), self._set_native_id(),
            # _set_thread_name(self._ident, self._name) (the name may have
            # changed between start() and now), self._started.set(), and
            # if _active_limbo_lock is free, the same as the lines below.
            if not _bootstrap_enter(self, _active_limbo_lock):
                with _active_limbo_lock:
                    _active[self._ident] = self
                    del _limbo[self]

            # Blank lines: see the comment above class Thread.






























            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            # pygil: natively when these are Thread's own, self has no
            # threading.local values and _active_limbo_lock is free.
            if not _bootstrap_exit(self, _active_limbo_lock):
                self._delete()
                self._stop()

    def _delete(self):
        "Remove current thread from the dict of currently running threads."
        ident = get_ident()
        with _active_limbo_lock:
            del _active[ident]
        if self._local_dicts:
            for dicts in self._local_dicts:
                dicts.pop(ident, None)
            self._local_dicts = ()

    def join(self, timeout=None):
        """Wait until the thread terminates.

        This blocks the calling thread until the thread whose join() method is
        called terminates -- either normally or through an unhandled exception
        or until the optional timeout occurs.

        When the timeout argument is present and not None, it should be a
        floating point number specifying a timeout for the operation in seconds
        (or fractions thereof). As join() always returns None, you must call
        is_alive() after join() to decide whether a timeout happened -- if the
        thread is still alive, the join() call timed out.

        When the timeout argument is not present or None, the operation will
        block until the thread terminates.

        A thread can be join()ed many times.

        join() raises a RuntimeError if an attempt is made to join the current
        thread as that would cause a deadlock. It is also an error to join() a
        thread before it has been started and attempts to do so raises the same
        exception.

        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

        if timeout is None:
            # self._wait_for_tstate_lock(), inline
            handle = self._handle
            if handle is not None and not self._is_stopped:
                _join_thread(handle, True, -1)
        else:
            # the behavior of a negative timeout isn't documented, but
            # historically .join(timeout=x) for x<0 has acted as if timeout=0
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        handle = self._handle
        if handle is None or self._is_stopped:
            return
        _join_thread(handle, block, timeout)

    @property
    def name(self):
        """A string used for identification purposes only.

        It has no semantics. Multiple threads may be given the same name. The
        initial name is set by the constructor.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started.

        This is a nonzero integer. See the get_ident() function. Thread
        identifiers may be recycled when a thread exits and another thread is
        created. The identifier is available even after the thread has exited.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started.

        This is a non-negative integer. See the get_native_id() function.
        This represents the Thread ID as reported by the kernel.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        This method returns True just before the run() method starts until just
        after the run() method terminates. See also the module function
        enumerate().

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread.

        This must be set before start() is called, otherwise RuntimeError is
        raised. Its initial value is inherited from the creating thread; the
        main thread is not a daemon thread and therefore all threads created in
        the main thread default to daemon = False.

        The entire Python program exits when only daemon threads are left.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon.

        This method is deprecated, use the daemon attribute instead.

        """
        _warn('isDaemon() is deprecated, get the daemon attribute instead', 'DeprecationWarning', 2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon.

        This method is deprecated, use the .daemon property instead.

        """
        _warn('setDaemon() is deprecated, set the daemon attribute instead', 'DeprecationWarning', 2)
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only.

        This method is deprecated, use the name attribute instead.

        """
        _warn('getName() is deprecated, get the name attribute instead', 'DeprecationWarning', 2)
        return self.name

    def setName(self, name):
        """Set the name string for this thread.

        This method is deprecated, use the name attribute instead.

        """
        _warn('setName() is deprecated, set the name attribute instead', 'DeprecationWarning', 2)
        self.name = name


# (padding: `hook(args)` below is at threading.py:1349, as in CPython 3.11.7)
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
# Uncaught exceptions in Thread.run()

class _ExceptHookArgs:
    """ExceptHookArgs

    Type used to pass arguments to threading.excepthook."""

    __module__ = '_thread'
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __init__(self, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(args))
        self._args = args

    exc_type = property(lambda self: self._args[0])
    exc_value = property(lambda self: self._args[1])
    exc_traceback = property(lambda self: self._args[2])
    thread = property(lambda self: self._args[3])

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._args[i]

    def __iter__(self):
        return iter(self._args)

    def __eq__(self, other):
        if isinstance(other, _ExceptHookArgs):
            return self._args == other._args
        return self._args == other

    __hash__ = None

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % self._args)


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        # silently ignore SystemExit
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=stderr)
    stderr.flush()


# Original value of threading.excepthook
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # As CPython's: the frame of a failing hook is named invoke_excepthook.
    def invoke_excepthook(thread, exc):
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            args = ExceptHookArgs([type(exc), exc, exc.__traceback__, thread])

            hook(args)
        except Exception as hook_exc:
            hook_exc.__suppress_context__ = True
            print("Exception in threading.excepthook:", file=_sys.stderr,
                  flush=True)
            sys_hook = getattr(_sys, 'excepthook', None)
            if sys_hook is not None:
                sys_hook(type(hook_exc), hook_exc, hook_exc.__traceback__)
            else:
                import traceback
                traceback.print_exception(type(hook_exc), hook_exc,
                                          hook_exc.__traceback__, file=_sys.stderr)
    return invoke_excepthook


_invoke_excepthook = _make_invoke_excepthook()


# The timer class was contributed by Itamar Shtull-Trauring

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting

    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# Special thread class to represent the main thread

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._handle = _thread_handle()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


# Dummy thread class to represent threads not started here (_thread).
# They are marked as daemon threads and cannot be joined.

class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        _set_thread_name(self._ident, self._name)
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# Global API functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading
    module, a dummy thread object with limited functionality is returned.

    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    This function is deprecated, use current_thread() instead.

    """
    _warn('currentThread() is deprecated, use current_thread() instead', 'DeprecationWarning', 2)
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive.

    The returned count is equal to the length of the list returned by
    enumerate().

    """
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive.

    This function is deprecated, use active_count() instead.

    """
    _warn('activeCount() is deprecated, use active_count() instead', 'DeprecationWarning', 2)
    return active_count()


def _enumerate():
    # Same as enumerate(), but without the lock. Internal use only.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by
    current_thread(), and the main thread. It excludes terminated threads and
    threads that have not yet been started.

    """
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Create the main thread object
# Natives for Thread (src/modules/thread.rs): __init__'s attributes, and
# the updates of _active and _limbo at a thread's start and end, each done
# natively only when the Python it replaces would run none of the
# program's code and would take _active_limbo_lock at once (an argument:
# _after_fork replaces the lock); else they return False (True for
# _thread_init: the daemon flag is left to set) and Thread's Python does it.
_thread_init, _thread_start, _bootstrap_enter, _bootstrap_exit = _pygil.thread_registry(
    _counter, _active, _limbo, Thread.daemon, Thread._delete, Thread._stop)

_main_thread = _MainThread()


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    return _main_thread


def _after_fork():
    """In a forked child only the forking thread exists (CPython's
    threading._after_fork): the others are stopped, and the forking thread
    is the main thread. Called by os.fork() in the child."""
    global _main_thread, _active_limbo_lock
    _active_limbo_lock = RLock()
    current = _active.get(get_ident())
    for t in list(_active.values()) + list(_limbo.values()):
        if t is not current:
            t._is_stopped = True
            t._handle = None
    if current is not None:
        current._handle = _thread_handle()
    _limbo.clear()
    _active.clear()
    if current is not None:
        _active[get_ident()] = current
        _main_thread = current
