import sys
class Todo:
    _next = 1
    def __init__(self, title, prio=3, done=False):
        self.id = Todo._next; Todo._next += 1
        self.title, self.prio, self.done = title, prio, done
    def __repr__(self): return f"Todo(id={self.id!r}, title={self.title!r}, prio={self.prio}, done={self.done})"
    def __lt__(self, other): return (self.prio, self.id) < (other.prio, other.id)
todos = [Todo("write", 2), Todo("read", 1), Todo("sleep", 3, True), Todo("eat", 1)]
for t in sorted(todos): print(t)
print(min(todos), max(todos).title)
print(f"{'ID':<4}{'Title':<10}{'P':>2} {'Done':^6}|")
for t in todos: print(f"{t.id:<4}{t.title:<10}{t.prio:>2} {'x' if t.done else '':^6}|")
print(sorted(todos, key=lambda t: t.title)[0], sorted([3, 1, 2], key=None), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([None, 1])
except TypeError as e:
    print(e)
try:
    sorted([Todo("x"), 1])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
d = {'a': 1, 'b': 2}; print(d.popitem(), d, d.setdefault('z', []), d | {'q': 0}, list(reversed(d)), d.copy() == d)
try:
    open('/nonexistent/file.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e), e)
print("{0.real} {0.imag} {1[0]} {2!r:>6} {3:{4}}".format(3, [9], 'x', 5, '03'))
print(f"{[1.0, 2.5]!s:>12}|{(1,)!r}|{None!s:5}|{True:>5}|{True:d}|{3.0:>6}|{-0.0}|{1e-320}")
print(1e-320, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.7, 1.1 * 3, 4.35 * 100, 2 ** 0.5 * 2 ** 0.5)
print(round(1.005, 2), round(2.5), round(0.5), round(-1.5), round(1e20), round(123.456, -1), round(5, 1), type(round(5.0)), round(float('inf')) if False else 0)
print(f"{1234567.891:,.1f} {0.1:.20f} {1/7:.15g} {100:.2e} {-1.5:+08.2f} {12:#010b} {255:#06x} {3.14159:.0f} {2.5:.0f} {1e10:,.0f}")
print(str(1.0e15), str(1.0e16), repr(1e-4), repr(1e-5), 1.5e+16, float('1e500'), -float('inf'), float('-nan'))
print(int(1e15), int(-0.9), int('  +42  '), int('٣'), float('١٫٥') if False else 0, complex(1, -0.0))
print(8 // 3, -8 // 3, 8 % -3, -8 % 3, 2 ** -2, (-2) ** 2, -2 ** 2, 7 // 2.0, 7 % 2.5, pow(2, 3, 5), 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    (-8) ** 0.5 + 1
    print((-8) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
import math
print(math.pi, math.e, math.inf, math.nan, math.tau, math.log(8, 2), math.log10(1000), math.hypot(3, 4), math.degrees(math.pi), math.copysign(1, -0.0), math.fmod(-7, 3), math.exp(1), math.atan2(1, 1))
try:
    math.log(0)
except ValueError as e:
    print(e)
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else 30)
print(sys.float_info); print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info.minor)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[0], len(sys.float_info), type(sys.float_info).__name__, isinstance(sys.version_info, tuple))
major, minor, *_ = sys.version_info; print(major, minor)
