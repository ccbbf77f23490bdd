# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n =", n)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
count = 3
while count:
    count -= 1
else:
    print("count exhausted", count)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
