# TypeError: unsupported operand types (caught then uncaught).
for a, b in [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), ({}, {})]:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    "a" * 2.5
except TypeError as e:
    print(e)
try:
    1 < "x"
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
def total(price, qty):
    return price * qty + " dollars"
print(total(2, 3))
