import os
import time
ret = os.fork()  # 创建新的进程  一次调用，两次返回
if ret == 0:
    for i in range(3):
        print("放音乐")
        time.sleep(0.1)
else:
    for i in range(3):
        print("跳舞")
        time.sleep(0.1)
