rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 1000.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 39)
for name, q, p in rows:
    print(f"{name:<12}{q:>5d}{p:>10.2f}{q * p:>12,.2f}")
print(f"{'TOTAL':<12}{sum(r[1] for r in rows):>5}{'':>10}{sum(r[1] * r[2] for r in rows):>12,.2f}")
print("{0} {1} {0}".format("a", "b"), "{name}={value!r}".format(name="x", value="y"), "{:*^20}".format(" hi "))
print("{0[1]} {0[0]} {1.real}".format(["p", "q"], 3), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print(format(0.000012345, ".3e"), format(123456789, ",d"), format(1e-7, "f"), format(-0.0, "+.1f"), format(12.0, "g"), format(1234567.0, "g"))
print(f"{255:#b} {255:#o} {255:#X} {-42:06d} {42:+06d} {3.5:08.3f} {'x':>{3}}")
print(f"{1/3:.0%} {0.5:.1%} {1e6:.2e} {123.456:.1f} {2.5:.0f} {3.5:.0f} {-1.5:.0f}")
print("%s|%r|%5s|%-5s|%05.1f|%c|%%|%d" % ("s", "s", "ab", "ab", 2.25, 65, 3.9))
print("%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%x %X %o %e %E %g" % (254, 254, 8, 0.5, 0.5, 0.00001))
print(f"{'nested {braces}'} {{literal}} {'a' if True else 'b'} {[1, 2][0]} {dict(a=1)['a']}")
x = 42
print(f"{x=} {x = } {x=:>5} {x!r:>4} {'s'=}")
print(str(1e16), str(1.0e15), repr(1/3), str(2.0 ** 70), str(-1e-5), 1e-4, 0.0001234, 123456789012345678.0)
print(int("0o17", 0), int("0x_ff", 16), float("1e500"), float("-1e500"), str(float("nan")), round(123.456, -1), round(-0.45, 1))
print("|".join(f"{i:^5}" for i in range(3)), "a\tb".expandtabs(), "{:,}".format(-1234567.891))
print("{:>8}".format(True), "{:d}".format(True), f"{None!s:>6}", format("abc", ".2"), format(3, "c") if False else "")
for v in [0, 1, -1, 0.1, -0.0, 1e100, 12345.6789, 2**64]:
    print(f"{v!r:>22} {v:>12.4g} {v:>14.3e}")
table = {"alice": 93.5, "bob": 78.25, "charlotte": 88}
w = max(map(len, table))
for k, v in sorted(table.items(), key=lambda kv: -kv[1]):
    print(f"{k.title():.<{w + 3}}{v:6.1f} {'*' * int(v // 10)}")
