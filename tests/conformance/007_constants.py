# True/False/None behaviour.
print(True, False, None)
print(True + True, True * 10, False - 1)
print(type(True), type(None))
print(True == 1, False == 0, True is True, None is None)
print(bool(None), bool(0), bool(""), bool([]), bool("0"), bool([0]))
print(repr(None), str(True), int(False))
print(None == False, None == 0)
print(not None, not 0, not "x")
print(isinstance(True, int), issubclass(bool, int))
print(True & False, True | False, True ^ True)
print(sum([True, True, False, True]))
print(hash(True) == hash(1), {True: "a", 1: "b"})
x = None
if x is None:
    print("x is None")
print([None] * 3)
print(True > False, max(True, 2))
