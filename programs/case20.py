# 案例20: 派生子类, 创建进程
# 继承 multiprocessing.Process, 重写 run 函数
import multiprocessing
from time import sleep, ctime


class ClockProcess(multiprocessing.Process):
    '''
    两个函数比较重要
    1. init 构造函数
    2. run
    '''

    def __init__(self, interval):
        super().__init__()
        self.interval = interval

    def run(self):
        for i in range(3):
            print("The time is %s" % ctime())
            sleep(self.interval)


if __name__ == '__main__':
    p = ClockProcess(1)
    p.start()

    for i in range(2):
        print('sleeping.......')
        sleep(1)

    p.join()
    print("main process done")
