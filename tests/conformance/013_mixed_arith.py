# Mixed int/float arithmetic with negatives.
vals = [7, -7, 2.5, -2.5, 3]
for a in vals:
    for b in (2, -2, 1.5):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 3.0, 4 ** 0.5, (-8) ** 2, 9 ** -0.5)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, -3 ** 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(True + 1.5, 3 * "ab", [0] * 3, 2 * (1, 2))
print(5 // 0.3, 5 % 0.3)
