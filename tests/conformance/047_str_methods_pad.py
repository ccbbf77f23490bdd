# ljust/rjust/center/zfill/format/encode.
for w in ["a", "abc", "abcdef"]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5, ".") + "]", "[" + w.center(6, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(6), "12345".zfill(3))
print("ab".center(5), "ab".center(6), "abc".center(6, "-"), "x".center(4, "="))
print("{} and {}".format("spam", "eggs"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f} {:+d}".format(3.14159, 1234567, -3.5, 4))
print("{0[1]} {1[key]} {2.real}".format([7, 8], {"key": "v"}, 5))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
print("{:x} {:o} {:b} {:e} {:%}".format(255, 8, 5, 12345.678, 0.25))
print("hello".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"))
print("héllo".encode("ascii", errors="replace"), "héllo".encode("ascii", "ignore"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("{:*^11}".format("mid"), format(3.5, "06.2f"))
