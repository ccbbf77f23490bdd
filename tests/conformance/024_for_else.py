# for loops: else, break, continue, nested.
for i in range(3):
    print("iter", i)
else:
    print("else runs")
for i in range(10):
    if i == 4:
        print("break at", i)
        break
else:
    print("never")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for ch in "a1b2":
    if ch.isdigit():
        continue
    print("letter", ch)
for i, j in [(1, 2), (3, 4)]:
    print(i + j)
for i in range(3):
    pass
print("i after loop:", i)
for k in {"x": 1, "y": 2}:
    print("key", k)
for x in []:
    print("empty")
else:
    print("empty else")
total = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        total += j
print(total)
