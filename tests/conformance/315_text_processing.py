import textwrap, string
text = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly."""
print(textwrap.fill(text, 30)); print(textwrap.wrap(text, 25)[:3]); print(textwrap.shorten(text, 40)); print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.indent("a\nb\n\nc", "> ")); print(repr(textwrap.dedent("    x\n      y\n    z\n")))
print(textwrap.fill("averyveryverylongwordthatdoesnotfit and more", 10)); print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), string.capwords("hello   wORLD  x"))
print(repr(string.printable))
from string import Template
print(Template("$who likes ${what}!").substitute(who="tim", what="kung pao"), Template("$a $b").safe_substitute(a=1))
words = {}
for w in text.lower().translate(str.maketrans('', '', string.punctuation)).split():
    words[w] = words.get(w, 0) + 1
for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<10}{c:>3} {'#' * c}")
csv = "name,age,city\nAlice,30,\"New York, NY\"\nBob,25,Paris\n"
def parse_line(line):
    out, cur, q = [], '', False
    for ch in line:
        if ch == '"': q = not q
        elif ch == ',' and not q: out.append(cur); cur = ''
        else: cur += ch
    out.append(cur); return out
rows = [parse_line(l) for l in csv.strip().splitlines()]
hdr, *body = rows
for r in body: print(dict(zip(hdr, r)))
print("a,b,,c".split(","), "a  b   c".split(), " a b ".split(" "), "a\nb\r\nc\r".splitlines(), "a\nb\n".splitlines(True), "k=v=w".partition("="), "k=v=w".rpartition("="), "abc".rsplit("b", 1))
print("hello world".title(), "it's a dog's".title(), "ß".upper(), "İ".lower(), "ǅ".swapcase(), "hello"[::-1], "abc".center(9, '*'), "42".zfill(5), "-42".zfill(5), "x".ljust(3, '.') + '|')
print("Hello".startswith(("He", "x")), "a.b.c".count("."), "abcabc".find("c", 3), "abcabc".rfind("c"), "tEsT".casefold(), "  x  ".strip(), "xxhixx".strip("x"), "abc".removeprefix("a"), "abc".removesuffix("c"))
print("1,234".replace(",", ""), "aaa".replace("a", "b", 2), "\t".join(["a", "b"]), "a\tb".expandtabs(4), "%s is %d years" % ("Al", 3), "ab".isalpha(), "12".isdigit(), "½".isnumeric(), "Ab Cd".istitle(), "x1".isidentifier(), " ".isspace(), "".isupper())
tmpl = "Dear {name},\nYour order #{order:05d} totals ${total:,.2f}.\n"
print(tmpl.format(name="Ann", order=42, total=1234.5), end="")
print(tmpl.format_map({"name": "Bo", "order": 7, "total": 0.5}), end="")
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5), f"{'abc':>{2+3}}", "{!s:^7}".format([1]))
print(ord('€'), chr(8364), "€".encode(), b'\xe2\x82\xac'.decode(), "naïve".encode('ascii', 'replace'), "naïve".encode('ascii', 'ignore'), ascii("naïve"))
try:
    "naïve".encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e)
print(sorted("banana"), "".join(sorted(set("mississippi"))), max("hello", key="hello".count), "-".join(map(str, range(5))), list(reversed("abc")))
