# cmath's functions on ordinary values, on their branch cuts (where the
# sign of a zero imaginary part picks the side), on huge and tiny values,
# on infinities and NaNs, and their errors.
import cmath
import math

inf, nan = math.inf, math.nan
values = [0j, complex(-0.0, -0.0), 1, -1, complex(-1, -0.0), 2.5, -2.5, complex(2.5, -0.0),
          1j, -1j, complex(-0.0, 2), 3 + 4j, -3 - 4j, 0.5 - 0.25j, 1e-320 + 1e-320j,
          1e300 + 1e300j, 710 + 1j, complex(inf, 0), complex(-inf, 1), complex(1, inf),
          complex(nan, 0), complex(inf, nan)]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name)
    for v, r in zip(values, out):
        print(f"  {v!r:>22} -> {r}")

print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(-1, 2), cmath.log(1j, 1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(inf, 0)), cmath.isnan(complex(0, nan)),
      cmath.isfinite(complex(1, nan)), cmath.isinf(3))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Signal:
    def __complex__(self):
        return 3 + 4j


print(cmath.sqrt(Meters(16)), cmath.sqrt(Signal()), cmath.sqrt(True), cmath.phase(Signal()))

for bad in [lambda: cmath.sqrt("4"), lambda: cmath.sqrt(), lambda: cmath.log(0),
            lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.exp(1000),
            lambda: cmath.log(2, 1), lambda: cmath.atanh(1), lambda: cmath.cosh(1000 + 0j),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.polar(None),
            lambda: cmath.rect(1, inf)]:
    try:
        print(bad())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
