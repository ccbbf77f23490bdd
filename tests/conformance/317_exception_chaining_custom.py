class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class ConfigError(AppError): pass
def load(name):
    try:
        return {'a': 1}[name]
    except KeyError as e:
        raise ConfigError(404, f"missing {name!r}") from e
def parse(v):
    try:
        return int(v)
    except ValueError:
        raise AppError(400, "bad value")
for fn, arg in [(load, 'a'), (load, 'b'), (parse, '3'), (parse, 'x')]:
    try:
        print(fn(arg))
    except AppError as e:
        print(type(e).__name__, e, e.code, repr(e), e.args, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
def outer():
    try:
        parse('zz')
    except AppError as e:
        raise RuntimeError("outer failed") from None
try:
    outer()
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e)
e = Exception("a", "b"); print(e, repr(e), str(Exception()), repr(Exception()), repr(ValueError("x")), KeyError('k'), repr(KeyError('k')), str(KeyError()))
e = OSError(2, "No such file"); print(e, e.errno, e.strerror)
print(repr(StopIteration(5)), StopIteration(5).value, BaseException.__subclasses__ is not None)
class WithNotes(Exception): pass
x = WithNotes("boom"); x.add_note("note one"); x.add_note("note two"); print(x.__notes__)
def gen():
    yield 1
    raise AppError(1, "in gen")
try:
    for v in gen(): print(v)
except AppError as err:
    print("gen err", err)
load('zzz')
