class ValidationError(ValueError):
    pass
def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append("name missing")
    if rec.get("age", 0) < 0:
        errors.append("age negative")
    if errors:
        raise ValidationError("; ".join(errors))
    return rec
for r in [{"name": "a", "age": 1}, {"age": -1}, {"name": ""}]:
    try:
        validate(r)
        print("ok", r)
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ValidationError), e.args)
    else:
        print("no error")
    finally:
        print("checked")
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("caught", repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
e = None
try:
    raise TypeError("x")
except TypeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as ex:
    print(repr(ex.__cause__), repr(ex.__context__))
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is ZeroDivisionError
with Resource() as r:
    print(1 / 0)
print("after with")
print(repr(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(KeyError("k")), str(KeyError()), repr(StopIteration(3)))
import traceback
try:
    {}["x"]
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
with Resource():
    raise RuntimeError("boom")
