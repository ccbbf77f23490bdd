# IndexError messages.
for f in (lambda: [][0], lambda: [1, 2][5], lambda: "ab"[3], lambda: (1,)[-2], lambda: [].pop(),
          lambda: range(3)[3]):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
try:
    lst[10] = 1
except IndexError as e:
    print(e)
i = 0
while True:
    print(lst[i])
    i += 1
