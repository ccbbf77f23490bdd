# 案例17: threading.Timer
# 利用多线程, 在指定时间后启动一个功能
import threading
import time


def func():
    print("I am running.........")
    time.sleep(1)
    print("I am done......")


if __name__ == "__main__":
    print("主程序开始...")
    # 2 秒以后启动 func
    t = threading.Timer(2, func)
    t.start()

    for i in range(4):
        print("{0}***************".format(i))
        time.sleep(1)

    t.join()
    print("主程序结束...")
