d = {"b": 2, "a": 1, "c": [1, {"x": (1,)}]}
print(d, repr(d), str(d), list(d), list(d.values()), list(d.items()))
nested = [1, "two", 3.0, None, True, (4,), (), [5, [6]], {"k": {"v"}}, {1, 2}, b"by", frozenset(), set(), {}, [], ""]
print(nested)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u00e9\u4e2d\U0001F600"), repr(b"\x00ab'"))
d2 = dict(zip("abc", range(3)))
d2.update(d=3, e=4)
d2.setdefault("f", 5)
print(d2, d2.get("z"), d2.get("z", 0), d2.pop("a"), d2.popitem(), "b" in d2, len(d2))
print({**d2, "g": 7}, dict.fromkeys("xy", 0), {k: v for k, v in sorted(d2.items(), reverse=True)})
print(d2 | {"z": 26}, sorted(d2.keys() & {"b", "c"}), list(reversed(d2)))
s = {3, 1, 2}
s.add(4)
s.discard(10)
print(s, s | {5}, s & {1, 2}, s - {1}, s ^ {1, 9}, s <= {1, 2, 3, 4, 5}, {1} < s, s.isdisjoint({8}))
print(sorted({"pear", "apple", "fig"}), frozenset([1, 2]), set("aab") == {"a", "b"})
lst = [5, 3, 8, 1]
lst.append(9); lst.extend([0]); lst.insert(1, 7); lst.remove(8)
print(lst, lst.index(9), lst.count(3), lst.pop(), lst.pop(0), lst)
lst.sort(); print(lst); lst.reverse(); print(lst, lst[::2], lst[-2:], lst[1:3], lst[::-1])
lst[1:3] = ["a", "b", "c"]; print(lst)
del lst[0]; del lst[::2]; print(lst)
t = (1, 2, 3)
a, *rest = t
*init, last = t
print(a, rest, init, last, t + (4,), t * 2, t.index(2), t.count(1), (1,) == (1,), (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
first, (second, third) = 1, (2, 3)
print(first, second, third)
people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: p[1], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)), max(people, key=itemgetter(1)))
from collections import OrderedDict, namedtuple, deque, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p._asdict(), p._replace(y=5), Point._fields, tuple(p), p == (1, 2))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), list(dq))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm) == {"a": 1, "b": 3})
print(list(range(10))[::3], "abcdef"[-3:], "abcdef"[10:], [1, 2, 3][-10:2])
print([[0] * 3 for _ in range(2)], [[0] * 2] * 2, list("abc"), tuple([1]), dict([(1, 2)]))
big = {i: str(i) for i in range(12)}
print(big)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (1, "a")]), sorted(["B", "a", "C"], key=str.lower))
x = [1, 2]; x.append(x); print(x)
dd = {}; dd["self"] = dd; print(dd)
