# Bytes basics.
b = b"hello"
print(b, len(b), b[0], b[1:3], b[-1])
print(list(b))
print(b + b" world", b * 2)
print(b"\x00\xff\n", b'single', rb'raw\n')
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b.decode(), "héllo".encode("utf-8"))
print(b"ell" in b, 104 in b, b.find(b"l"), b.count(b"l"))
print(b == b"hello", b < b"help", b.startswith(b"he"))
print(repr(b"it's"), repr(b'"'), repr(b"\t\\"))
print(bytes.fromhex("deadbeef"), b"\xde\xad".hex())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, len(ba), bytes(ba))
print(b"  pad ".strip(), b"abc".isalpha(), b"123".isdigit())
for x in b"hi":
    print(x)
