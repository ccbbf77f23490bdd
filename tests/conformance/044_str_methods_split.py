# str split/rsplit/join/partition/splitlines.
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split())
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(map(str, [1, 2])))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
print("a\tb c\nd".split())
print("1.2.3".split(".", maxsplit=1))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
