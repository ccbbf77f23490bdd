# Pattern and Match objects: reprs, spans, groups, flags, cache identity.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)(;)?")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p.groupindex), dict(p.groupindex))
m = p.search("x: color = red; size=10")
print(m)
print(m.group(), m.group(0), m.group(1, "value"), m[2], m["key"])
print(m.groups(), m.groupdict(), m.regs)
print(m.start(), m.end(), m.span(), m.span("value"), m.start(3), m.end(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(bool(m), type(m).__name__, type(p).__name__)

m2 = p.search("x: color = red; size=10", m.end())
print(m2, m2.groups(), m2.groups("-"), m2.groupdict("?"), m2.lastindex)

print(re.compile(r"a+", re.I | re.M))
print(re.compile(r"(?s)x.y"), re.compile(r"x", re.A), re.compile(r"x", re.U))
print(re.I, re.M | re.S, re.IGNORECASE == 2, re.NOFLAG, int(re.X))
print(re.compile("abc") is re.compile("abc"), re.compile("abc") == re.compile("abc"))
print(re.compile("a", re.I) == re.compile("a"), len({re.compile("a"), re.compile("a")}))

long = re.compile("x" * 30)
print(long.match("x" * 40))
print(re.match(r"\s*", "   text"), re.match(r"(a)|(b)", "b").groups())
print(p.match("a=1", 0, 2), p.fullmatch("a=1"), p.fullmatch("a=1x"))
print(re.match("a", "ba", 1) if False else re.compile("a").match("ba", 1))
print(list(re.finditer(r"\d+", "1 22 333")))
print([m.span() for m in re.compile(r"o").finditer("foo boo", 2, 6)])

# Nested and repeated groups keep the last iteration.
m = re.match(r"((\w)\w)+", "abcdef")
print(m.groups(), m.span(1), m.span(2))
m = re.match(r"(?:(\d)|(x))+", "1x2")
print(m.groups(), m.lastindex)
