print(2 ** 100, -2 ** 63, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 20) // 3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(-7 // 2, -7 % 2, 7 % -3, -7.0 // 2, -7.0 % 2, 5 % 0.3)
print(int("  12 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), int(3.99), int(-3.99), int(True))
print(float("inf"), float("-inf"), float("nan"), float(" 1e-3 "), float("1_0.5"), float("-0"), 1e16, 1e-5, 123456789.0 * 10)
print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e22, 1e21, 1.5e-7, 3.0 * 1.1, round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(3.14159, 3), round(7), type(round(7.2)))
print(abs(-3), abs(-3.5), pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(3, -1, 7), 7 ** 0.5, (-8) ** (1/3) if False else 0)
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 0.0 == -0.0, str(-0.0))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(hex(255), oct(8), bin(10), hex(-255), format(255, "x"), format(3.5, "e"), format(1/3, ".10g"), format(1e20, "g"), format(123456789, "_"))
print(3 == 3.0, 1 < 2.5, True + True, 10 / 4, 10 // 4, 2 ** -2, 0 ** 0, (-2) ** 2, -2 ** 2)
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.1).hex() if hasattr(float, "hex") else "", float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "")
print(max(1, 2.0), min(3, 2.0, key=float), sum([0.1] * 10), sum(range(101)), 12345678901234567890 * 98765432109876543210)
print(str(10 ** 25), repr(1.0e-10), 1e100, 1.7976931348623157e308, 5e-324, 2 ** 0.5)
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(12, 18), math.factorial(20), math.pi, math.e)
print(math.isclose(0.1 + 0.2, 0.3), math.inf, math.isnan(float("nan")), math.hypot(3, 4), math.log(100, 10), math.log2(1024), math.comb(5, 2), math.perm(5, 2))
print(int(1e20), int(-1.5e19), 2 ** 64 - 1, (2 ** 64) >> 3, 1 << 70, ~5, 5 & 3, 5 | 3, 5 ^ 3, -5 >> 1)
print(7 / 7, 1 / 8, 1e15 + 0.3, 123e-20, 9007199254740993, float(9007199254740993))
print("%.2f %5.1f %g %G %s" % (1.005, 2.25, 0.0001, 1e-10, 1.0))
print(round(-2.5), round(3.5), round(1e300), -0.0 + 0, 1 - 1.0)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
