# 案例18: 可重入锁 RLock
# 一个锁, 可以被一个线程多次申请
# 主要解决递归调用的时候, 需要申请锁的情况
# (如果把 RLock 换成 Lock, 第二次 acquire 就会把自己锁死)
import threading
import time

num = 0
mutex = threading.RLock()


def countdown(n):
    # 递归调用: 每一层都申请同一把锁
    mutex.acquire()
    try:
        if n == 0:
            return 0
        return n + countdown(n - 1)
    finally:
        mutex.release()


class MyThread(threading.Thread):
    def run(self):
        global num
        time.sleep(1)

        if mutex.acquire(1):
            num = num + 1
            msg = self.name + " set num to " + str(num)
            print(msg)
            # 已经拿着锁, 再申请一次(递归)
            print(self.name + " sum 0..10 = " + str(countdown(10)))
            mutex.release()


def testTh():
    for i in range(5):
        t = MyThread()
        t.start()


if __name__ == "__main__":
    testTh()
