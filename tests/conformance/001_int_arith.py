# Integer arithmetic, including negatives and big ints.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(divmod(-17, 5), divmod(17, -5))
print(2 ** 100)
print(2 ** 100 - 1, -(2 ** 100))
big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(10 ** 30 // 3)
print(0 - 0, -0, +5, -(-5))
print(7 / 2, -7 / 2, 6 / 3)
print(2 ** -1, 2 ** 0, 0 ** 0)
print((-2) ** 3, -2 ** 2)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011, 0XFF)
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x.bit_length())
print(int("123") + 1, int("-42"), int("  7  "))
