"""Module docstring for the test."""
# Docstrings and __doc__.
def documented():
    """Return nothing.

    Has a second paragraph."""
    return None
def undocumented():
    x = "not a docstring"
    return x
class Widget:
    """A widget class."""
    def method(self):
        "Single-quoted doc."
        return 1
print(documented.__doc__)
print(undocumented.__doc__)
print(Widget.__doc__)
print(Widget.method.__doc__)
print(Widget().method.__doc__)
print(__doc__)
print(documented.__name__, Widget.__name__, Widget.method.__qualname__)
lam = lambda: 0
print(lam.__doc__, lam.__name__)
class NoDoc:
    pass
print(NoDoc.__doc__)
