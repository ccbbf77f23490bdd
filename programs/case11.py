# -*- coding: utf-8 -*-
# 案例11: 共享变量
# 当多个线程同时访问一个变量的时候, 会产生共享变量的问题
# 两个线程各自执行一百万次 sum += 1 和 sum -= 1, 结果不一定是 0:
# sum += 1 分成 "读取 sum, 加 1, 写回 sum" 几步, 如果 GIL 在读取和写回之间
# 切换到另一个线程, 另一个线程的修改就丢失了
# (Python 2.7 上结果几乎总不是 0; CPython 3.10+ 只在循环回跳和函数调用时切换线程, 所以打印 0)
import threading

sum = 0
loopSum = 1000000


def myAdd():
    global sum, loopSum
    for i in range(loopSum):
        sum += 1


def myMinu():
    global sum, loopSum
    for i in range(loopSum):
        sum -= 1


if __name__ == '__main__':
    print("Starting ....{0}".format(sum))

    # 开始多线程的实例, 看执行结果是否一样
    t1 = threading.Thread(target=myAdd, args=())
    t2 = threading.Thread(target=myMinu, args=())

    t1.start()
    t2.start()

    t1.join()
    t2.join()

    print("Done .... {0}".format(sum))
