# pprint of nested containers long enough to wrap.
import pprint
data = {
    "name": "conformance",
    "version": [3, 11, 7],
    "deps": {"alpha": {"min": 1, "max": 2}, "beta": {"min": 3, "max": 9}},
    "matrix": [[i * j for j in range(8)] for i in range(4)],
    "tags": ("interpreter", "rust", "python", "bytecode", "gil", "testing"),
    "empty": {},
}
pprint.pprint(data)
pprint.pprint(list(range(40)))
pprint.pprint(data, width=40)
pprint.pprint(data["deps"], sort_dicts=False)
pprint.pprint([{"id": i, "label": "item number %d" % i} for i in range(4)])
print(pprint.pformat({"b": 1, "a": 2}))
print(pprint.pformat("short"))
pprint.pprint(data, depth=1)
pprint.pprint(["x" * 30, "y" * 30, "z" * 30])
