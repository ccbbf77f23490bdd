print(int('  12 '), int('-0x1f', 16), int('0b101', 0), int('1_000'), int('z', 36), int(' -7\n'))
print(float(' 1.5 '), float('1e3'), float('-inf'), float('nan') == float('nan'), float('nan') != float('nan'))
n = float('nan'); print(n == n, n is n, [n] == [n], n in [n], max(1, n), max(n, 1), sorted([3, n, 1]))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 % 2, 7.5 // -2)
print(2**100, -2**63, 10**30 // 7, 10**30 % 7, (10**30).bit_length(), pow(3, 100, 7), pow(2, -1), pow(3, -1, 7))
print(abs(-2**80), hex(2**64), oct(-8), bin(-5), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(1/3, 2/3, 10/3, 1e308*10, 0.1*3, 1.0, 100.0, 1e16, 1.5e-10, 3.0e-5, 12345678901234567890.0)
print(int(3.99), int(-3.99), int(1e20), float(2**100), 7/2, 7//2, 2**0.5, (-8)**(1/3) if False else 0, 10**-2)
print(True + True, True * 3, -True, ~True, 3 == 3.0, hash(3) == hash(3.0), 0.1 + 0.2 == 0.3, round(0.1+0.2, 10) == 0.3)
print(int.__name__, (5).__add__(3), (5).real, (5).imag, (5).numerator, (2.5).as_integer_ratio(), (2.0).is_integer(), (7).bit_count())
print(sum([0.1]*10), sum(range(101)), min([], default=0), max('abc'), max([1, 2], [1, 3]), sum([[1], [2]], []))
import math
print(math.isclose(0.1+0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1,2,3,4]), math.fsum([0.1]*10))
for s in ['abc', '1.2.3', '', '12a']:
    try:
        int(s)
    except ValueError as e:
        print(e)
for s in ['abc', '']:
    try:
        float(s)
    except ValueError as e:
        print(e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(str(10**4300)[:5] if False else 'skip')
