import threading
import time
def fun1():
    print("函数一启动")
    time.sleep(3)
    print("结束1")
def fun2():
    print("函数二启动")
    time.sleep(2)
    print("等待函数一")
    print("结束2")
def main():
    print("主程序启动")
    t1 = threading.Thread(target=fun1,args=())
    t2 = threading.Thread(target=fun2,args=())
    
    t1.start()
    t2.start()
    
    t1.join()
    t2.join()
    
    print("主程序结束")

    
if __name__ == "__main__":
    main()
