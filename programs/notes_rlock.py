import threading,time
 
def run1():
    rlock.acquire()
    global num1
    num1 += 1
    print(threading.currentThread().getName()+"num1",num1)
    rlock.release()
def run2():
    rlock.acquire()
    global num2
    num2 -= 1
    print(threading.currentThread().getName()+"num2",num2)
    rlock.release()
def run3(): # 使run1() run2() 同步
    rlock.acquire() 
    # time.sleep(0.5)
    run1()
    run2()
    rlock.release()

if __name__ == "__main__":
    num1, num2 = 0, 10
    rlock = threading.RLock() # 创建一个RLock对象
    for i in range(5):
        thread = threading.Thread(target=run3)
        thread.start()
if threading.active_count == i:
    print("all threading done")
