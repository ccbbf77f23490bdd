# f-strings: specs, conversions, nesting, '='.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'中文'!a}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"{n=}", f"{pi=:.2f}", f"{name = }")
print(f"{{literal braces}} {n}")
print(f"{[1, 2, 3]} {dict(a=1)} {(1,)}")
print(f"{n * 2 + 1} {name.upper()} {len(name)}")
print(f"{'nested' + f'{n}'}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{-5:+d} {5:+d} {5: d}")
print(f"{'abc':*^9} {'x':->4}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{3 if n > 10 else 4}")
print(f"""multi
{name}""")
print(f"{n!r:>6}")
