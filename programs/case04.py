# 案例04: 使用 threading.Thread 生成线程实例
# t = threading.Thread(target=xxx, args=(xxx,))
# t.start() 启动多线程
# 没有 join: 主线程先打印 All done, 子线程继续执行, 全部结束后程序才退出
import time
import threading


def loop1(in1):
    # ctime 获取当前时间
    print("start loop 1 at :", time.ctime())
    print("我是参数 ", in1)
    time.sleep(4)
    print("end loop 1 at: ", time.ctime())


def loop2(in1, in2):
    print("start loop 2 at :", time.ctime())
    print("我是参数 ", in1, "和参数 ", in2)
    time.sleep(2)
    print("end loop 2 at: ", time.ctime())


def main():
    print("start at:", time.ctime())
    # 生成 threading.Thread 实例
    t1 = threading.Thread(target=loop1, args=("王老大",))
    t1.start()

    t2 = threading.Thread(target=loop2, args=("王大鹏", "王小鹏"))
    t2.start()

    print("All done at :", time.ctime())


if __name__ == "__main__":
    main()
