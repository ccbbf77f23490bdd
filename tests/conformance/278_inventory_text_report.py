# Inventory with dicts, text statistics, and string formatting reports.
from collections import Counter, defaultdict, OrderedDict, namedtuple
import string, textwrap
Item = namedtuple("Item", "name category price qty")
stock = [Item("apple", "fruit", 0.5, 120), Item("pear", "fruit", 0.75, 30), Item("hammer", "tools", 12.99, 5),
         Item("saw", "tools", 24.5, 2), Item("milk", "dairy", 1.29, 40), Item("cheese", "dairy", 6.8, 0)]
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it)
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(i.price * i.qty for i in items)
    print(f"{cat.upper():8}|{len(items):3d} items|value {value:10.2f}|{', '.join(i.name for i in items)}")
print(max(stock, key=lambda i: i.price), min(stock, key=lambda i: (i.qty, i.name)))
out = [i.name for i in stock if i.qty == 0]
print("out of stock:", out, stock[0]._asdict(), stock[1]._replace(qty=99))
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
cnt = Counter(words)
print(cnt.most_common(4), len(cnt), sum(cnt.values()))
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3), letters["z"], "".join(sorted(set(text.lower()) & set(string.ascii_lowercase))))
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, 50), textwrap.indent("a\nb", "> "), textwrap.dedent("   x\n   y"), sep="\n")
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f} {avg!r} {avg:e} {avg:%} {round(avg, 2)}")
table = [("Name", "Qty", "Price")] + [(i.name, i.qty, i.price) for i in stock]
for row in table:
    print("{:<8}{:>5}{:>9}".format(*row))
print("%-8s|%5d|%8.3f|%x|%o|%e" % ("x", 42, 3.14159, 255, 8, 12345.678))
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("abc", "xyz")), string.capwords("hello big world"))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od.keys()))
tmpl = string.Template("$who likes $what"); print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="x"))
print(f"{'centered':^20}|{12345678:,}|{0.5:.0%}|{-42:+05d}|{3.0:g}|{1e-7:g}|{255:#x}|{255:08b}")
