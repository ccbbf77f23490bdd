# if / elif / else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if "text": print("one-line if")
y = 3
if y > 1:
    if y > 2:
        print("nested y>2")
    else:
        print("nested else")
if not None and 1:
    print("combined")
def fizz(i):
    if i % 15 == 0: return "FizzBuzz"
    if i % 3 == 0: return "Fizz"
    if i % 5 == 0: return "Buzz"
    return str(i)
print(" ".join(fizz(i) for i in range(1, 16)))
