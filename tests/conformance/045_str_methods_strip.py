# Strip family, replace, find/index/count, starts/endswith.
s = "xxhello worldxx"
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "abcba".strip("ab"))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("zz", "?"))
print(s.find("o"), s.rfind("o"), s.find("z"), s.find("o", 7), s.find("o", 2, 5))
print(s.index("w"), s.rindex("x"), s.count("x"), s.count("l", 0, 5), "aaaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("xx"), s.startswith("he", 2), s.endswith(("a", "xx")), s.startswith(("q", "r")))
print("file.py".endswith((".py", ".txt")), "file.md".endswith((".py", ".txt")))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("a-b-c".replace("-", ""), "aaa".replace("a", "bb"), "".replace("", "x"), "ab".replace("", "-"))
print("\t tabs\n".strip(), "..dots..".strip("."))
