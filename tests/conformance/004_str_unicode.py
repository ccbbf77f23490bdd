# Chinese text and unicode lengths.
s = "你好，世界"
print(s)
print(len(s))
print(s[0], s[-1], s[1:3])
print(s[::-1])
for ch in "中文":
    print(ch, ord(ch), hex(ord(ch)))
print(chr(20013), chr(0x6587))
b = s.encode("utf-8")
print(len(b))
print(b.decode("utf-8") == s)
print("中" in s, "世界" in s, s.find("世界"))
mixed = "abc汉字def"
print(len(mixed), mixed.upper(), mixed.index("字"))
print(repr(s), ascii(s))
print("ß".upper(), "Ä".lower(), "ǅ".lower())
print("日本語".center(9, "*"))
words = "春 夏 秋 冬".split()
print(words, len(words))
print("|".join(words))
print(sorted("冬秋夏春"))
print("😀", len("😀"), len("😀".encode()))
