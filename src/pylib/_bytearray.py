"""bytearray, written in Python over a list of ints.

The VM loads this module the first time a program names `bytearray` (see
Vm::missing_name) and puts the class in builtins.  Read-only methods are
those of bytes, applied to a bytes copy; mutating ones edit the list.
"""


def _byte(v):
    if not hasattr(type(v), '__index__') and not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    if not 0 <= v < 256:
        raise ValueError("byte must be in range(0, 256)")
    return v


def _ints(source, encoding=None, errors=None):
    if isinstance(source, str):
        if encoding is None:
            raise TypeError("string argument without an encoding")
        return list(source.encode(encoding) if errors is None
                    else source.encode(encoding, errors))
    if encoding is not None:
        raise TypeError("encoding without a string argument")
    if isinstance(source, int):
        if source < 0:
            raise ValueError("negative count")
        return [0] * source
    if isinstance(source, (bytes, bytearray)):
        return list(source)
    try:
        it = iter(source)
    except TypeError:
        raise TypeError("cannot convert '%s' object to bytearray"
                        % type(source).__name__) from None
    return [_byte(v) for v in it]


def _bytes_like(other, op):
    if isinstance(other, bytearray):
        return bytes(other._b)
    if isinstance(other, bytes):
        return other
    raise TypeError("can't %s bytearray and %s"
                    % (op, type(other).__name__))


class bytearray:
    """bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array"""

    __module__ = 'builtins'
    __hash__ = None

    def __init__(self, source=b'', encoding=None, errors=None):
        self._b = _ints(source, encoding, errors)

    # --- conversions and display
    def __bytes__(self):
        return bytes(self._b)

    def __repr__(self):
        return 'bytearray(%r)' % bytes(self._b)

    __str__ = __repr__

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __contains__(self, v):
        if isinstance(v, int):
            return _byte(v) in self._b
        return v in bytes(self._b)

    # --- comparisons
    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) == bytes(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) != bytes(other)
        return NotImplemented

    def __lt__(self, other):
        return bytes(self._b) < _bytes_like(other, 'compare')

    def __le__(self, other):
        return bytes(self._b) <= _bytes_like(other, 'compare')

    def __gt__(self, other):
        return bytes(self._b) > _bytes_like(other, 'compare')

    def __ge__(self, other):
        return bytes(self._b) >= _bytes_like(other, 'compare')

    # --- item access
    def __getitem__(self, i):
        if isinstance(i, slice):
            r = bytearray()
            r._b = self._b[i]
            return r
        try:
            return self._b[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._b[i] = _ints(v)
        else:
            try:
                self._b[i] = _byte(v)
            except IndexError:
                raise IndexError('bytearray index out of range') from None

    def __delitem__(self, i):
        del self._b[i]

    # --- arithmetic
    def __mod__(self, args):
        return bytearray(bytes(self._b) % args)

    def __add__(self, other):
        r = bytearray()
        r._b = self._b + list(_bytes_like(other, 'concat'))
        return r

    def __iadd__(self, other):
        self._b.extend(_bytes_like(other, 'concat'))
        return self

    def __mul__(self, n):
        r = bytearray()
        r._b = self._b * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    # --- mutation
    def append(self, v):
        self._b.append(_byte(v))

    def extend(self, iterable):
        self._b.extend(_ints(iterable))

    def insert(self, i, v):
        self._b.insert(i, _byte(v))

    def pop(self, i=-1):
        if not self._b:
            raise IndexError('pop from empty bytearray')
        return self._b.pop(i)

    def remove(self, v):
        try:
            self._b.remove(_byte(v))
        except ValueError:
            raise ValueError('value not found in bytearray') from None

    def clear(self):
        self._b.clear()

    def reverse(self):
        self._b.reverse()

    def copy(self):
        return bytearray(self._b)

    # --- read-only methods: those of bytes
    def decode(self, encoding='utf-8', errors='strict'):
        return bytes(self._b).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._b).hex(*args)

    def count(self, *args):
        return bytes(self._b).count(*args)

    def find(self, *args):
        return bytes(self._b).find(*args)

    def rfind(self, *args):
        return bytes(self._b).rfind(*args)

    def index(self, *args):
        return bytes(self._b).index(*args)

    def rindex(self, *args):
        return bytes(self._b).rindex(*args)

    def startswith(self, *args):
        return bytes(self._b).startswith(*args)

    def endswith(self, *args):
        return bytes(self._b).endswith(*args)

    def isdigit(self):
        return bytes(self._b).isdigit()

    def isalpha(self):
        return bytes(self._b).isalpha()

    def isspace(self):
        return bytes(self._b).isspace()

    def upper(self):
        return bytearray(bytes(self._b).upper())

    def lower(self):
        return bytearray(bytes(self._b).lower())

    def strip(self, *args):
        return bytearray(bytes(self._b).strip(*args))

    def lstrip(self, *args):
        return bytearray(bytes(self._b).lstrip(*args))

    def rstrip(self, *args):
        return bytearray(bytes(self._b).rstrip(*args))

    def replace(self, old, new, *args):
        return bytearray(bytes(self._b).replace(bytes(old), bytes(new), *args))

    def split(self, *args, **kwargs):
        return [bytearray(p) for p in bytes(self._b).split(*args, **kwargs)]

    def join(self, parts):
        return bytearray(bytes(self._b).join([bytes(p) for p in parts]))

    @classmethod
    def fromhex(cls, s):
        return cls(bytes.fromhex(s))

    # (one line each: this module loads whenever a program names bytearray,
    # and its cost shows in the instruction counts of seeded schedules)
    def capitalize(self, *a, **k): return bytearray(bytes(self._b).capitalize(*a, **k))
    def center(self, *a, **k): return bytearray(bytes(self._b).center(*a, **k))
    def expandtabs(self, *a, **k): return bytearray(bytes(self._b).expandtabs(*a, **k))
    def ljust(self, *a, **k): return bytearray(bytes(self._b).ljust(*a, **k))
    def rjust(self, *a, **k): return bytearray(bytes(self._b).rjust(*a, **k))
    def swapcase(self, *a, **k): return bytearray(bytes(self._b).swapcase(*a, **k))
    def title(self, *a, **k): return bytearray(bytes(self._b).title(*a, **k))
    def translate(self, *a, **k): return bytearray(bytes(self._b).translate(*a, **k))
    def zfill(self, *a, **k): return bytearray(bytes(self._b).zfill(*a, **k))
    def removeprefix(self, *a, **k): return bytearray(bytes(self._b).removeprefix(*a, **k))
    def removesuffix(self, *a, **k): return bytearray(bytes(self._b).removesuffix(*a, **k))
    def isalnum(self): return bytes(self._b).isalnum()
    def isascii(self): return bytes(self._b).isascii()
    def islower(self): return bytes(self._b).islower()
    def istitle(self): return bytes(self._b).istitle()
    def isupper(self): return bytes(self._b).isupper()
    def partition(self, sep): return tuple(bytearray(p) for p in bytes(self._b).partition(sep))
    def rpartition(self, sep): return tuple(bytearray(p) for p in bytes(self._b).rpartition(sep))
    def rsplit(self, *a, **k): return [bytearray(p) for p in bytes(self._b).rsplit(*a, **k)]
    def splitlines(self, *a, **k): return [bytearray(p) for p in bytes(self._b).splitlines(*a, **k)]
    maketrans = staticmethod(bytes.maketrans)

