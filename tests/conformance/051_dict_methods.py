# dict methods.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print("a" in d, "q" in d, 1 in d.values())
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", (1, 2))))
print({**d, "a": 0} == d, d == dict(d))
d.clear()
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
e = {"k1": 1, "k2": 2}
del e["k1"]
e["k1"] = 1
print(e)
print({1: "a"} | {2: "b"}, sorted({"z": 1, "a": 2}))
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
print(type({}.keys()).__name__, {"a": 1}.keys() & {"a", "b"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
