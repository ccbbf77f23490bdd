# KeyError messages.
d = {"a": 1}
for k in ["b", 1, (1, 2), "", None]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    set().remove(3)
except KeyError as e:
    print("KeyError", e)
inventory = {"apples": 3, "pears": 0}
def take(item):
    inventory[item] -= 1
    return inventory[item]
print(take("apples"))
print(take("plums"))
