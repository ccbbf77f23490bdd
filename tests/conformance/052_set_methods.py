# set and frozenset methods (small ints only, printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}
print(p.pop(), p)
c = a.copy()
c.clear()
print(c, a == {4, 3, 2, 1})
fs = frozenset([1, 2, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(fs | {9} == frozenset({1, 2, 3, 9}), type(fs | {9}).__name__)
d = {fs: "frozen key"}
print(d[frozenset({3, 2, 1})])
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
x = {1, 2}
x |= {3}
x &= {2, 3}
x -= {2}
print(x)
print(set("aab") == {"a", "b"}, sorted(set("mississippi")))
print(frozenset() == set(), {1, 2} == frozenset({1, 2}))
print(repr(set()), repr(frozenset()), {5}, frozenset({7}))
