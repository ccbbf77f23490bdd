import itertools, collections
s = "Hello, World! 你好"
print(s.lower().count("l"), s.upper(), s.swapcase(), s[::2], s[-3:], s.encode("utf-8")[:8])
print(s.ljust(20, ".") + "|", s.rjust(20) + "|", s.split(", "), s.strip("H!好"), "%r" % s)
print([ord(c) for c in "AZaz09"], "".join(chr(x) for x in range(65, 70)), str(b"bytes", "ascii"), bytes("é", "utf-8"))
b = bytearray(b"abc"); b[0] = 65; b.append(100); print(b, bytes(b), b.decode(), b * 2)
print(b"a,b".split(b","), b"xyz".upper(), b"hello".find(b"l"), bytes(3), bytes([65, 66]), b"\x00\xff".hex())
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True), bytes.fromhex("de ad"))
print(list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else "no batched")
matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
for row in matrix:
    print(" ".join(f"{v:3}" for v in row))
print(list(map(sum, matrix)), [sum(col) for col in zip(*matrix)], max(map(max, matrix)))
print(collections.Counter(w for w in "a b a c b a".split()).most_common(), dict(collections.Counter("aab")))
d = collections.OrderedDict.fromkeys("abc", 0)
d["b"] += 1; d.move_to_end("a", last=False)
print(d, list(d.items())[0])
print(divmod(-17, 5), -17 // 5, -17 % 5, 17 % -5, pow(-2, 3), pow(2, 0.5), 10 ** -1, (-8) ** (1 / 3) if False else "")
print(0.1 * 3, 1.1 + 2.2, 3.3 * 3, 1e-320, 2.5e-5, 100 * 1.1, 0.57 * 100, round(0.57 * 100), int(0.57 * 100))
print(float("0.1") + float("0.2") == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 7 / 2, 7 // 2, -7 / 2, 2 ** 62, 2 ** 63, -2 ** 64)
print(sum(i * i for i in range(1, 1001)), len(str(2 ** 1000)), str(2 ** 100)[::-1][:10], 3 ** 40 % 1000000007)
x = 12345678901234567890
print(x // 7, x % 7, -x // 7, x * x, x ** 2 == x * x, hex(x), x.bit_length(), float(x), int(float(x)))
