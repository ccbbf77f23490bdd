import threading
import time
# 第一种方式: 直接调用
def funname(num):
    print('running on number:{0}'.format(num))
    time.sleep(5)
t1 = threading.Thread(target=funname,args=(1,)) #生成一个线程实例
t1.start() #启动线程
 
 # 第二种: 继承式调用
 class MyThread(threading.Thread):
    def __init__(self,num):
        threading.Thread.__init__(self)
        self.num = num
 
    def run(self):#定义每个线程要运行的函数
        print("running on number:%s" %self.num)
        time.sleep(3)
 t2 = MyThread(2)
 t2.start()
