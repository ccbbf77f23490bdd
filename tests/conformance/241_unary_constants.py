# Unary operators on literals are folded at compile time, as CPython does;
# the values and the errors must be the same as computed at run time.
print(-2, ~5, not 0, not "", not (), (-1, +2, ~-3), -(2**63), -9223372036854775808)
print(~True, -True, +False, -0.0, --5, -(-2.5), +-+1, ~~7, -(1 << 70), ~(1 << 70))
print(type(-True).__name__, type(+True).__name__, repr(-0.0), 1 - -1)
for src in ["~1.5", "-'a'", "+None", "~'x'"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "TypeError:", e)


def f(x=-1, y=(-1, -2)):
    return x, y


print(f(), f.__defaults__)
