# A generator keeps its own "exception being handled": a yield inside an
# except block must not leak that exception into the resumer's sys.exc_info()
# or into the context of the resumer's later exceptions.
import sys


def gen():
    try:
        raise KeyError("a")
    except KeyError:
        yield sys.exc_info()[0]
        print("in gen", sys.exc_info()[0])
        yield 2
    print("after", sys.exc_info()[0])
    yield 3


try:
    raise ValueError
except ValueError:
    it = gen()
    print(next(it), sys.exc_info()[0])
print(sys.exc_info()[0])
try:
    raise TypeError
except TypeError:
    print(next(it), sys.exc_info()[0])
    print(next(it), sys.exc_info()[0])


def outer():
    try:
        raise IndexError
    except IndexError:
        yield from gen()
        print("outer", sys.exc_info()[0])


for x in outer():
    print(x, sys.exc_info()[0])


def fin():
    try:
        yield 1
    finally:
        print("fin", sys.exc_info()[0])


try:
    raise OSError
except OSError:
    f = fin()
    next(f)
    f.close()
print(sys.exc_info())


def bad():
    try:
        raise KeyError(1)
    except KeyError:
        yield 1
        raise ValueError(2)


b = bad()
next(b)
try:
    raise RuntimeError(0)
except RuntimeError:
    try:
        next(b)
    except ValueError as e:
        print(repr(e.__context__))


def catcher():
    try:
        yield 1
    except GeneratorExit:
        yield 2


c = catcher()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
print(sys.exc_info())


def thrower():
    try:
        yield 1
    except ValueError:
        yield 2


t = thrower()
next(t)
print(t.throw(ValueError))
print(sys.exc_info())
# The traceback of an uncaught error shows no leaked "During handling".
raise KeyError("end")
