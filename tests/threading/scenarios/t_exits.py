# The process waits for non-daemon threads and drops daemon threads.
import threading
import time


def late(msg, secs):
    time.sleep(secs)
    print(msg)


threading.Thread(target=late, args=('non-daemon printed', 0.2)).start()
threading.Thread(target=late, args=('daemon never printed', 1.0), daemon=True).start()
t = threading.Thread(target=late, args=('setDaemon never printed', 1.0))
t.daemon = True
t.start()
print('main done')
