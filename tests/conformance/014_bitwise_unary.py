# Bitwise and unary operators.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 5, -16 >> 2, -1 << 4, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-13 & 0xFF, -13 | 3, -13 ^ 7)
x = 5
print(-x, +x, ~x, not x, - -x, -(-x))
print(~True, -True, +False)
print(1 << 100 >> 98)
print(0xFF & ~0x0F)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, [i for i in range(8) if flags >> i & 1])
print(3 & 5 | 2 ^ 7, 1 + 2 << 3, 6 & 3 == 2)
