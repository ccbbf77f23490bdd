# Lookarounds, backreferences, lazy quantifiers and atomic groups.
import re

# Repeated words
text = "This is is a test test of the the system."
print(re.findall(r"\b(\w+)\s+\1\b", text))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text))

# Palindromes of length 3 to 5 via backreferences
for w in ["level", "abcba", "abba", "abc", "xyx"]:
    print(w, bool(re.fullmatch(r"(\w)(\w)?\w?\2\1", w)))

# Thousands separators with lookahead and lookbehind
def commas(n):
    return re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", str(n))
print([commas(n) for n in [7, 1234, 1234567, 100000000]])

# Prices not preceded by a minus, and words not followed by a comma
print(re.findall(r"(?<!-)\$(\d+(?:\.\d\d)?)", "$5 -$3 $12.50 and -$1.00"))
print(re.findall(r"\b\w+\b(?!,)", "red, green, blue"))

# Greedy vs lazy
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html))
print(re.findall(r"<.+?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))

# Quoted strings with either quote, and escaped quotes inside
src = """say "hello" and 'it\\'s' or "un"finished"""
print(re.findall(r"""(["'])((?:\\.|(?!\1).)*)\1""", src))

# Conditional group: optional angle brackets must be balanced
for s in ["<user@host>", "user@host", "<user@host", "user@host>"]:
    print(s, bool(re.fullmatch(r"(<)?\w+@\w+(?(1)>)", s)))

# Atomic groups and possessive quantifiers give up less
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a++b", "aaab"), re.match(r"a++ab", "aaab"))

# Backtracking across groups and alternation order
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a+)(a+)(a+)", "aaaaa").groups())
print(re.match(r"(a+?)(a+?)(a+)", "aaaaa").groups())
print(re.search(r"(\d+)-(\d+)?-?(\d*)", "tel 12-34").groups())

# A long input with a repeated group (no recursion limit on the matcher)
big = "ab" * 50000 + "c"
m = re.match(r"(?:(a)|(b))*c", big)
print(m.end(), m.groups())
print(len(re.findall(r"(a|b)", big)))
