# Exception objects: custom __str__, args/repr/str of built-in exceptions, notes,
# cause/context, traceback.format_exc, attributes, an uncaught custom error.
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(4, "bad")
except MyErr as e:
    print(e, repr(e), e.args, e.code)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(ValueError()), str(OSError(2, "No such file")))
print(repr(Exception("a", 1)), str(Exception("a", 1)), Exception().args)
e = ValueError("x"); e.add_note("note1"); print(e.__notes__)
class Empty(Exception): pass
print(repr(Empty()), str(Empty("m")))
try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise ValueError("wrap") from ke
except ValueError as ve:
    print(repr(ve.__cause__), ve.__suppress_context__, repr(ve.__context__))
import traceback
try:
    1/0
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[-1])
print(issubclass(KeyError, LookupError), KeyError.__mro__)
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "x").errno)
class Weird(Exception):
    def __str__(self): raise RuntimeError("no str")
try:
    raise Weird()
except Weird as w:
    try: str(w)
    except RuntimeError as r: print("r", r)
print(BaseException.__subclasses__()[:3] if False else "ok")
raise MyErr(7, "final")
