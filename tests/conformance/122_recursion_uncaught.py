# Uncaught RecursionError: traceback with [Previous line repeated N more times].
def forever(n):
    return forever(n + 1)

print("start")
forever(0)
