"""Compare the pure-Python pylib modules against CPython's own stdlib.

Run with:  python3 tests/pylib/test_pylib.py

Each pylib module is loaded under the name ``pylib_<name>``; while it is being
executed, imports of sibling modules (collections -> operator, functools ->
collections, ...) resolve to the pylib versions, as they will in pygil.
"""

import importlib.util
import os
import sys
import warnings

# CPython warns about randrange(1.5); only the exception matters here.
warnings.simplefilter('ignore', DeprecationWarning)

HERE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'pylib'))
ORDER = ['string', 'operator', 'itertools', 'collections', 'functools',
         'contextlib', 'copy', 'random', 'pprint']


def load_all():
    mods = {}
    for name in ORDER:
        path = os.path.join(HERE, name + '.py')
        spec = importlib.util.spec_from_file_location('pylib_' + name, path)
        mod = importlib.util.module_from_spec(spec)
        # Make already loaded pylib modules visible under their real names.
        saved = {n: sys.modules.get(n) for n in mods}
        sys.modules.update(mods)
        try:
            spec.loader.exec_module(mod)
        finally:
            for n, m in saved.items():
                if m is None:
                    del sys.modules[n]
                else:
                    sys.modules[n] = m
        sys.modules['pylib_' + name] = mod
        mods[name] = mod
    return mods


P = load_all()

import collections as R_collections
import contextlib as R_contextlib
import copy as R_copy
import functools as R_functools
import itertools as R_itertools
import operator as R_operator
import pprint as R_pprint
import random as R_random
import string as R_string

failures = []
count = 0


def outcome(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('exc', type(e).__name__, str(e))


def check(label, ours, real, norm=repr):
    """ours/real are zero-argument callables; compare normalised outcomes."""
    global count
    count += 1
    a, b = outcome(ours), outcome(real)
    if a[0] == 'ok':
        a = ('ok', norm(a[1]))
    if b[0] == 'ok':
        b = ('ok', norm(b[1]))
    if a != b:
        failures.append('%s:\n    ours: %r\n    real: %r' % (label, a, b))


def both(label, fn, ours_mod, real_mod, norm=repr):
    """Run fn(module) against both modules."""
    check(label, lambda: fn(ours_mod), lambda: fn(real_mod), norm)


def eq(label, got, want):
    global count
    count += 1
    if got != want:
        failures.append('%s:\n    got:  %r\n    want: %r' % (label, got, want))


################################################################################
# string
################################################################################

def test_string():
    S = P['string']
    for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
                 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
        eq('string.' + name, getattr(S, name), getattr(R_string, name))
    for args in [('hello world',), ('  a  b\tc ',), ('a-b-c', '-'), ('',),
                 ('aBC dEF', None), ('x,,y', ',')]:
        both('capwords%r' % (args,), lambda m: m.capwords(*args), S, R_string)


################################################################################
# operator
################################################################################

class Obj:
    pass


def test_operator():
    O = P['operator']
    binops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'eq', 'lt', 'le',
              'gt', 'ge', 'ne', 'and_', 'or_', 'xor', 'concat', 'contains',
              'getitem', 'pow', 'lshift', 'rshift', 'is_', 'is_not', 'countOf',
              'indexOf']
    values = [3, -7, 2.5, 0, True, 'ab', [1, 2], (3,), {1}, None, {'a': 1}]
    for name in binops:
        for a in values:
            for b in values:
                both('operator.%s(%r, %r)' % (name, a, b),
                     lambda m: getattr(m, name)(a, b), O, R_operator)
    for name in ['neg', 'pos', 'not_', 'truth', 'index', 'abs', 'invert', 'inv']:
        for a in values:
            both('operator.%s(%r)' % (name, a), lambda m: getattr(m, name)(a),
                 O, R_operator)

    def sd(m):
        d = {'a': 1}
        m.setitem(d, 'b', 2)
        m.delitem(d, 'a')
        l = [1, 2, 3]
        m.setitem(l, slice(0, 2), [9])
        return d, l, m.iadd([1], [2]), m.length_hint(iter([1, 2]))
    both('setitem/delitem', sd, O, R_operator)
    both('delitem missing', lambda m: m.delitem({}, 1), O, R_operator)

    o = Obj()
    o.a = Obj()
    o.a.b = 5
    o.c = 'x'
    rows = [(1, 'b', 3.0), (0, 'a', 2.0), (1, 'a', 1.0)]
    both('itemgetter 1', lambda m: sorted(rows, key=m.itemgetter(1)), O, R_operator)
    both('itemgetter multi', lambda m: list(map(m.itemgetter(0, 2), rows)), O, R_operator)
    both('itemgetter dict', lambda m: m.itemgetter('k')({'k': 4}), O, R_operator)
    both('itemgetter err', lambda m: m.itemgetter(5)([1]), O, R_operator)
    both('itemgetter repr', lambda m: repr(m.itemgetter(1, 'a')), O, R_operator)
    both('attrgetter dotted', lambda m: m.attrgetter('a.b')(o), O, R_operator)
    both('attrgetter multi', lambda m: m.attrgetter('c', 'a.b')(o), O, R_operator)
    both('attrgetter missing', lambda m: m.attrgetter('zz')(o), O, R_operator)
    both('attrgetter nonstr', lambda m: m.attrgetter(1), O, R_operator)
    both('attrgetter repr', lambda m: repr(m.attrgetter('a', 'b.c')), O, R_operator)
    both('methodcaller', lambda m: m.methodcaller('split', ',', maxsplit=1)('a,b,c'),
         O, R_operator)
    both('methodcaller repr', lambda m: repr(m.methodcaller('f', 1, k=2)), O, R_operator)
    both('methodcaller nonstr', lambda m: m.methodcaller(3), O, R_operator)


################################################################################
# collections
################################################################################

def test_deque():
    C = P['collections']

    def script(m):
        out = []
        d = m.deque([1, 2, 3])
        d.append(4)
        d.appendleft(0)
        out.append(repr(d))
        out.append((d.pop(), d.popleft(), len(d), list(d), d[0], d[-1], 2 in d, 9 in d))
        d.extend('ab')
        d.extendleft([7, 8])
        out.append(repr(d))
        d.rotate(2)
        out.append(repr(d))
        d.rotate(-3)
        out.append(repr(d))
        d.reverse()
        out.append(repr(d))
        out.append((d.count(1), d.index(2), d.index('a', 1), d == m.deque(d),
                    d == list(d), d != m.deque(), m.deque([1]) < m.deque([2])))
        d.remove(2)
        d[0] = 'first'
        del d[1]
        d.insert(1, 'ins')
        out.append(repr(d))
        b = m.deque(range(10), maxlen=3)
        out.append(repr(b))
        b.append(10)
        b.appendleft(-1)
        out.append((repr(b), b.maxlen))
        b.extendleft([100, 200])
        out.append(repr(b))
        z = m.deque([1, 2], 0)
        z.append(1)
        out.append(repr(z))
        out.append(repr(m.deque()))
        out.append(repr(m.deque('abc') + m.deque('de')))
        out.append(repr(m.deque([1, 2], 5) * 3))
        e = m.deque([1, 2, 3], maxlen=4)
        e += [4, 5]
        out.append(repr(e))
        e *= 2
        out.append(repr(e))
        out.append(list(reversed(m.deque([1, 2, 3]))))
        c = m.deque([[1], 2])
        c2 = c.copy()
        c2[0].append(5)
        out.append((repr(c), repr(c2), bool(m.deque()), bool(c)))
        r = m.deque()
        r.append(r)
        out.append(repr(r))
        d.clear()
        out.append(repr(d))
        return out
    both('deque script', script, C, R_collections)

    errors = [
        lambda m: m.deque().pop(),
        lambda m: m.deque().popleft(),
        lambda m: m.deque([1])[5],
        lambda m: m.deque([1])[-2],
        lambda m: m.deque([1])['a'],
        lambda m: m.deque([1])[0:1],
        lambda m: m.deque([1]).remove(3),
        lambda m: m.deque([1]).index(3),
        lambda m: m.deque(maxlen=-1),
        lambda m: m.deque([], 'x'),
        lambda m: m.deque([1], 1).insert(0, 2),
        lambda m: m.deque([1]) + [1],
        lambda m: m.deque(1),
        lambda m: m.deque([1]) * 'a',
        lambda m: m.deque([1]).__setitem__(3, 0),
        lambda m: m.deque([1]).__delitem__(3),
        lambda m: m.deque([1]).rotate('a'),
    ]
    for i, f in enumerate(errors):
        both('deque error %d' % i, f, C, R_collections)

    # CPython says 'collections.deque' (a C type's qualified name); compare
    # only the exception type.
    check('deque unhashable', lambda: outcome(lambda: hash(C.deque()))[:2],
          lambda: outcome(lambda: hash(R_collections.deque()))[:2])

    def mutate(m):
        d = m.deque([1, 2, 3])
        for x in d:
            d.append(x)
    both('deque mutated during iteration', mutate, C, R_collections)

    class D(C.deque):
        pass

    RD = type('D', (R_collections.deque,), {})
    check('deque subclass repr', lambda: repr(D([1], 3)), lambda: repr(RD([1], 3)))
    check('deque subclass repr2', lambda: repr(D([1])), lambda: repr(RD([1])))


def test_namedtuple():
    C = P['collections']

    def script(m):
        Point = m.namedtuple('Point', ['x', 'y'])
        p = Point(1, y=2)
        x, y = p
        P3 = m.namedtuple('P3', 'a b, c', defaults=[5, 6])
        q = P3(1)
        Single = m.namedtuple('Single', 'v')
        Empty = m.namedtuple('Empty', '')
        R = m.namedtuple('R', ['a', 'def', '_b', 'a', '1x'], rename=True)
        return [repr(p), x, y, p[0], p[-1], p.x, p.y, p == (1, 2), p == Point(1, 2),
                hash(p) == hash((1, 2)), Point._fields, p._asdict(),
                repr(p._replace(x=10)), repr(Point._make([3, 4])),
                repr(q), P3._field_defaults, P3._fields, repr(P3(1, 2, 3)),
                repr(Single(1)), repr(Empty()), R._fields, repr(Point(*'ab')),
                isinstance(p, tuple), Point.__name__, Point.__doc__,
                Point.x.__doc__, Point.x.__get__(p), p + (3,), p[:1], len(p), list(p),
                p.count(1), p.index(2), Point.__match_args__,
                repr(Point(x=[1], y={'a': 2})), Point.__new__.__doc__,
                Point._replace.__doc__, p._asdict() == {'x': 1, 'y': 2},
                sorted([Point(2, 1), Point(1, 5)]), max(Point(5, 1))]
    both('namedtuple script', script, C, R_collections)

    errors = [
        lambda m: m.namedtuple('P', 'x y')(1),
        lambda m: m.namedtuple('P', 'x y z')(),
        lambda m: m.namedtuple('P', 'x y z')(1),
        lambda m: m.namedtuple('P', 'x y')(1, 2, 3),
        lambda m: m.namedtuple('P', 'x')(1, 2),
        lambda m: m.namedtuple('P', '')(1),
        lambda m: m.namedtuple('P', 'x y', defaults=[1])(1, 2, 3),
        lambda m: m.namedtuple('P', 'x y')(1, x=2),
        lambda m: m.namedtuple('P', 'x y')(1, z=2),
        lambda m: m.namedtuple('P', 'x y')._make([1]),
        lambda m: m.namedtuple('P', 'x y')(1, 2)._replace(z=1),
        lambda m: m.namedtuple('P', 'x x'),
        lambda m: m.namedtuple('P', 'x _y'),
        lambda m: m.namedtuple('P', 'x class'),
        lambda m: m.namedtuple('P', 'x 1y'),
        lambda m: m.namedtuple('1P', 'x'),
        lambda m: m.namedtuple('P', 'x', defaults=[1, 2]),
        lambda m: m.namedtuple('P', 'x y')(1, 2).z,
        lambda m: delattr(m.namedtuple('P', 'x y')(1, 2), 'x'),
        lambda m: setattr(m.namedtuple('P', 'x y')(1, 2), 'x', 5),
    ]
    for i, f in enumerate(errors):
        both('namedtuple error %d' % i, f, C, R_collections)


def test_defaultdict():
    C = P['collections']

    def script(m):
        d = m.defaultdict(list)
        d['a'].append(1)
        d['b']
        n = m.defaultdict(int, {'x': 1}, y=2)
        n['z'] += 5
        e = m.defaultdict()
        c = d.copy()
        c['q'].append(3)
        o = m.defaultdict(list, a=[1]) | {'b': 2}
        sd = m.defaultdict(lambda: 'dflt')
        return [repr(d), repr(n), repr(e), repr(c), repr(d), isinstance(d, dict),
                d.default_factory, 'zz' in d, d.get('zz'), repr(o), type(o).__name__,
                sd['k'], repr(m.defaultdict(None, {1: 2})), dict(n), n == {'x': 1, 'y': 2, 'z': 5}]
    both('defaultdict script', script, C, R_collections)
    both('defaultdict missing none', lambda m: m.defaultdict()['k'], C, R_collections)
    both('defaultdict bad factory', lambda m: m.defaultdict(5), C, R_collections)

    def recursive(m):
        d = m.defaultdict(list)
        d['me'] = d
        return repr(d)
    both('defaultdict recursive', recursive, C, R_collections)

    class D(C.defaultdict):
        pass

    RD = type('D', (R_collections.defaultdict,), {})
    check('defaultdict subclass repr', lambda: repr(D(int, a=1)), lambda: repr(RD(int, a=1)))


def test_counter():
    C = P['collections']

    def script(m):
        c = m.Counter('abracadabra')
        d = m.Counter({'a': 2, 'z': 4}, q=1)
        out = [repr(c), repr(d), c['a'], c['nothere'], c.most_common(2),
               c.most_common(), c.most_common(0), sorted(c.elements()),
               list(c.elements()), c.total(), repr(m.Counter())]
        out.append(repr(c + d))
        out.append(repr(c - d))
        out.append(repr(c & d))
        out.append(repr(c | d))
        out.append(repr(+m.Counter(a=-1, b=2, c=0)))
        out.append(repr(-m.Counter(a=-1, b=2, c=0)))
        e = m.Counter(a=3)
        e.update('aab')
        e.update({'b': 5, 'c': -1})
        e.update(x=1)
        out.append(repr(e))
        e.subtract('aaaaaaa')
        e.subtract({'b': 1})
        out.append(repr(e))
        del e['not']
        del e['x']
        out.append(repr(e))
        f = m.Counter(a=1, b=2)
        f += m.Counter(a=1, c=-5)
        out.append(repr(f))
        f -= m.Counter(b=5)
        out.append(repr(f))
        f |= m.Counter(z=3)
        out.append(repr(f))
        f &= m.Counter(z=1, a=10)
        out.append(repr(f))
        out.append((m.Counter(a=1) == m.Counter(a=1, b=0), m.Counter(a=1) <= m.Counter(a=2),
                    m.Counter(a=1) < m.Counter(a=1), m.Counter(a=3) >= m.Counter(a=2),
                    m.Counter(a=1) == {'a': 1}, m.Counter(a=1) != m.Counter(a=2)))
        out.append(repr(m.Counter({'a': 'x', 'b': 1})))
        out.append(repr(m.Counter([1, 1, 2, 3, 3, 3])))
        out.append(repr(m.Counter('bbaacc')))
        out.append(repr(c.copy()))
        out.append(isinstance(c, dict))
        return out
    both('Counter script', script, C, R_collections)
    both('Counter fromkeys', lambda m: m.Counter.fromkeys('ab'), C, R_collections)
    both('Counter add non-counter', lambda m: m.Counter() + {}, C, R_collections)


def test_ordereddict():
    C = P['collections']

    def script(m):
        o = m.OrderedDict([('a', 1), ('b', 2)], c=3)
        o['d'] = 4
        out = [repr(o), list(o)]
        o.move_to_end('a')
        out.append(repr(o))
        o.move_to_end('d', last=False)
        out.append(repr(o))
        out.append(o.popitem())
        out.append(o.popitem(last=False))
        out.append(repr(o))
        out.append(repr(m.OrderedDict()))
        x = m.OrderedDict(a=1, b=2)
        y = m.OrderedDict(b=2, a=1)
        out.append((x == y, x == dict(y), dict(x) == y, x != y))
        out.append(repr(x.copy()))
        out.append(repr(m.OrderedDict.fromkeys('abc', 0)))
        out.append(repr(x | {'c': 3}))
        out.append(list(reversed(x)))
        out.append(x.pop('a'))
        out.append(x.setdefault('z', 9))
        out.append(repr(x))
        r = m.OrderedDict(a=1)
        r['self'] = r
        out.append(repr(r))
        out.append(isinstance(o, dict))
        return out
    both('OrderedDict script', script, C, R_collections)
    both('OrderedDict popitem empty', lambda m: m.OrderedDict().popitem(), C, R_collections)
    both('OrderedDict move missing', lambda m: m.OrderedDict().move_to_end('x'), C, R_collections)
    both('OrderedDict getitem missing', lambda m: m.OrderedDict()['x'], C, R_collections)


def test_chainmap():
    C = P['collections']

    def script(m):
        a = {'x': 1, 'y': 2}
        b = {'y': 3, 'z': 4}
        c = m.ChainMap(a, b)
        out = [repr(c), c['y'], c['z'], len(c), sorted(c), 'z' in c, c.get('q', 0),
               repr(c.new_child()), repr(c.parents), repr(m.ChainMap())]
        c['w'] = 5
        del c['x']
        out.append(repr(c))
        out.append(dict(c))
        out.append(c == {'y': 2, 'z': 4, 'w': 5})
        return out
    both('ChainMap script', script, C, R_collections)
    both('ChainMap missing', lambda m: m.ChainMap({})['q'], C, R_collections)
    both('ChainMap del missing', lambda m: m.ChainMap({}, {'a': 1}).__delitem__('a'),
         C, R_collections)


################################################################################
# functools
################################################################################

def test_functools():
    F = P['functools']
    import operator
    both('reduce', lambda m: m.reduce(operator.add, [1, 2, 3, 4]), F, R_functools)
    both('reduce initial', lambda m: m.reduce(operator.add, [], 10), F, R_functools)
    both('reduce initial2', lambda m: m.reduce(lambda a, b: a + [b], 'abc', []), F, R_functools)
    both('reduce single', lambda m: m.reduce(operator.add, [7]), F, R_functools)
    both('reduce empty', lambda m: m.reduce(operator.add, []), F, R_functools)
    both('reduce noniter', lambda m: m.reduce(operator.add, 5), F, R_functools)

    def f(a, b, c=0, *, d=1):
        return (a, b, c, d)

    def pscript(m):
        p = m.partial(f, 1)
        q = m.partial(p, 2, d=5)
        return [p(2), p(2, 3, d=4), q(), q(c=9), q.args, q.keywords, q.func is f,
                m.partial(int, base=2)('101'), p.func is f]
    both('partial', pscript, F, R_functools)
    both('partial noncallable', lambda m: m.partial(5), F, R_functools)
    check('partial repr',
          lambda: repr(F.partial(f, 1, x='y')).replace(' at 0x', ''),
          lambda: repr(R_functools.partial(f, 1, x='y')).replace(' at 0x', ''))

    def wscript(m):
        def deco(fn):
            @m.wraps(fn)
            def inner(*a, **k):
                return fn(*a, **k)
            return inner

        def target(x):
            "Target doc."
            return x * 2
        target.extra = 'e'
        w = deco(target)
        return [w(3), w.__name__, w.__doc__, w.__qualname__, w.__module__,
                w.__wrapped__ is target, w.extra]
    both('wraps', wscript, F, R_functools)

    def toscript(m):
        @m.total_ordering
        class V:
            def __init__(self, v):
                self.v = v

            def __eq__(self, o):
                return self.v == o.v

            def __lt__(self, o):
                return self.v < o.v
        a, b = V(1), V(2)

        @m.total_ordering
        class G:
            def __init__(self, v):
                self.v = v

            def __eq__(self, o):
                return self.v == o.v

            def __ge__(self, o):
                if not isinstance(o, G):
                    return NotImplemented
                return self.v >= o.v
        g, h = G(1), G(2)
        return [a < b, a > b, a <= b, a >= b, b >= a, a <= a, a > a,
                g < h, g > h, g <= h, g >= h, g <= g, g < g,
                V.__gt__.__name__, V.__gt__.__doc__]
    both('total_ordering', toscript, F, R_functools)

    def tobad(m):
        @m.total_ordering
        class X:
            pass
    both('total_ordering none', tobad, F, R_functools)

    def lscript(m):
        calls = []

        @m.lru_cache(maxsize=2)
        def sq(x):
            calls.append(x)
            return x * x
        out = [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1), repr(sq.cache_info()),
               list(calls), sq.cache_parameters()]
        sq.cache_clear()
        out.append(repr(sq.cache_info()))

        @m.lru_cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        out.append((fib(30), repr(fib.cache_info()), fib.__name__))

        @m.lru_cache(maxsize=None)
        def ident(x, y=0):
            return (x, y)
        for args in [(1,), (1.0,), (1, 2), (1,), ('a',), ('a',)]:
            ident(*args)
        ident(1, y=2)
        ident(x=1, y=2)
        out.append(repr(ident.cache_info()))

        @m.lru_cache(typed=True)
        def t(x):
            return x
        t(1), t(1.0), t(1), t(True)
        out.append(repr(t.cache_info()))

        @m.lru_cache(0)
        def z(x):
            return x
        z(1), z(1)
        out.append(repr(z.cache_info()))

        @m.cache
        def c(x):
            return [x]
        c(1), c(1), c(2)
        out.append(repr(c.cache_info()))
        big = m.lru_cache(maxsize=3)(lambda x: x)
        for i in [1, 2, 3, 4, 1, 2, 5, 4, 4, 3, 3]:
            big(i)
        out.append(repr(big.cache_info()))
        info = big.cache_info()
        out.append((info.hits, info.misses, info[2], type(info).__name__))
        return out
    both('lru_cache', lscript, F, R_functools)
    both('lru_cache bad', lambda m: m.lru_cache('x'), F, R_functools)

    def cmpscript(m):
        def cmp(a, b):
            return (a > b) - (a < b)
        def rev(a, b):
            return cmp(b, a)
        return [sorted([3, 1, 2], key=m.cmp_to_key(cmp)),
                sorted('hello', key=m.cmp_to_key(rev)),
                max([1, 5, 2], key=m.cmp_to_key(cmp))]
    both('cmp_to_key', cmpscript, F, R_functools)

    def cpscript(m):
        class A:
            n = 0

            @m.cached_property
            def v(self):
                A.n += 1
                return 42
        a = A()
        return [a.v, a.v, A.n]
    both('cached_property', cpscript, F, R_functools)


################################################################################
# itertools
################################################################################

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def test_itertools():
    I = P['itertools']
    cases = [
        ('count', lambda m: take(5, m.count())),
        ('count args', lambda m: take(4, m.count(10, 2.5))),
        ('count neg', lambda m: take(4, m.count(3, -1))),
        ('count repr', lambda m: (repr(m.count()), repr(m.count(5)), repr(m.count(1, 2)))),
        ('count bad', lambda m: m.count('a')),
        ('cycle', lambda m: take(7, m.cycle('abc'))),
        ('cycle empty', lambda m: take(3, m.cycle([]))),
        ('repeat', lambda m: list(m.repeat('x', 3))),
        ('repeat neg', lambda m: list(m.repeat('x', -2))),
        ('repeat inf', lambda m: take(3, m.repeat(1))),
        ('repeat repr', lambda m: (repr(m.repeat(5)), repr(m.repeat('a', 2)))),
        ('chain', lambda m: list(m.chain('ab', [1, 2], (), range(2)))),
        ('chain.from_iterable', lambda m: list(m.chain.from_iterable(['ab', 'cd']))),
        ('chain lazy error', lambda m: list(m.chain([1], 5))),
        ('islice stop', lambda m: list(m.islice('abcdefg', 3))),
        ('islice none', lambda m: list(m.islice('abcdefg', None))),
        ('islice start stop', lambda m: list(m.islice('abcdefg', 2, 5))),
        ('islice step', lambda m: list(m.islice('abcdefg', 0, None, 2))),
        ('islice step2', lambda m: list(m.islice(range(20), 1, 15, 4))),
        ('islice big', lambda m: list(m.islice('ab', 5, 10))),
        ('islice None args', lambda m: list(m.islice('abcdef', None, None, None))),
        ('islice count', lambda m: list(m.islice(m.count(), 3, 30, 7))),
        ('islice neg stop', lambda m: m.islice('abc', -1)),
        ('islice neg start', lambda m: m.islice('abc', -1, 2)),
        ('islice bad stop', lambda m: m.islice('abc', 'x')),
        ('islice zero step', lambda m: m.islice('abc', 0, 2, 0)),
        ('islice neg step', lambda m: m.islice('abc', 0, 2, -1)),
        ('islice str step', lambda m: m.islice('abc', 0, 2, 'a')),
        ('islice float', lambda m: m.islice('abc', 1.5)),
        ('islice few args', lambda m: m.islice('abc')),
        ('islice many args', lambda m: m.islice('abc', 1, 2, 3, 4)),
        ('islice noniter', lambda m: m.islice(5, 1)),
        ('product', lambda m: list(m.product('ab', range(3)))),
        ('product repeat', lambda m: list(m.product('ab', repeat=3))),
        ('product empty', lambda m: list(m.product())),
        ('product empty pool', lambda m: list(m.product('ab', []))),
        ('product neg repeat', lambda m: m.product('ab', repeat=-1)),
        ('permutations', lambda m: list(m.permutations('abcd', 2))),
        ('permutations full', lambda m: list(m.permutations(range(3)))),
        ('permutations big r', lambda m: list(m.permutations('ab', 3))),
        ('permutations zero', lambda m: list(m.permutations('ab', 0))),
        ('permutations neg', lambda m: m.permutations('ab', -1)),
        ('combinations', lambda m: list(m.combinations('abcd', 2))),
        ('combinations 3', lambda m: list(m.combinations(range(5), 3))),
        ('combinations big r', lambda m: list(m.combinations('ab', 3))),
        ('combinations zero', lambda m: list(m.combinations('ab', 0))),
        ('combinations neg', lambda m: m.combinations('ab', -1)),
        ('cwr', lambda m: list(m.combinations_with_replacement('abc', 2))),
        ('cwr empty', lambda m: list(m.combinations_with_replacement('', 2))),
        ('cwr zero', lambda m: list(m.combinations_with_replacement('', 0))),
        ('cwr neg', lambda m: m.combinations_with_replacement('ab', -1)),
        ('zip_longest', lambda m: list(m.zip_longest('abc', [1]))),
        ('zip_longest fill', lambda m: list(m.zip_longest('a', 'bcd', [], fillvalue='-'))),
        ('zip_longest none', lambda m: list(m.zip_longest())),
        ('accumulate', lambda m: list(m.accumulate([1, 2, 3, 4]))),
        ('accumulate func', lambda m: list(m.accumulate([3, 1, 4, 1, 5], max))),
        ('accumulate initial', lambda m: list(m.accumulate([1, 2], initial=100))),
        ('accumulate empty initial', lambda m: list(m.accumulate([], initial=1))),
        ('accumulate empty', lambda m: list(m.accumulate([]))),
        ('accumulate str', lambda m: list(m.accumulate('abc'))),
        ('groupby', lambda m: [(k, list(g)) for k, g in m.groupby('aaabbcdda')]),
        ('groupby key', lambda m: [(k, list(g)) for k, g in
                                   m.groupby(range(10), key=lambda x: x // 3)]),
        ('groupby stale', lambda m: [list(g) for k, g in list(m.groupby('aabbc'))]),
        ('groupby keys', lambda m: [k for k, g in m.groupby('aabbbc')]),
        ('groupby partial', lambda m: [(k, next(g)) for k, g in m.groupby('aabbbc')]),
        ('groupby empty', lambda m: list(m.groupby([]))),
        ('starmap', lambda m: list(m.starmap(pow, [(2, 3), (3, 2)]))),
        ('takewhile', lambda m: list(m.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))),
        ('dropwhile', lambda m: list(m.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))),
        ('filterfalse', lambda m: list(m.filterfalse(lambda x: x % 2, range(10)))),
        ('filterfalse none', lambda m: list(m.filterfalse(None, [0, 1, '', 'a', None]))),
        ('compress', lambda m: list(m.compress('ABCDEF', [1, 0, 1, 0, 1, 1]))),
        ('compress short', lambda m: list(m.compress('ABCDEF', [1, 1]))),
        ('pairwise', lambda m: list(m.pairwise('abcd'))),
        ('pairwise short', lambda m: list(m.pairwise('a'))),
        ('tee', lambda m: [list(t) for t in m.tee('abc', 3)]),
        ('tee interleaved', lambda m: (lambda a, b: [next(a), next(a), next(b), list(a), list(b)])(*m.tee(range(4)))),
        ('tee zero', lambda m: m.tee('abc', 0)),
        ('tee neg', lambda m: m.tee('abc', -1)),
        ('noniter', lambda m: m.cycle(5)),
        ('noniter2', lambda m: m.pairwise(5)),
        ('noniter3', lambda m: m.zip_longest([], 5)),
    ]
    for label, fn in cases:
        both('itertools ' + label, fn, I, R_itertools)

    def consumption(m):
        it = iter(range(10))
        a = list(m.islice(it, 2, 6, 3))
        b = list(it)
        it = iter(range(10))
        c = list(m.islice(it, 4))
        d = next(it)
        it = iter(range(10))
        e = list(m.takewhile(lambda x: x < 3, it))
        return [a, b, c, d, e, list(it)]
    both('itertools consumption', consumption, I, R_itertools)


################################################################################
# contextlib
################################################################################

def test_contextlib():
    CL = P['contextlib']

    def cm_script(m):
        log = []

        @m.contextmanager
        def tag(name):
            log.append('enter ' + name)
            try:
                yield name.upper()
            except KeyError as e:
                log.append('caught %r' % (e,))
            finally:
                log.append('exit ' + name)

        with tag('a') as v:
            log.append(v)
        with tag('b'):
            raise KeyError('k')
        try:
            with tag('c'):
                raise ValueError('v')
        except ValueError as e:
            log.append('outer %r' % (e,))

        @tag('deco')
        def decorated(x):
            log.append('in deco %s' % x)
            return x
        decorated(1)
        decorated(2)

        @m.contextmanager
        def converter():
            try:
                yield
            except ZeroDivisionError:
                raise ValueError('converted')
        try:
            with converter():
                1 / 0
        except ValueError as e:
            log.append(repr(e))
            log.append(type(e.__context__).__name__)

        @m.contextmanager
        def stopper():
            yield
        try:
            with stopper():
                raise StopIteration('s')
        except StopIteration as e:
            log.append('stopiteration %r' % (e,))
        return log
    both('contextmanager', cm_script, CL, R_contextlib)

    def noyield(m):
        @m.contextmanager
        def g():
            if False:
                yield
        with g():
            pass
    both('contextmanager no yield', noyield, CL, R_contextlib)

    def twoyield(m):
        @m.contextmanager
        def g():
            yield 1
            yield 2
        with g():
            pass
    both('contextmanager no stop', twoyield, CL, R_contextlib)

    def twoyield_throw(m):
        @m.contextmanager
        def g():
            try:
                yield 1
            except ValueError:
                yield 2
        with g():
            raise ValueError
    both('contextmanager no stop after throw', twoyield_throw, CL, R_contextlib)

    def sup(m):
        out = []
        with m.suppress(KeyError, IndexError):
            {}['x']
        out.append(1)
        with m.suppress(LookupError):
            [][1]
        out.append(2)
        with m.suppress():
            out.append(3)
        try:
            with m.suppress(KeyError):
                raise ValueError('no')
        except ValueError:
            out.append(4)
        return out
    both('suppress', sup, CL, R_contextlib)

    def clo(m):
        class Thing:
            closed = False

            def close(self):
                self.closed = True
        t = Thing()
        with m.closing(t) as u:
            same = u is t
        with m.nullcontext(5) as n:
            pass
        with m.nullcontext() as n2:
            pass
        return [same, t.closed, n, n2]
    both('closing/nullcontext', clo, CL, R_contextlib)

    def es(m):
        log = []
        with m.ExitStack() as stack:
            stack.callback(log.append, 'cb1')

            @m.contextmanager
            def cm(i):
                log.append('enter %d' % i)
                yield i
                log.append('exit %d' % i)
            vals = [stack.enter_context(cm(i)) for i in range(3)]
            stack.push(lambda *exc: log.append('push %s' % (exc[0],)))
            log.append(vals)
        with m.ExitStack() as stack:
            stack.push(lambda *exc: True)
            raise KeyError('suppressed')
        log.append('after suppressed')
        try:
            with m.ExitStack() as stack:
                stack.callback(log.append, 'cleanup')
                raise ValueError('x')
        except ValueError as e:
            log.append(repr(e))
        try:
            with m.ExitStack() as stack:
                def boom(*exc):
                    raise IndexError('from exit')
                stack.push(boom)
                raise ValueError('orig')
        except IndexError as e:
            log.append((repr(e), repr(e.__context__)))
        with m.ExitStack() as stack:
            stack.callback(log.append, 'moved')
            other = stack.pop_all()
        log.append('before close')
        other.close()
        return log
    both('ExitStack', es, CL, R_contextlib)
    both('ExitStack bad cm', lambda m: m.ExitStack().enter_context(5), CL, R_contextlib)


################################################################################
# copy
################################################################################

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.a, self.b)


class WithCopy:
    def __init__(self):
        self.log = []

    def __copy__(self):
        return 'copied'

    def __deepcopy__(self, memo):
        return 'deepcopied %d' % len(memo)


class MyList(list):
    pass


class MyDict(dict):
    pass


def test_copy():
    CP = P['copy']

    def script(m):
        inner = [1, 2]
        data = {'l': inner, 't': (inner, 3), 's': {1, 2}, 'p': Plain(inner, 'x'),
                'f': frozenset([1]), 'n': None, 'str': 'abc'}
        sh = m.copy(data)
        dp = m.deepcopy(data)
        out = [sh == data, sh is data, sh['l'] is inner, dp['l'] is inner,
               dp['l'] == inner, dp['t'][0] is dp['l'], repr(dp['p']),
               dp['p'].a is dp['l'], dp['s'] == data['s'], dp['str'] is data['str']]
        tup = (1, 'a', (2, 3))
        out.append(m.deepcopy(tup) is tup)
        out.append(m.copy(tup) is tup)
        rec = [1]
        rec.append(rec)
        r2 = m.deepcopy(rec)
        out.append((r2[1] is r2, r2 is not rec, repr(r2)))
        d = {}
        d['self'] = d
        d2 = m.deepcopy(d)
        out.append(d2['self'] is d2)
        p = Plain([1], {'k': [2]})
        p2 = m.copy(p)
        p3 = m.deepcopy(p)
        out.append((p2.a is p.a, p3.a is p.a, p3.a == p.a, type(p3).__name__))
        w = WithCopy()
        out.append((m.copy(w), m.deepcopy(w), m.deepcopy([w])))
        ml = MyList([[1], 2])
        ml.attr = 'x'
        ml2 = m.deepcopy(ml)
        out.append((type(ml2).__name__, ml2, ml2[0] is ml[0], ml2.attr))
        md = MyDict(a=[1])
        md2 = m.copy(md)
        out.append((type(md2).__name__, md2, md2['a'] is md['a']))
        out.append(m.copy(len) is len)
        out.append(m.deepcopy(Plain) is Plain)
        memo = {}
        x = [1]
        y = m.deepcopy([x, x], memo)
        out.append((y[0] is y[1], id(x) in memo))
        ba = bytearray(b'ab')
        out.append((m.copy(ba), m.copy(ba) is ba, m.deepcopy(ba)))
        return out
    both('copy script', script, CP, R_copy)

    # copying pylib collections types with the pylib copy module
    C = P['collections']

    def coll(m, cm):
        Pt = cm.namedtuple('Pt', 'x y')
        dq = cm.deque([[1], 2], maxlen=5)
        dd = cm.defaultdict(list, a=[1])
        cn = cm.Counter('aab')
        od = cm.OrderedDict(a=[1])
        out = []
        for obj in [Pt([1], 2), dq, dd, cn, od]:
            s = m.copy(obj)
            d = m.deepcopy(obj)
            out.append((repr(s), repr(d), type(d).__name__, s == obj, d == obj))
        out.append(m.deepcopy(dq)[0] is dq[0])
        out.append(m.deepcopy(dd)['a'] is dd['a'])
        return out
    check('copy collections types', lambda: coll(CP, C), lambda: coll(R_copy, R_collections))


################################################################################
# random
################################################################################

def test_random():
    RM = P['random']
    seeds = [0, 1, 42, 12345, -7, 2 ** 40 + 3, 2 ** 200 - 1, 'hello', '', b'bytes',
             bytearray(b'ba'), 3.14, -2.5, True, 'ünïcode' * 10]
    for s in seeds:
        def script(m):
            m.seed(s)
            out = [m.random() for _ in range(5)]
            out += [m.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 100, 1000)]
            out += [m.randrange(10), m.randrange(5, 100), m.randrange(0, 100, 7),
                    m.randrange(100, 0, -3), m.randint(1, 6), m.randrange(2 ** 70)]
            out += [m.choice('abcdefg'), m.choice(range(1000))]
            lst = list(range(20))
            m.shuffle(lst)
            out.append(lst)
            out.append(m.sample(range(100), 10))
            out.append(m.sample(range(1000), 60))
            out.append(m.sample('abcdefghij', 10))
            out.append(m.sample(['a', 'b'], k=5, counts=[3, 4]))
            out.append(m.choices('abc', k=6))
            out.append(m.choices('abc', weights=[1, 5, 10], k=6))
            out.append(m.choices('abc', cum_weights=[1, 5, 10], k=6))
            out.append(m.uniform(2, 5))
            out.append(m.triangular())
            out.append(m.triangular(0, 10, 9))
            out.append([m.gauss() for _ in range(3)])
            out.append(m.gauss(10, 2))
            out.append(m.normalvariate(1, 2))
            out.append(m.lognormvariate(0, 1))
            out.append(m.expovariate(1.5))
            out.append(m.vonmisesvariate(1, 2))
            out.append([m.gammavariate(a, 2) for a in (0.5, 1.0, 3.0)])
            out.append(m.betavariate(2, 3))
            out.append(m.paretovariate(2))
            out.append(m.weibullvariate(1, 2))
            out.append(m.randbytes(10))
            out.append(m.random())
            return out
        both('random seed %r' % (s,), script, RM, R_random)

    def state(m):
        r = m.Random(99)
        r.random()
        st = r.getstate()
        a = [r.random() for _ in range(3)]
        r.setstate(st)
        b = [r.random() for _ in range(3)]
        r2 = m.Random()
        r2.setstate(st)
        return [a == b, a, r2.random() == a[0], st[0], len(st[1]), st[1][-1], st[1][:5]]
    both('random state', state, RM, R_random)

    def long_run(m):
        r = m.Random(2024)
        return [r.random() for _ in range(2000)][-5:] + [r.getrandbits(5000) % 10 ** 20]
    both('random long run', long_run, RM, R_random)

    def version1(m):
        r = m.Random()
        r.seed('abc', version=1)
        return r.random()
    both('random seed v1', version1, RM, R_random)

    errors = [
        lambda m: m.Random(1).choice([]),
        lambda m: m.Random(1).randrange(0),
        lambda m: m.Random(1).randrange(5, 5),
        lambda m: m.Random(1).randrange(0, 10, 0),
        lambda m: m.Random(1).randrange(10, 0, 2),
        lambda m: m.Random(1).randrange(1.5),
        lambda m: m.Random(1).randrange(10, step=2),
        lambda m: m.Random(1).randint(5, 1),
        lambda m: m.Random(1).sample(range(3), 5),
        lambda m: m.Random(1).sample({1, 2}, 1),
        lambda m: m.Random(1).sample([1], -1),
        lambda m: m.Random(1).choices('ab', [1], k=1),
        lambda m: m.Random(1).choices('ab', [0, 0]),
        lambda m: m.Random(1).choices('ab', 2),
        lambda m: m.Random(1).choices('ab', [1, 1], cum_weights=[1, 2]),
        lambda m: m.Random(1).getrandbits(-1),
        lambda m: m.Random([1]),
        lambda m: m.Random(1).gammavariate(0, 1),
        lambda m: m.Random(1).setstate((9, (), None)),
    ]
    for i, f in enumerate(errors):
        both('random error %d' % i, f, RM, R_random)

    # Unseeded generators differ, but must work and give sane values.
    x = RM.random()
    eq('random unseeded range', 0.0 <= x < 1.0, True)
    eq('random Random unseeded', 0 <= RM.Random().randrange(10) < 10, True)


################################################################################
# pprint
################################################################################

def test_pprint():
    PP = P['pprint']
    C = P['collections']
    long_text = ('The quick brown fox jumps over the lazy dog. ' * 6).strip()
    nested = {
        'name': 'example',
        'values': list(range(40)),
        'nested': {'a': [1, 2, {'b': (3, 4, 5) * 8}], 'c': 'short',
                   'd': {'e': {'f': {'g': list('abcdefghijklmnopqrstuvwxyz')}}}},
        'tuple': (1,),
        'text': long_text,
        'set': set(range(30)),
        'fs': frozenset('abcdefghijklmnopqrstuvwxyz'),
        'empty': [[], {}, (), set(), ''],
        'bytes': bytes(range(60)),
        'ba': bytearray(b'x' * 70),
        'floats': [1.5, -0.0, float('inf'), 1e100, 2 ** 100],
        'mixed keys': {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none'},
        'multiline': 'line one\nline two is here and is rather long, much longer than the others, yes\nthree\n',
    }
    objs = [
        nested,
        list(range(100)),
        [list(range(10))] * 10,
        {'k%d' % i: ['v' * i] * 3 for i in range(12)},
        [{'id': i, 'tags': ['t%d' % j for j in range(i)]} for i in range(8)],
        tuple(range(50)),
        ((1, 2), [3, 4], {5: 6}),
        long_text,
        [long_text],
        {'deep': [[[[[[['x' * 30] * 3]]]]]]},
        'short',
        42,
        [],
        {},
        {'b': 1, 'a': 2, 'c': {'z': 0, 'y': [1, 2, 3]}},
        [1, 'a', None, 2.5, (1, 'x'), {'k': 'v'}] * 8,
        set('hello world this is a set of chars'),
        b'short',
        bytes(200),
    ]
    rec = [1, 2]
    rec.append(rec)
    rd = {'a': list(range(30))}
    rd['me'] = rd
    objs += [rec, rd, [rd, rec]]
    kwsets = [{}, {'width': 40}, {'width': 20}, {'indent': 4}, {'compact': True},
              {'compact': True, 'width': 30}, {'sort_dicts': False},
              {'depth': 2}, {'depth': 1, 'width': 10}, {'width': 1},
              {'indent': 3, 'width': 50}, {'underscore_numbers': True}]
    for i, obj in enumerate(objs):
        for kw in kwsets:
            check('pformat obj%d %r' % (i, kw), lambda: PP.pformat(obj, **kw),
                  lambda: R_pprint.pformat(obj, **kw), norm=str)
    for i, obj in enumerate(objs[:8]):
        check('saferepr obj%d' % i, lambda: PP.saferepr(obj), lambda: R_pprint.saferepr(obj))
        check('isreadable obj%d' % i, lambda: PP.isreadable(obj),
              lambda: R_pprint.isreadable(obj))
        check('isrecursive obj%d' % i, lambda: PP.isrecursive(obj),
              lambda: R_pprint.isrecursive(obj))

    class Stream:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

    def via_stream(m):
        s = Stream()
        m.pprint(nested, stream=s, width=60)
        pp = m.PrettyPrinter(indent=2, width=50, stream=s)
        pp.pprint(objs[4])
        return ''.join(s.parts) + pp.pformat(objs[3])
    both('pprint stream', via_stream, PP, R_pprint, norm=str)
    both('pprint bad indent', lambda m: m.PrettyPrinter(indent=-1), PP, R_pprint)
    both('pprint bad width', lambda m: m.PrettyPrinter(width=0), PP, R_pprint)
    both('pprint bad depth', lambda m: m.PrettyPrinter(depth=0), PP, R_pprint)

    # collections types: pylib pprint + pylib collections vs CPython's pair
    def coll(cm):
        return [
            cm.OrderedDict((str(i) * 5, list(range(i))) for i in range(8)),
            cm.defaultdict(list, {'k%d' % i: list(range(i * 3)) for i in range(6)}),
            cm.Counter('the quick brown fox jumps over the lazy dog' * 3),
            cm.deque(range(40)),
            cm.deque(range(40), maxlen=50),
            cm.ChainMap({'a': list(range(20))}, {'b': list(range(25))}),
            cm.OrderedDict(), cm.deque(), cm.Counter(), cm.defaultdict(int),
            [cm.namedtuple('Point', 'x y')(list(range(20)), 'y' * 40)],
        ]
    ours = coll(C)
    theirs = coll(R_collections)
    for i in range(len(ours)):
        for kw in [{}, {'width': 30}]:
            check('pformat collections %d %r' % (i, kw), lambda: PP.pformat(ours[i], **kw),
                  lambda: R_pprint.pformat(theirs[i], **kw), norm=str)


################################################################################
# randomised cross-checks
################################################################################

def random_obj(rng, depth=0):
    kind = rng.randrange(10 if depth < 4 else 5)
    if kind == 0:
        return rng.randrange(-10 ** rng.randrange(1, 12), 10 ** rng.randrange(1, 12))
    if kind == 1:
        words = ['alpha', 'beta', 'gamma delta', 'x' * rng.randrange(40), "it's",
                 'multi\nline text here', 'tab\there', '']
        return ' '.join(rng.choice(words) for _ in range(rng.randrange(1, 12)))
    if kind == 2:
        return rng.choice([None, True, False, 1.5, -0.25, 1e-7, b'by\x00tes' * rng.randrange(5)])
    if kind == 3:
        return (rng.random(), rng.randrange(100))
    if kind == 4:
        return rng.choice(['k', 'key', 'a longer key'])
    if kind in (5, 6):
        return [random_obj(rng, depth + 1) for _ in range(rng.randrange(8))]
    if kind == 7:
        return tuple(random_obj(rng, depth + 1) for _ in range(rng.randrange(5)))
    if kind == 8:
        return set(rng.randrange(1000) for _ in range(rng.randrange(12)))
    return {rng.choice(['name', 'id', 'values', 'x', 'payload', 'meta', 'k%d' % rng.randrange(50)]):
            random_obj(rng, depth + 1) for _ in range(rng.randrange(7))}


def test_pprint_fuzz():
    PP = P['pprint']
    rng = R_random.Random(1234)
    for i in range(400):
        obj = random_obj(rng)
        kw = {'width': rng.choice([80, 80, 60, 40, 25, 10]),
              'indent': rng.choice([1, 1, 2, 4]),
              'compact': rng.random() < 0.3,
              'sort_dicts': rng.random() < 0.8}
        check('pprint fuzz %d %r' % (i, kw), lambda: PP.pformat(obj, **kw),
              lambda: R_pprint.pformat(obj, **kw), norm=str)


def test_deque_fuzz():
    C = P['collections']
    rng = R_random.Random(99)
    for trial in range(60):
        maxlen = rng.choice([None, None, 0, 1, 3, 8])
        ops = []
        for _ in range(40):
            op = rng.choice(['append', 'appendleft', 'pop', 'popleft', 'extend',
                             'extendleft', 'rotate', 'remove', 'index', 'count',
                             'insert', 'getitem', 'setitem', 'delitem', 'reverse',
                             'clear', 'contains'])
            ops.append((op, rng.randrange(-5, 6), [rng.randrange(5) for _ in range(rng.randrange(4))]))

        def run(m):
            d = m.deque(range(5), maxlen)
            log = []
            for op, n, items in ops:
                def step():
                    if op in ('append', 'appendleft', 'remove', 'index', 'count'):
                        return getattr(d, op)(abs(n))
                    if op in ('extend', 'extendleft'):
                        return getattr(d, op)(items)
                    if op == 'rotate':
                        return d.rotate(n)
                    if op == 'insert':
                        return d.insert(n, 'i')
                    if op == 'getitem':
                        return d[n]
                    if op == 'setitem':
                        d[n] = 's'
                        return None
                    if op == 'delitem':
                        del d[n]
                        return None
                    if op == 'contains':
                        return n in d
                    return getattr(d, op)()
                log.append((op, outcome(step), repr(d)))
            return log
        both('deque fuzz %d' % trial, run, C, R_collections)


################################################################################

def main():
    for name, fn in sorted(globals().items()):
        if name.startswith('test_') and callable(fn):
            try:
                fn()
            except Exception as e:
                import traceback
                traceback.print_exc()
                failures.append('%s crashed: %r' % (name, e))
    for f in failures:
        print('FAIL', f)
    print('%d checks, %d failures' % (count, len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
