# Exceptions and their messages.
import threading
import queue


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except BaseException as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


def f():
    pass


t = threading.Thread(target=f)
show('join before start', t.join)
t.start()
show('start twice', t.start)
t.join()
show('start after end', t.start)
show('daemon after start', setattr, t, 'daemon', True)
show('join current', threading.current_thread().join)
show('join main from main', threading.main_thread().join, 0.01)
show('group', threading.Thread, group=1)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
show('noinit start', n.start)
show('noinit repr', repr, n)
show('noinit name', getattr, n, 'name')
show('noinit join', n.join)
show('noinit daemon set', setattr, n, 'daemon', True)
show('noinit is_alive', n.is_alive)

lock = threading.Lock()
show('lock release', lock.release)
r = threading.RLock()
show('rlock release', r.release)
show('sem negative', threading.Semaphore, -1)
s = threading.BoundedSemaphore(2)
show('bsem release', s.release)
s.acquire()
show('bsem release ok', s.release)
show('bsem release 2', s.release)
show('sem timeout nonblocking', threading.Semaphore().acquire, False, 1)
show('sem release 0', threading.Semaphore().release, 0)
c = threading.Condition()
show('cond wait', c.wait)
show('cond notify', c.notify)
show('cond notify_all', c.notify_all)
c2 = threading.Condition(threading.Lock())
show('cond(lock) wait', c2.wait, 0.01)
show('cond(lock) notify', c2.notify)
q = queue.Queue()
show('task_done', q.task_done)
q.put(1)
q.task_done()
show('task_done 2', q.task_done)
show('get timeout negative', q.get, True, -1)
show('put timeout negative', queue.Queue(1).put, 1, True, -1)
q2 = queue.Queue(1)
q2.put(1)
show('put timeout negative, not full', queue.Queue(2).put, 1, True, -1)
show('put_nowait full', q2.put_nowait, 2)
show('get_nowait empty', queue.Queue().get_nowait)
show('simple get_nowait', queue.SimpleQueue().get_nowait)
show('simple get timeout', queue.SimpleQueue().get, True, 0.01)
show('simple get negative', queue.SimpleQueue().get, True, -1)
show('simple nonblock timeout', queue.SimpleQueue().get, False, 5)
show('Empty', repr, queue.Empty)
show('Full', repr, queue.Full)
show('SimpleQueue', repr, queue.SimpleQueue)
show('Empty mro', lambda: [k.__name__ for k in queue.Empty.__mro__])
show('ThreadError', lambda: threading.ThreadError is RuntimeError)
show('BrokenBarrierError', lambda: [k.__name__ for k in threading.BrokenBarrierError.__mro__])
show('local args', threading.local, 1)
show('local kwargs', threading.local, a=1)
show('TIMEOUT_MAX', lambda: threading.TIMEOUT_MAX)
show('lock timeout too big', threading.Lock().acquire, True, threading.TIMEOUT_MAX * 2)
show('lock nonblocking timeout', threading.Lock().acquire, False, 1)
show('lock negative timeout', threading.Lock().acquire, True, -2)
