# An uncaught exception in the main thread: traceback, then the
# interpreter still waits for the non-daemon thread; exit status 1.
import threading
import time


def late():
    time.sleep(0.2)
    print('thread finished')


threading.Thread(target=late).start()
raise ValueError('main failed')
