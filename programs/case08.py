# 案例08: 线程常用属性
# threading.currentThread: 返回当前线程变量
# threading.enumerate: 返回一个包含正在运行的线程的 list
# threading.activeCount: 返回正在运行的线程数量, 效果跟 len(threading.enumerate()) 相同
# thr.setName: 给线程设置名字
# thr.getName: 得到线程的名字
# thr.isAlive(): 返回线程是否活动的
import time
import threading


def loop1():
    print("Start loop 1 at :", time.ctime())
    time.sleep(6)
    print("End loop 1 at:", time.ctime())


def loop2():
    print("Start loop 2 at :", time.ctime())
    time.sleep(1)
    print("End loop 2 at:", time.ctime())


def loop3():
    print("Start loop 3 at :", time.ctime())
    time.sleep(5)
    print("End loop 3 at:", time.ctime())


def main():
    print("Starting at:", time.ctime())
    # 生成 threading.Thread 实例
    t1 = threading.Thread(target=loop1, args=())
    # setName 是给每一个子线程设置一个名字
    t1.setName("THR_1")
    t1.start()

    t2 = threading.Thread(target=loop2, args=())
    t2.setName("THR_2")
    t2.start()

    t3 = threading.Thread(target=loop3, args=())
    t3.setName("THR_3")
    t3.start()

    # 预期 3 秒后, thread2 已经自动结束
    time.sleep(3)
    print("当前线程:", threading.currentThread().getName())
    # enumerate 得到正在运行的子线程, 即子线程1和子线程3
    for thr in threading.enumerate():
        # getName 能够得到线程的名字
        print("正在运行的线程名字是: {0}".format(thr.getName()))

    print("正在运行的子线程数量为: {0}".format(threading.activeCount()))

    # isAlive 返回线程是否活动
    print("THR_1 是否活动:", t1.isAlive())

    print("All done at:", time.ctime())


if __name__ == "__main__":
    main()
