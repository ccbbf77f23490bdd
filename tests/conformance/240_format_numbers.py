# format(), f-strings, str.format and % on ints, floats and strs: fast paths and errors.
for spec in ["", ">5", "<5", "^7", "=8", "08", "+d", " d", "x", "#x", "#X", "o", "b", ",", "_", "010,", "*^9", "c", "e", ".2f", "n", "+08"]:
    for v in [0, 7, -42, 123456789, 2**70, -2**70, True]:
        try:
            print(repr(spec), v, repr(format(v, spec)), f"{v:{spec}}" == format(v, spec))
        except Exception as e:
            print(repr(spec), v, type(e).__name__, e)
for v in [0.1, -0.0, 1e16, float("inf"), 3.5]:
    print(f"{v}", format(v, ""), "%s %r %5.1f" % (v, v, v))
for v in [0, -5, 255, 2**64]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%#o|%X|%.3d" % (v, v, v, v, v, v, v, v, v, v))
print("{0}:{1:>5}|{2}".format(1, 2, "x"), "{{}}{!r}".format("é"), "{0!s:^6}|".format("中"))
print("{:{}}".format(3, 4), "{a}{b[0]}".format(a=1, b=[2]))
