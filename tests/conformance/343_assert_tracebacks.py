# Where an assert's traceback puts its carets: under the last comparison of
# the condition (through not/and/or/conditional expressions), none when the
# condition has no comparison.
import traceback

x = 0
y = 0
items = [0]


def f(a):
    return a


def check0():
    assert x.real


def check1():
    assert f(x)


def check2():
    assert x and y


def check3():
    assert x or y


def check4():
    assert items[0]


def check5():
    assert x is None


def check6():
    assert x == 1 == 2


def check7():
    assert x < 1 and y


def check8():
    assert (x > 1)


def check9():
    assert x + 0


def check10():
    assert x > -1 and y > 1


def check11():
    assert x and y > 1


def check12():
    assert not (x == 0)


def check13():
    assert (x if y else x) == 1


def check14():
    assert y > 1 if x == 0 else x


def check15():
    assert f(x == 1)


def check16():
    assert (x == 1) == True


def check17():
    assert isinstance(x, str), "msg"


def check18():
    assert items[0] == 1, f"bad {x}"


def check19():
    assert 0


def check20():
    assert ()


for i in range(21):
    try:
        globals()["check" + str(i)]()
    except AssertionError:
        traceback.print_exc()
assert False
