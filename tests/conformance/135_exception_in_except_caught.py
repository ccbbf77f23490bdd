# Nested handlers: __context__ chains, caught and inspected.
def chain_info(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(parts)
try:
    try:
        try:
            [][1]
        except IndexError:
            {}["k"]
    except KeyError as ke:
        raise ValueError("top") from ke
except ValueError as e:
    print(chain_info(e))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally sees nothing special")
except ValueError as e:
    print("context:", e.__context__)
def handler():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            return chain_info(inner)
print(handler())
import sys
try:
    raise ValueError("info")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
