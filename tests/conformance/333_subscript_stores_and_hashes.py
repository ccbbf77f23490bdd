# Stores into lists and dicts (int and str keys, keys equal across types,
# user keys equal only through __eq__) and user __hash__ results.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)
def f():
    d = {}
    l = [0] * 5
    for i in range(20):
        d[i * 3] = i
        d["k" + str(i)] = i
        d[i * 3] += 1
        l[i % 5] = i
        l[-1] += 1
    d[K(3)] = "K3"
    d[3] = "three"        # equal to K(3) through __eq__: replaces its value
    d[K("a")] = "Ka"
    d["a"] = "a"
    print(len(d), d[3], d["a"], sorted((k, v) for k, v in d.items() if isinstance(k, int))[:5], l)
    d2 = {1.0: "float", True: "bool"}
    d2[1] = "int"
    print(d2)
    try:
        l[5] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        l["x"] = 1
    except TypeError as e:
        print("TypeError:", e)
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        d[[1]] = 2
    except TypeError as e:
        print("TypeError:", e)
f()
class K2:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)
    def __repr__(self): return "K2(%r)" % (self.v,)
d = {3: 0}
d[K2(3)] = "K3"
print(d)
d = {}
d[K2("a")] = "Ka"
d["a"] = "a"
print(d)
class K:
    def __hash__(s): return 2**62
class M:
    def __hash__(s): return -1
class B:
    def __hash__(s): return 2**64
print(hash(K()), hash(M()), hash(B()), hash(2**62), hash(True))
