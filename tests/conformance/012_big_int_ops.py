# Huge integer operations.
n = 2 ** 200
print(n)
print(len(str(n)), n.bit_length())
print(n // 3 ** 50, n % 3 ** 50)
print(-n // 7, -n % 7, n // -7)
print(divmod(n, 10 ** 20))
print(n >> 150, 1 << 130, n & (2 ** 64 - 1), (n - 1) & 0xFFFF)
print(~n, -n | 5, n ^ (n - 1))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 5, 1000))
print(int("9" * 40) + 1)
print(int("-" + "1" * 30) * 3)
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[150])
print(abs(-10 ** 25), hex(2 ** 70), bin(2 ** 65 + 1))
print(10 ** 25 == 10.0 ** 25, 2 ** 64 > 1.8e19)
print(float(2 ** 80), int(1e25))
print(2 ** 100 / 2 ** 98)
print(sum(range(10 ** 6)))
print(max(2 ** 90, 2 ** 89 * 3), min(-2 ** 70, 5))
