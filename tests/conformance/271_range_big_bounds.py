# range objects beyond 64-bit bounds.
r = range(10**20)
print(r, r[-1], r[10**19], 10**19 in r, -1 in r, r.index(10**18), r.count(5), bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(r[::10**19], r[5:10], list(r[5:10]), r[-3:], list(reversed(range(10**20, 10**20 + 3))))
b = range(2**63 - 2, 2**63 + 2)
print(len(b), list(b), b == range(2**63 - 2, 2**63 + 2), b[1], iter(b).__class__.__name__)
print(range(-2**63, 2**63)[2**63], len(range(0, 2**64, 2**62)))
for x in range(10**18, 10**18 + 3): print(x)
print(sum(range(2**64, 2**64 + 5)), max(range(2**70, 2**70+3)))
try: r[10**20]
except IndexError as e: print("IndexError", e)
try: range(1.5)
except TypeError as e: print("TypeError", e)
try: range(0, 10**30, 0)
except ValueError as e: print("ValueError", e)
print(range(5)[True], range(0, 10, 3) == range(0, 11, 3), range(2**64) == range(2**64), 3 in range(10**30), 3.0 in range(10))
