# abs, round, divmod, pow, min, max, sum.
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(2.675, 2), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 97))
print(pow(3, -1, 7))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"))
print(max(["aa", "b", "cccc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 5, 5, 2], key=lambda v: -v), max([], default=None))
print(max([(1, "b"), (1, "a")]), max(0, -0.0), min(-0.0, 0))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 100))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
