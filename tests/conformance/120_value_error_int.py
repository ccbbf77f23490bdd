# ValueError from int() and friends.
for s in ["x", "3.5", "", " ", "12abc", "0x1g"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int("z", 10)
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
user_input = "forty-two"
print(int(user_input))
