# int/float/str/bool/list/tuple/dict/set constructors.
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36), int("ff", 16))
print(int(3.7), int(-3.7), int(True), int("  12\n"), int("1_000"))
print(float("1.5"), float(" -2 "), float(3), float("inf"), float("-Infinity"), float("nan"))
print(str(1), str(1.0), str([1, "a"]), str(None), str(b"x"))
print(bool(1), bool(0.0), bool(" "), bool(()), bool({0: 0}))
print(list("ab"), list((1, 2)), list({"a": 1}.items()))
print(tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print(dict([("a", 1)]), dict(a=1), dict({"b": 2}, c=3))
print(sorted(set([3, 1, 3])), sorted(frozenset("cab")))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
for bad in ["x", "1.5", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
print(repr(str(3.0)), int(float("1e3")), complex(1, 2))
