# contextlib.contextmanager and friends.
from contextlib import contextmanager, suppress, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("html") as t:
    print("inside", t)
    with tag("body"):
        print("content")
try:
    with tag("div"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
print("continues")
with suppress(ZeroDivisionError, IndexError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print("nullcontext gave", v)
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")
