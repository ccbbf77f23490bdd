# 案例09: 直接继承自 threading.Thread
# 1. 直接继承 Thread
# 2. 重写 run 函数
# 3. 类实例可以直接运行
import threading
import time


# 1. 类需要继承自 threading.Thread
class MyThread(threading.Thread):
    def __init__(self, arg):
        super(MyThread, self).__init__()
        self.arg = arg

    # 2. 必须重写 run 函数, run 函数代表的是真正执行的功能
    def run(self):
        time.sleep(1)
        print("The args for this class is {0}".format(self.arg))


for i in range(5):
    t = MyThread(i)
    t.start()
    t.join()

print("Main thread is done!!!!!!!!")
