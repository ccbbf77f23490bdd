# Benchmark: instances with methods and attribute updates (~2M calls).
class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def incr(self):
        self.value += self.step

    def get(self):
        return self.value


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)


def main():
    counters = [Counter(i % 5 + 1) for i in range(10)]
    p = Point(0, 0)
    acc = 0
    for i in range(400_000):
        c = counters[i % 10]
        c.incr()
        c.incr()
        acc += c.get()
        p.move(1, -2).move(-1, 1)
        acc += p.norm1() % 7
    total = sum(c.get() for c in counters)
    print("method_calls", total, p.x, p.y, acc)


main()
