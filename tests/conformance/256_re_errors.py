# Errors: bad patterns (re.error with position), wrong types, bad groups.
import re

bad_patterns = ["(", "a)", "[abc", "*x", "x**", "a{5,2}", r"\q", r"(a)\2",
                "(?P<1x>a)", "(?P<n>a)(?P<n>b)", "(?P=nope)", "(?<=a+)b",
                "(?z)", "a(?i)b", "line one\n(unclosed", "(?P<x"]
for p in bad_patterns:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r:22} -> {e}")
        print(f"{'':22}    msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")

print(isinstance(re.error("x"), Exception), re.error.__name__, re.error.__module__)

for call in [lambda: re.match("a", 123), lambda: re.compile(42),
             lambda: re.compile(re.compile("a"), re.I),
             lambda: re.sub("a", 5, "abc"),
             lambda: re.sub("a", lambda m: 5, "abc")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

m = re.match(r"(?P<word>\w+) (\d+)?", "hello world")
for g in [3, "nope", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e, repr(g))
print(m.group(2), m.start(2), m.span(2))

for tpl in [r"\3", r"\g<missing>", r"\g<1", r"\k"]:
    try:
        re.sub(r"(a)", tpl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, "->", e)

try:
    re.compile("[z-a]")
except re.error as err:
    print("caught:", err.args)
