# 案例06: 非守护线程
# 主线程结束以后, 非守护的子线程仍然会执行完毕, 程序才退出
import time
import threading


def fun():
    print("Start fun")
    time.sleep(2)
    print("end fun")


print("Main thread")

t1 = threading.Thread(target=fun, args=())
t1.start()

time.sleep(1)
print("Main thread end")
# 这里主线程已经结束, 但是还会打印 "end fun"
