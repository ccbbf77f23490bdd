# 案例07: 守护线程
# 子线程被设置为守护线程, 主线程结束的时候子线程自动退出
# 所以 "end fun" 不会被打印
# 守护线程案例能否有效果跟环境相关
import time
import threading


def fun():
    print("Start fun")
    time.sleep(2)
    print("end fun")


print("Main thread")

t1 = threading.Thread(target=fun, args=())
# 设置守护线程的方法, 必须在 start 之前设置, 否则无效
# 老的写法是 t1.setDaemon(True)
t1.daemon = True
t1.start()

time.sleep(1)
print("Main thread end")
