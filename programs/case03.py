import time
import _thread as thread

def loop1(in1):
    print("start loop at :", time.ctime())
    print("我是参数",in1)
    time.sleep(4)
    print("end loop at: ", time.ctime())
    
def loop2(in1,in2):
    # ctime 获取当前时间
    print("start loop at :", time.ctime())
    # 睡眠多长时间，单位秒
    print("我是参数 ",in1,"和参数 ",in2)
    time.sleep(2)
    print("end loop at: ", time.ctime())
    
def main():
    print("start at:", time.ctime)
    #启动多线程的意思是用多线程去执行某个函数
    # 启动多线程函数为start_new_thread
    #参数两个，一个是需要运行的函数，第二个是函数的参数作为元组使用
    # 为空则使用空元祖
    # 注意如果函数只有一个参数，需要参数后有一个逗号
    thread.start_new_thread(loop1,("王老大",))
    thread.start_new_thread(loop2,("王大鹏","王晓鹏",))
    print("All done at :", time.ctime())
    
if __name__ == "__main__":
    main()
    while True:
        time.sleep(10)
