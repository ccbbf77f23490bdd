text = """The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and a cat walk into a bar; the bartender says: "What is this, a joke?"
"""
import string
from collections import Counter, defaultdict

words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
counts = Counter(words)
print(counts.most_common(5))
print(len(words), len(set(words)))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(f"{k:>2}: {', '.join(by_len[k])}")
print(text.count("dog"), text.find("fox"), text.rfind("fox"), text.index("cat"))
print(text.splitlines())
print("|".join(s.title() for s in text.split(".")[:2]))
print("hello world".capitalize(), "Hello".swapcase(), "abc".center(9, "*"), "x".zfill(4), "-5".zfill(4))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("  pad  ".strip(), "xxhixx".strip("x"), "Tab\there".expandtabs(4), repr("a\tb\n"))
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
print("%-6s|%6.2f|%04d|%x|%o|%e|%r" % ("ab", 3.14159, 42, 255, 8, 12345.678, "q"))
print(f"{3.14159:.3f} {1234567:,} {0.25:%} {42:#x} {42:08b} {-3:+d} {'s'!r:>5}")
print("casefold", "Straße".casefold(), "ǅ".lower(), "ß".upper())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("startswith", "filename.py".endswith((".py", ".txt")), "abc".startswith("b", 1))
print("isdigit", "123".isdigit(), "12.3".isdecimal(), "abc".isalpha(), "  ".isspace(), "Title Case".istitle(), "ab1".isalnum(), "id_1".isidentifier())
print(" ".join(reversed("one two three".split())), "abc"[::-1], "hello"[1:-1])
print("replace", "aaaa".replace("a", "b", 2), "x".join("abc"), "ab" * 3)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
