# Custom exception classes.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
def lookup(k):
    if k == "x":
        raise NotFound(k)
    if k == "":
        raise Invalid("key", k)
    return k.upper()
for k in ["a", "x", ""]:
    try:
        print("ok", lookup(k))
    except NotFound as e:
        print("NotFound:", e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, e.args, e.field)
print(issubclass(NotFound, AppError), issubclass(AppError, Exception))
print([c.__name__ for c in NotFound.__mro__])
class WithCode(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e = WithCode(404, "missing")
print(e, repr(e), e.code)
try:
    raise WithCode(500, "server")
except Exception as exc:
    print(type(exc).__name__, exc.args[1])
class Silent(Exception):
    pass
print(repr(Silent()), str(Silent()) == "")
