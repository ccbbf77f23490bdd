# Quadratic and cubic roots with cmath, phasors in polar form, and the
# roots of unity: the everyday uses of complex math.
import cmath
import math


def quadratic(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2), (3, -1, 7), (1, 1e8, 1)]:
    r1, r2 = quadratic(*coeffs)
    a, b, c = coeffs
    check = [abs(a * r * r + b * r + c) < 1e-6 * max(1, abs(b)) for r in (r1, r2)]
    print(coeffs, "->", r1, r2, check)

# Cardano's formula for x**3 + p*x + q = 0, all three roots.
def cubic_roots(p, q):
    d = cmath.sqrt((q / 2) ** 2 + (p / 3) ** 3)
    u = (-q / 2 + d) ** (1 / 3)
    w = cmath.exp(2j * cmath.pi / 3)
    roots = []
    for k in range(3):
        uk = u * w ** k
        vk = -p / (3 * uk) if uk != 0 else 0
        roots.append(uk + vk)
    return roots

for p, q in [(-6, 4), (0, -8), (3, 2)]:
    roots = cubic_roots(p, q)
    print((p, q), [complex(round(r.real, 9), round(r.imag, 9)) for r in roots])

# Phasors: impedances of a series RLC circuit at a few frequencies.
R, L, C = 100.0, 0.2, 10e-6
for f in (50, 112.5, 400):
    w = 2 * math.pi * f
    z = complex(R, w * L - 1 / (w * C))
    mag, ang = cmath.polar(z)
    print(f"f={f:6.1f} Hz  Z={z:.3f}  |Z|={mag:.3f}  phase={math.degrees(ang):+.2f} deg "
          f"back={cmath.rect(mag, ang):.3f}")

# The n-th roots of unity sum to zero and multiply to (-1)**(n+1).
for n in (3, 4, 6):
    roots = [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]
    total = sum(roots)
    prod = 1
    for r in roots:
        prod *= r
    print(n, [f"{r:.3f}" for r in roots], cmath.isclose(total, 0, abs_tol=1e-12),
          cmath.isclose(prod, (-1) ** (n + 1)))

print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(-2))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(3, -0.0))
print(cmath.exp(1j * cmath.pi) + 1, abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
