# 案例01: 顺序执行, 耗时比较长
# loop1 和 loop2 一个接一个地执行, 总共大约需要 4 + 2 = 6 秒
import time


def loop1():
    # ctime 获取当前时间
    print("start loop 1 at :", time.ctime())
    # 睡眠多长时间, 单位秒
    time.sleep(4)
    print("end loop 1 at: ", time.ctime())


def loop2():
    print("start loop 2 at :", time.ctime())
    time.sleep(2)
    print("end loop 2 at: ", time.ctime())


def main():
    print("start at:", time.ctime())
    # 先执行 loop1, 执行完再执行 loop2
    loop1()
    loop2()
    print("All done at :", time.ctime())


if __name__ == "__main__":
    main()
