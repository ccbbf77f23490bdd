# Benchmark: a tight countdown loop inside a function (local variable).
def countdown(n):
    while n > 0:
        n -= 1
    return n


n = 10_000_000
print("countdown", countdown(n))
