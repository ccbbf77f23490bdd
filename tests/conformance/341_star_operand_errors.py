# The errors of `*` and `**` operands that are not iterables / mappings, in
# calls and in displays, and errors raised while iterating, which pass through.
def f(*a, **k):
    return a, k


cases = ["f(*1)", "f(1, *2)", "f(*[1], *2)", "f(*2, 3)", "[*1]", "(*1,)", "{*1}",
         "{**[]}", "{**{1: 2}, **[]}", "f(**[])", "f(**{}, **[])", "f(x=1, **[])",
         "print(*1)", "f(*None)", "f(*[1], **{'a': 1}, **{'a': 2})"]
for s in cases:
    try:
        eval(s)
    except TypeError as e:
        print(s, "->", e)


class BadIter:
    def __iter__(self):
        raise TypeError("inner")


class Keys:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


for s in ["f(*BadIter())", "[*BadIter()]"]:
    try:
        eval(s)
    except TypeError as e:
        print(s, "->", e)
print(f(*"ab", **Keys()), {**Keys()}, [*range(3), *"xy"], f(*(i * i for i in range(3))))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i


print(f(*Seq()), [*Seq()])
f(
    *5
)
