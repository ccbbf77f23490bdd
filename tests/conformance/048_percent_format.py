# printf-style % formatting.
print("%s is %d years" % ("Bob", 42))
print("%i|%5d|%-5d|%05d" % (7, 42, 42, 42))
print("%f|%.2f|%8.3f|%-8.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%-10s|%10s|" % ("left", "right"))
print("%r %s" % ("text", "text"))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("100%% sure, %d%%" % 50)
print("%(name)s has %(n)d items" % {"name": "cart", "n": 3})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%e %g %g %g" % (12345.678, 0.0001, 1e-5, 123456789.0))
print("%c%c" % (72, "i"), "%5.1s|" % "abc")
print("%+d %+d % d" % (5, -5, 5))
print("%.3s" % "abcdef", "%*d" % (6, 12))
print("%d" % 3.99, "%s" % None, "%s" % True)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
