# 案例24: 哨兵的改进
# 有几个消费者, 就放几个哨兵: 每个消费者拿到一个 None 就退出
import multiprocessing
from time import ctime


def consumer(input_q):
    print("Into consumer:", ctime())
    while True:
        item = input_q.get()
        if item is None:
            break
        print("pull", item, "out of q")
    print("Out of consumer:", ctime())


def producer(sequence, output_q):
    for item in sequence:
        print("Into producer:", ctime())
        output_q.put(item)
        print("put", item, "into q")
    print("Out of producer:", ctime())


if __name__ == '__main__':
    q = multiprocessing.Queue()
    cons_p1 = multiprocessing.Process(target=consumer, args=(q,))
    cons_p1.start()

    cons_p2 = multiprocessing.Process(target=consumer, args=(q,))
    cons_p2.start()

    sequence = [1, 2, 3, 4]
    producer(sequence, q)

    # 每个消费者一个哨兵
    q.put(None)
    q.put(None)

    cons_p1.join()
    cons_p2.join()
    print("Ended")
