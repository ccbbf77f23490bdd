# math module.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1, rel_tol=0.2))
print(math.isinf(math.inf), math.isnan(float("nan")), math.isfinite(1.0))
print(math.trunc(-3.7), math.fabs(-2), math.pow(2, 10), math.hypot(3, 4))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(round(math.sin(math.pi / 2), 10), math.cos(0), round(math.atan2(1, 1), 10))
print(math.degrees(math.pi), math.radians(180))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isqrt(17), math.copysign(3, -0.0), math.modf(3.5), math.frexp(8.0))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
