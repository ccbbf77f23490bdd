# Three-level exception chain mixing context and cause.
def level3():
    raise ValueError("level 3")

def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError("level 2") from e

def level1():
    try:
        level2()
    except TypeError:
        raise RuntimeError("level 1")

level1()
