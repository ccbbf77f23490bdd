# Standard exception hierarchy: args, str, repr, isinstance.
samples = [
    ValueError("bad value"), TypeError("bad type"), KeyError("key"),
    IndexError("idx"), ZeroDivisionError("zero"), AttributeError("attr"),
    NameError("name"), RuntimeError("rt"), NotImplementedError("ni"),
    StopIteration(5), OSError("os"), FileNotFoundError(2, "No such file"),
    UnicodeError("uni"), RecursionError("deep"), OverflowError("big"),
    AssertionError("assert"), ImportError("imp"), ModuleNotFoundError("mod"),
    LookupError("lookup"), ArithmeticError("arith"), UnboundLocalError("ul"),
]
for e in samples:
    print(type(e).__name__, e.args, str(e), repr(e))
for e in samples:
    bases = [b.__name__ for b in type(e).__mro__]
    print(type(e).__name__, "->", " ".join(bases))
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(str(KeyError("k")), str(KeyError()), str(ValueError()), repr(ValueError()))
print(str(ValueError(1, 2)), repr(ValueError(1, 2)), ValueError(1, 2).args)
print(str(KeyError("a", "b")), repr(Exception("x", 1)))
print(IOError is OSError, EnvironmentError is OSError)
