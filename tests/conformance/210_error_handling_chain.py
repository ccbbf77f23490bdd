def parse(s):
    return int(s)

def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            print("skip:", e)
    return out

print(load(["1", "x", " 7 ", "3.5", ""]))

def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ValueError("cannot divide") from None
    finally:
        print("finally", a, b)

try:
    divide(1, 0)
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError(404, "not found") from e
except AppError as e:
    print(e, repr(e.__cause__), e.args)

try:
    [1, 2, 3][10]
except IndexError as e:
    print("IndexError:", e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    1 + "abc"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("1.2.3")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print(repr(e), str(e))
try:
    raise ExceptionGroup if False else RuntimeError("rt")
except RuntimeError as e:
    print(e)

def outer():
    def inner():
        return {"a": 1}["b"]
    return inner()

def main():
    data = {"values": [1, 2, 3]}
    total = sum(data["values"]) / (len(data["values"]) - 3)
    return total

try:
    main()
except ZeroDivisionError as e:
    print("caught", e)

def chain():
    try:
        outer()
    except KeyError:
        raise RuntimeError("while handling")

chain()
