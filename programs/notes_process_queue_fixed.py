# fixed: added the missing imports (Process, Queue, time) after this line
from multiprocessing import Process, Queue
import time
queue = Queue(3)  # 参数表明这个队列最多只能保存3条数据


def process_write():
    for i in range(3):
        queue.put(i)
        time.sleep(0.5)


def process_read():
    while not queue.empty():
        ret = queue.get()
        time.sleep(0.1)


p1 = Process(target=process_write)
p2 = Process(target=process_read)
p1.start()
p1.join()
p2.start()
p2.join()
