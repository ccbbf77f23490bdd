# chr, ord, hex, oct, bin, format.
print(chr(65), chr(97), chr(8364), chr(0x4e2d), ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(format(255, "x"), format(255, "#X"), format(10, "b"), format(10, "08b"))
print(format(3.14159, ".2f"), format(1234567, ","), format(0.5, ".0%"), format("s", ">3"))
print(format(42), format(42, ""), format(1e100, "g"), format(12.0, "g"))
print(format(-1.5, "+.1e"), format(1.5, "=+8.2f"), format(42, "^+7d"))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(int(hex(1234), 16), int(oct(99), 8), int(bin(77), 2))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
