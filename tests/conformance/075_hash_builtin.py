# hash: only equalities and small ints are stable.
print(hash(1), hash(0), hash(-5), hash(100))
print(hash(-1), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0.5) == hash(0.5))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x % 10
    def __eq__(self, o):
        return self.x == o.x
print(hash(P(13)), len({P(1), P(11), P(1)}))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print(type(hash("s")).__name__)
