s = "你好，世界！Hello"
print(s, len(s), s[0], s[-5:], s[::-1], s.encode("utf-8"), len(s.encode()))
print(repr(s), ascii(s), s.upper(), s.isalpha(), "中文".isalnum(), "１２３".isdigit(), int("１２３"))
words = "我 爱 北京 天安门".split()
print(words, "-".join(words), sorted(words), [len(w) for w in words])
print(f"{'中':>4}|{'ab':^6}|{'é':<3}|", "%5s|" % "中文")
print(ord("中"), chr(20013), chr(0x1F600), hex(ord("é")), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
b = "ñandú".encode("utf-8")
print(b, b.decode("utf-8"), b.decode("latin-1"), "ñ".encode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "中".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("café".center(10, "·"), "ÉCOLE".lower(), "straße".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
from collections import Counter
print(Counter("你好你好世界"))
print(sorted(["é", "e", "z", "中", "a"]), max("中文字"), "中" < "文")
print("Ünïcödé".encode("ascii", "ignore"), "Ünï".encode("ascii", "replace"), "a\u0301".encode())
print([c for c in "añ中😀"], [len(c.encode()) for c in "añ中😀"])
print("title case ünïcode".title(), "ǆ".title(), "x²".isdigit(), "½".isnumeric(), "½".isdigit())
