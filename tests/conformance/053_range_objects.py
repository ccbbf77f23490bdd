# range objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3])
print(5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(range(10)[::2], range(10)[::-1], list(range(10)[-3:]))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1))
print(len(range(0, 10 ** 12, 7)), range(10 ** 20)[-1])
print(reversed(range(3)).__class__.__name__, list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
r2 = range(-5, 5, 2)
print(list(r2), r2.start, r2.stop, r2.step)
print(repr(range(0, 5)), str(range(1, 5, 2)))
