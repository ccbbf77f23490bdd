# Unpacking tuples and lists of the exact size (the common case) and of
# the wrong size or type (the error messages).
def f():
    t = (1, [2], "3")
    l = [4, 5]
    out = []
    for i in range(3):
        a, b, c = t
        x, y = l
        x, y = y, x
        out.append((a, b, c, x, y))
    d = {"k": 1, "j": 2}
    for k, v in d.items():
        out.append((k, v))
    print(out)
    for bad in [(1, 2), [1, 2, 3, 4], "ab", 5]:
        try:
            a, b, c = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    (a,) = [7]
    print(a)
f()
