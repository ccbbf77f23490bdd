# Binary search and bisect.
import bisect
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 200, 3))
for t in (0, 99, 100, 198, 199, -5):
    print(t, bsearch(xs, t))
print(bisect.bisect_left(xs, 9), bisect.bisect_right(xs, 9), bisect.bisect(xs, 10))
s = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(s, v)
print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in (33, 60, 77, 89, 90, 100)])
