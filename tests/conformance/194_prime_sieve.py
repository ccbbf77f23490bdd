# Sieve of Eratosthenes and prime factorization.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
primes = sieve(100)
print(primes, len(primes))
print(len(sieve(10000)), sieve(10000)[-1])
for n in (360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twin = [(p, p + 2) for p in primes if p + 2 in primes]
print(twin)
