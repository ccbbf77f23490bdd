# 案例21: 在 os 中查看 pid, ppid 以及他们的关系
# 子进程的 ppid 就是父进程的 pid
from multiprocessing import Process
import os


def info(title):
    print(title)
    print('module name:', __name__)
    # 得到父进程的 id
    print('parent process ppid:', os.getppid())
    # 得到本身进程的 id
    print('process pid:', os.getpid())


def f(name):
    info('function f')
    print('hello', name)


if __name__ == '__main__':
    info('main line')
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
    # 子进程 f 打印的 ppid 等于这里打印的主进程 pid
    print('main process pid:', os.getpid(), 'child process pid:', p.pid)
