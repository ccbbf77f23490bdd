# 案例16: Semaphore(信号灯)
# 允许一个资源最多由几个线程同时使用
# 8 个线程, 但同时最多只有 3 个线程能拿到 semaphore
import threading
import time

# 参数定义最多几个线程同时使用资源
semaphore = threading.Semaphore(3)


def func():
    if semaphore.acquire():
        for i in range(3):
            print(threading.current_thread().name + " get semaphore")
        time.sleep(1)
        semaphore.release()
        print(threading.current_thread().name + " release semaphore")


for i in range(8):
    t1 = threading.Thread(target=func)
    t1.start()
