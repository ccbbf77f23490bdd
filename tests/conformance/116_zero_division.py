# ZeroDivisionError messages for int and float.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.5 % 0, lambda: divmod(3, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2)]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
