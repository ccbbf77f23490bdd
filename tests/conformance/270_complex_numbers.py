# complex numbers: literals, arithmetic with int/float, repr, parsing, errors.
print(1j, -1j, 0j, -0j, 1+2j, 1.5-2.5j, complex(1,2), complex(), complex(0.0,-0.0), complex(-0.0, 0.0))
print(complex(float('nan'), float('inf')), complex(1e16, 1e-7), complex(1e300, 3))
print(abs(3+4j), (1+2j)*(3-1j), (1+2j)/(3-1j), (1+2j)**2, (1+2j)**0.5, 2**(1+1j), (1+1j)**-1)
print((-8)**0.5, (-8.0)**(1/3), 1j.real, 1j.imag, (1+2j).conjugate(), type(1j), hash(1+2j), hash(3+0j), hash(1j))
print(1+0j == 1, 1j == 1j, (1+2j) != 2, complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3J"), complex("nan+infj"))
print(repr(complex(2.0)), str(2+0j), bool(0j), bool(1j), f"{1+2j}", "%s" % (1j,), [1j, 2+3j], 1j*1j, 3 - 1j, 1j + True)
for bad in ["x", "1+", "1+2", "1 + 2j", ""]:
    try: complex(bad)
    except ValueError as e: print("VE", e)
for f in [lambda: 1j < 2j, lambda: (1+1j)/0, lambda: (1+1j)//2, lambda: int(1j), lambda: float(1j), lambda: complex([1]), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: round(1j), lambda: 0j ** -1, lambda: (1+1j) % 2, lambda: abs(complex(1e308, 1e308)), lambda: complex(1e200, 0)**2, lambda: 1j > 1]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(complex(1j, 1j), complex(1, 1j), complex(True), sum([1j, 2, 3.5]), pow(1j, 2), divmod)
print(format(1+2j, '.2f'), format(1+2j, ''), format(1.5+2j, '>12'), f"{3-4j:10.3f}|", format(1j, 'g'), format(1+2j,'e'))
print(-(1+2j), +(1j), (2+3j).real.is_integer(), 1e16j, 1e-5j, 123456789012345678j, (0.1+0.2j)*3)
import math
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, c.real, isinstance(c, complex))
d = {1j: "a", 2: "b"}
print(d[1j], d.get(2+0j), {1+0j, 1, 1.0})
print(sum([1j] * 3), max([1, 2]), [x * 1j for x in range(3)])
z = 3 + 4j
print(f"{z}", f"{z!r}", "{:.1f}".format(z), "%r" % z, str(z))
print(z.__class__, complex.__name__, 1j ** 2, (2j) ** 0.5, 1 / 1j, 5 - 2j * 3)
try:
    math.sqrt(1j)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print("TypeError", e)
print(complex("1e3"), complex(" 2 "), complex(C(1, 1)), (1+1j).__complex__() if hasattr(1j, "__complex__") else None)
import json
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
print(divmod(7, 2), 0j == 0, 1j != 1j, (1+0j) == True, complex(10**20), hash(1.5+0j) == hash(1.5))
x = 2j
x *= 2
x += 1
print(x, -x, abs(-x), round(abs(1+1j), 3))
