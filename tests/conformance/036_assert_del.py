# assert and del.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    b
except NameError as e:
    print(e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
