# String operators: concatenation, repetition, slicing, comparisons.
s = "Hello, World"
print(s + "!", s * 2, 3 * "-")
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:])
print(s[1:10:3], s[-1:-6:-2], s[5:1], s[5:1:-1])
print("ab" < "abc", "B" < "a", "abc" == "ab" + "c")
print("x" * 0, "x" * -2, "" + "")
print(len(s), s.lower() in "hello, world!")
i = 0
out = ""
while i < len(s):
    out += s[i].swapcase()
    i += 2
print(out)
print(str(12) + "3", int("12") + 3)
print("%s-%s" % ("a", "b"))
print(list("abc"), tuple("ab"), "".join(reversed("abc")))
print(min("hello"), max("hello"), sorted("hello"))
print("a" "b" == "ab")
