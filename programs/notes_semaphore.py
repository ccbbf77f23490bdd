import threading,time
def run(n):
    semaphore.acquire()
    time.sleep(1)
    print("run the thread: %s\n" %n)
    semaphore.release()

num= 0
semaphore  = threading.BoundedSemaphore(5) #创建Semaphore对象，设置最多允许5个线程同时运行,BoundedSemaphore默认最多允许1线程。
