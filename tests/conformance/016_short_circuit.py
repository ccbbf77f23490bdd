# and/or/not return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print("" or [] or 0, "a" and "b" and "c", [] and crash_never)
print(not 1, not [], not not "x")
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(t(None) or t(0) or t(""))
x = 0
y = x or 10
z = x and 10
print(y, z)
name = ""
print(name or "anonymous")
d = {}
print(d.get("k") or "missing")
print((1, 2) and [3], {} or set())
print(True and 5, False or None)
