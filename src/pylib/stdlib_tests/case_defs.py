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
