from multiprocessing import Process
import os
import time
def sub_process_fun(num, a):
    for i in range(10):
        print("子进程：hello")
        time.sleep(0.1)
def main():
    p = Process(target=sub_process_fun, args=(100,), kwargs={"a": 200})  # 创建一个子进程对象
    p.start()  # 真正的创建出子进程，子进程可以开始执行代码
    p.join()  # 回收子进程资源  阻塞
if __name__ == '__main__':
    main()
