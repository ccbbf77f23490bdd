# Benchmark: two 10M countdowns one after the other, in the main thread.
# Baseline for the GIL benchmarks (the same work split over two threads).
def countdown(n):
    while n > 0:
        n -= 1
    return n


COUNT = 10_000_000
a = countdown(COUNT)
b = countdown(COUNT)
print("sequential_countdown", a, b, 2 * COUNT)
