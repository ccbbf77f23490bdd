# RecursionError caught: only type and a short message.
import sys
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, str(e).split(" while")[0])
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", type(e).__name__)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
print("still alive")
