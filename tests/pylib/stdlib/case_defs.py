"""Case definitions for cases.py (one section per module)."""

import collections
import decimal
import fractions
import io

from cases import case, cases

# ---------------------------------------------------------------------------
# json

JSON_DOCS = [
    '', ' ', '1', '-1', '-0', '0', '01', '1.5', '1e5', '1E-3', '-1.5e+10',
    '1.', '.5', '1e', '1e+', '-', '--1', '"abc"', '"a\\nb\\t\\u00e9\\"\\\\/"',
    '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '"\\ud83d\\u0041"',
    '"\\u12"', '"\\u12"x', '"\\uzzzz"', '"\\ud83d\\uzzzz"', '"\\x"',
    '"abc', '"abc\\', '"a\nb"', '"a\tb"', '[]', '[ ]', '[1, 2, 3]', '[1,]',
    '[1 2]', '[', '[1', '[1,', '{}', '{ }', '{"a": 1, "b": [true, false, null]}',
    '{"a" 1}', '{"a":}', '{"a":1,}', '{a:1}', '{', '{"a"', '{"a":1', '{"a":1 "b":2}',
    '{"a": {"b": {"c": [1, {"d": "e"}]}}}', 'null', 'true', 'false', 'nul',
    'tru', 'NaN', 'Infinity', '-Infinity', '-Inf', 'nan', '1 2', '[1] x',
    '\n\n  [1,\n 2,\n x]', '\ufeff[]', '"\x7f\u1234"', '{"a":1,"a":2}',
    '123456789012345678901234567890', '1.7976931348623157e309', '[-0.0]',
    '{"\\u00e9": "\\u00e9"}', '  {"x" : [ 1 , 2 ] }  ', '[1,2',
    '"\\', '"\\u', '"\\u1234', '"\\ud800\\udc00"', '"\\udc00\\ud800"',
]


def _loads(m, s):
    r = m.loads(s)
    return (type(r).__name__, repr(r))


def _loads_err(m, s):
    try:
        m.loads(s)
    except m.JSONDecodeError as e:
        return ('JSONDecodeError', str(e), e.msg, e.pos, e.lineno, e.colno)
    return 'no error'


cases('json', 'loads', _loads, JSON_DOCS)
cases('json', 'loads_err', _loads_err, JSON_DOCS)
cases('json', 'loads_bytes', lambda m, b: m.loads(b),
      [b'[1, "\xc3\xa9"]', bytearray(b'{"a": 2}'),
       '[1]'.encode('utf-16'), '"x"'.encode('utf-16-le'),
       '{"k": "v"}'.encode('utf-32'), b'\xef\xbb\xbf[1]'])
cases('json', 'loads_type', lambda m, x: m.loads(x), [1, None, [1]])

JSON_OBJS = [
    None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e100, 1/3, float('nan'),
    float('inf'), float('-inf'), 'abc', 'é', '\u2028', '😀', '\x00\x1f\x7f',
    'a"b\\c\n\r\t\b\f/', [], {}, (), [1, [2, [3, []]]], (1, 2),
    {'a': 1, 'b': [1, 2, {'c': None}]}, {1: 'x', 2.5: 'y', True: 'z',
                                         None: 'n', False: 'f'},
    {'é': ['ü']}, [{}, [], ''], collections.OrderedDict([('z', 1), ('a', 2)]),
]


def _dumps_all(m, o):
    out = [m.dumps(o)]
    for kw in [dict(indent=2), dict(indent=0), dict(indent='\t'),
               dict(sort_keys=True), dict(separators=(',', ':')),
               dict(ensure_ascii=False), dict(indent=3, sort_keys=True,
                                              ensure_ascii=False),
               dict(separators=(' , ', ' : '), indent=1)]:
        try:
            out.append(m.dumps(o, **kw))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


cases('json', 'dumps', _dumps_all, JSON_OBJS)


class _Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def _circular(m):
    a = []
    a.append(a)
    return m.dumps(a)


def _circular_dict(m):
    a = {}
    a['x'] = a
    return m.dumps(a)


def _circular_default(m):
    p = _Point(1, 2)
    return m.dumps(p, default=lambda o: o)


cases('json', 'dumps_misc', lambda m, f: f(m), [
    lambda m: m.dumps(_Point(1, 2)),
    lambda m: m.dumps({'p': _Point(1, 2)}, default=lambda o: o.__dict__),
    lambda m: m.dumps({'p': _Point(1, 2)}, default=lambda o: o.__dict__,
                      indent=2),
    lambda m: m.dumps(float('nan'), allow_nan=False),
    lambda m: m.dumps([float('inf')], allow_nan=False),
    lambda m: m.dumps({(1, 2): 3}),
    lambda m: m.dumps({(1, 2): 3, 'a': 1}, skipkeys=True),
    lambda m: m.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}},
                      sort_keys=True),
    lambda m: m.dumps({1: 1, 'a': 2}, sort_keys=True),
    lambda m: m.dumps({1, 2}),
    lambda m: m.dumps(b'bytes'),
    lambda m: m.dumps(decimal.Decimal('1.5')),
    _circular, _circular_dict, _circular_default,
    lambda m: m.dumps(fractions.Fraction(1, 2), default=str),
    lambda m: m.dumps([1, 2], indent=-1),
    lambda m: m.dumps({'a': [1, 2, {'b': []}]}, indent=4),
    lambda m: m.dumps(list(range(3)), check_circular=False),
    lambda m: m.loads('[1.5, 2]', parse_float=decimal.Decimal),
    lambda m: m.loads('[1, 2]', parse_int=float),
    lambda m: m.loads('[NaN, Infinity]', parse_constant=lambda c: c),
    lambda m: m.loads('{"a": 1, "b": 2}', object_pairs_hook=list),
    lambda m: m.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)),
    lambda m: m.loads('"a\x01b"', strict=False),
    lambda m: m.loads('"a\x01b"'),
    lambda m: m.JSONDecoder().raw_decode('[1] rest'),
    lambda m: m.JSONDecoder().raw_decode('  [1]'),
    lambda m: m.JSONEncoder(indent=1).encode({'a': [1]}),
    lambda m: list(m.JSONEncoder().iterencode([1, {'a': 'b'}])),
    lambda m: m.dumps('x' * 5, ensure_ascii=False),
    lambda m: m.loads(m.dumps({'k': ['é', 1.25, None, True]})),
    lambda m: m.dumps(True, indent=2), lambda m: m.dumps('s', indent=2),
    lambda m: (lambda f: (m.dump({'a': [1, 2]}, f, indent=1),
                          f.getvalue()))(io.StringIO()),
    lambda m: m.load(io.StringIO('{"x": [1, 2.5e3]}')),
    lambda m: str(m.JSONDecodeError('msg', 'ab\ncd', 4)),
])

import enum as _enum  # noqa: E402


class _IE(_enum.IntEnum):
    A = 1


cases('json', 'dumps_subclasses', lambda m, o: m.dumps(o), [
    _IE.A, {_IE.A: 'x'}, [_IE.A],
])

# ---------------------------------------------------------------------------
# heapq / bisect

import random as _random  # noqa: E402


def _heap_ops(m, seed):
    r = _random.Random(seed)
    data = [r.randrange(50) for _ in range(r.randrange(30))]
    h = []
    out = []
    for x in data:
        m.heappush(h, x)
    out.append(list(h))
    h2 = list(data)
    m.heapify(h2)
    out.append(h2)
    while h:
        out.append(m.heappop(h))
    if h2:
        out.append(m.heapreplace(h2, 7))
        out.append(m.heappushpop(h2, 3))
    out.append(h2)
    out.append(m.nlargest(5, data))
    out.append(m.nsmallest(3, data, key=lambda v: -v))
    out.append(m.nlargest(1, data))
    out.append(m.nsmallest(100, data))
    out.append(list(m.merge(sorted(data[:5]), sorted(data[5:]))))
    out.append(list(m.merge(sorted(data), [1, 2], key=lambda v: v,
                            reverse=False)))
    out.append(list(m.merge(sorted(data, reverse=True), [40, 3],
                            reverse=True)))
    return out


cases('heapq', 'ops', _heap_ops, range(20))
cases('heapq', 'errors', lambda m, f: f(m), [
    lambda m: m.heappop([]), lambda m: m.heapreplace([], 1),
    lambda m: m.heappushpop([], 1),
    lambda m: m.nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')]),
    lambda m: m.nsmallest(0, [1, 2]), lambda m: m.nlargest(-1, [1, 2]),
])


def _bisect_ops(m, seed):
    r = _random.Random(seed)
    a = sorted(r.randrange(20) for _ in range(r.randrange(15)))
    out = []
    for x in range(-1, 22, 3):
        out.append((m.bisect_left(a, x), m.bisect_right(a, x), m.bisect(a, x),
                    m.bisect_left(a, x, 2), m.bisect_right(a, x, 1, 5)))
    b = list(a)
    m.insort(b, 5)
    m.insort_left(b, 5)
    m.insort_right(b, 100, 0)
    out.append(b)
    pairs = [(v, str(v)) for v in a]
    out.append(m.bisect_left(pairs, 7, key=lambda p: p[0]))
    m.insort(pairs, (7, 'x'), key=lambda p: p[0])
    out.append(pairs)
    return out


cases('bisect', 'ops', _bisect_ops, range(15))
cases('bisect', 'errors', lambda m, f: f(m), [
    lambda m: m.bisect_left([1, 2], 1, -1),
    lambda m: m.bisect_right([1, 2], 1, 0, 10),
])

# ---------------------------------------------------------------------------
# textwrap

_TEXTS = [
    '', ' ', 'Hello', 'The quick brown fox jumps over the lazy dog. ' * 5,
    'Look, goof-ball -- use the -b option!',
    'Hello there -- you goof-ball, use the -b option!',
    'a--b x---y some-thing-else e-mail 123-456 ab-cd-ef A-B-C over--under',
    'Supercalifragilisticexpialidocious-antidisestablishmentarianism word',
    'tabs\there\tand\nnewlines\nand  double  spaces.  End.',
    'This is a sentence.  And another one! Yes? "Quoted." ok',
    'ünïcödé wörds with-hyphens and ÄÖÜ-ßtraße done',
    'x' * 100, '-' * 30 + ' ' + 'a-' * 20, '  leading and trailing  ',
]


def _wrap_all(m, t):
    out = []
    for kw in [dict(), dict(width=10), dict(width=1), dict(width=25),
               dict(width=12, break_on_hyphens=False),
               dict(width=12, break_long_words=False),
               dict(width=20, initial_indent='* ', subsequent_indent='  '),
               dict(width=15, fix_sentence_endings=True),
               dict(width=15, drop_whitespace=False),
               dict(width=15, expand_tabs=False, replace_whitespace=False),
               dict(width=30, max_lines=2), dict(width=14, max_lines=1,
                                                 placeholder='...'),
               dict(width=18, tabsize=4)]:
        try:
            out.append(m.wrap(t, **kw))
            out.append(m.fill(t, **kw))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    for w in (10, 15, 40):
        try:
            out.append(m.shorten(t, w))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


cases('textwrap', 'wrap', _wrap_all, _TEXTS)


def _split_fuzz(m, seed):
    r = _random.Random(seed)
    alphabet = 'ab-c1-- .,!?"\'\t\n_Zé9&'
    out = []
    for _ in range(200):
        t = ''.join(r.choice(alphabet) for _ in range(r.randrange(25)))
        out.append(m.TextWrapper()._split(t))
        out.append(m.TextWrapper(break_on_hyphens=False)._split(t))
        chunks = m.TextWrapper()._split(t)
        m.TextWrapper(fix_sentence_endings=True)._fix_sentence_endings(chunks)
        out.append(chunks)
    return out


cases('textwrap', 'split_fuzz', _split_fuzz, range(10))

_DEDENT = [
    '', '\n', '    a\n    b\n', '  a\n    b\n  c', '\ta\n\tb', '  a\n\tb',
    '    a\n\n    b\n  \n', '  a\n   \t\n  b', 'no indent\n  x',
    '   \n   x\n     y\n', '  a\r\n  b\r\n', '\t  x\n\t y',
    ' ' * 4 + 'hello\n' + ' ' * 8 + 'world\n' + ' ' * 4,
]
cases('textwrap', 'dedent', lambda m, t: m.dedent(t), _DEDENT)
cases('textwrap', 'indent', lambda m, t: (
    m.indent(t, '> '), m.indent(t, '+', lambda line: True),
    m.indent(t, '# ', lambda line: 'a' in line)), _DEDENT + ['a\nb\r\nc\r'])
cases('textwrap', 'errors', lambda m, f: f(m), [
    lambda m: m.wrap('abc', width=0),
    lambda m: m.wrap('abc def', width=2, max_lines=1),
    lambda m: m.wrap('abcdef ghi', width=5, max_lines=2, placeholder=' [...]'),
    lambda m: m.shorten('Hello  world!', width=12),
    lambda m: m.shorten('Hello world!', width=11),
    lambda m: m.shorten('Hello world', width=10, placeholder='...'),
])

# ---------------------------------------------------------------------------
# posixpath

_PATHS = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b',
          '/a/./b/../c', '../a', 'a/../..', './.', '.hidden', 'a/.b',
          'a.b.c', 'a.', '/x/y.tar.gz', '..', '...', 'a/b/..', '//a/b',
          '///a/../b', b'/a/b.c', b'', b'x//y/../z']


def _path_pure(m, p):
    return (m.split(p), m.splitext(p), m.basename(p), m.dirname(p),
            m.isabs(p), m.normpath(p), m.splitdrive(p), m.normcase(p))


cases('posixpath', 'pure', _path_pure, _PATHS)
cases('posixpath', 'join', lambda m, a: m.join(*a), [
    ('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'a'), ('a', ''),
    ('/', 'a', '', 'b/'), (b'a', b'b'), ('a', b'b'), (1,), ('a', None),
    ('a', 3)])
cases('posixpath', 'misc', lambda m, f: f(m), [
    lambda m: m.commonprefix(['/usr/lib', '/usr/local/lib']),
    lambda m: m.commonprefix([]),
    lambda m: m.commonprefix([['a', 'b'], ['a', 'c']]),
    lambda m: m.commonpath(['/usr/lib', '/usr/local/lib']),
    lambda m: m.commonpath(['a/b', 'a/c/d', 'a/./b']),
    lambda m: m.commonpath(['/a', 'b']),
    lambda m: m.commonpath([]),
    lambda m: m.relpath('/a/b/c', '/a/x'),
    lambda m: m.relpath('a/b', 'a'), lambda m: m.relpath('a', 'a'),
    lambda m: m.relpath(''),
    lambda m: m.abspath('x/../y'), lambda m: m.abspath('/q/./r'),
    lambda m: m.abspath(b'x'), lambda m: m.realpath('/tmp/../tmp/x'),
    lambda m: m.expanduser('~/x'), lambda m: m.expanduser('~'),
    lambda m: m.expanduser('x/~'), lambda m: m.expanduser('~root/x'),
    lambda m: m.expanduser('~nosuchuser_xyz/x'),
    lambda m: m.expandvars('$HOME/x ${HOME} $NOPE_X ${NOPE} $ $1a ${unclosed'),
    lambda m: m.expandvars('no vars'),
    lambda m: m.exists('/'), lambda m: m.exists('/nonexistent/zz'),
    lambda m: m.isdir('/tmp'), lambda m: m.isfile('/tmp'),
    lambda m: m.isfile(__file__), lambda m: m.isdir(__file__),
    lambda m: m.exists(''), lambda m: m.isdir(b'/'),
    lambda m: m.exists('a\x00b'), lambda m: m.basename(5),
    lambda m: m.sep + m.pathsep + m.curdir + m.pardir + m.extsep,
    lambda m: m.getsize(__file__) > 0,
])
