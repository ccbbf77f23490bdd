# TypeError: not subscriptable / item assignment.
for obj in (1, None, 2.5, len):
    try:
        obj[0]
    except TypeError as e:
        print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
def get_first(x):
    return x[0]
print(get_first([9]))
print(get_first(42))
