# TypeError: object is not callable.
for obj in (1, "s", [1], None, (1,)):
    try:
        obj()
    except TypeError as e:
        print(e)
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print(e)
count = 5
print(count(3))
