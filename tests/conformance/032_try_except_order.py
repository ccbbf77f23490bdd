# try/except/else/finally ordering.
def attempt(x):
    print("start", x)
    try:
        print("  try")
        r = 10 // x
        print("  result", r)
    except ZeroDivisionError as e:
        print("  except", type(e).__name__, e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("end", x)
attempt(2)
attempt(0)
def multi(v):
    try:
        if v == 1:
            raise KeyError("k")
        if v == 2:
            raise IndexError("i")
        if v == 3:
            raise ValueError("v")
        return "no error"
    except (KeyError, IndexError) as e:
        return "tuple caught " + type(e).__name__
    except Exception as e:
        return "generic " + repr(e)
for v in range(4):
    print(multi(v))
try:
    int("nope")
except:
    print("bare except caught")
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
