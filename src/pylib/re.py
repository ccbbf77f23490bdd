"""re: regular expressions, CPython 3.11's API over pygil's native matcher.

The pattern parser, compiler and backtracking matcher are native (the
`_sre` module, src/modules/re/); this file is the Python-facing layer:
flags, the module functions, the pattern cache, Pattern and Match objects,
replacement templates, and the findall/finditer/sub/split loops.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# (name, value) in definition order: the order of a combined flag's repr.
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
# The order of the flags in a Pattern's repr (sre's C code).
_PATTERN_FLAG_ORDER = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
    ("ASCII", 256),
)


class RegexFlag(int):
    """The flags: an int whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        for name, bit in _FLAG_NAMES:
            if value == bit:
                return name
        if value == 0:
            return "NOFLAG"
        return None


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class mappingproxy(dict):
    """The read-only view of a pattern's group names (shown like CPython's)."""

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


def _no_mutation(self, *args, **kwargs):
    raise TypeError("'mappingproxy' object does not support item assignment")


mappingproxy.__setitem__ = _no_mutation
mappingproxy.__delitem__ = _no_mutation


def _index(v, what):
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    def __init__(self, pattern, flags, code, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._groupindex = groupindex

    @property
    def groupindex(self):
        return mappingproxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _PATTERN_FLAG_ORDER:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return _sre.match(self._code, string, pos, endpos, 0, False, self, Match)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return _sre.match(self._code, string, pos, endpos, 1, False, self, Match)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        return _sre.match(self._code, string, pos, endpos, 2, False, self, Match)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the pattern in string."""
        code = self._code
        m = _sre.match(code, string, pos, endpos, 2, False)
        return self._iter(code, string, pos, endpos, m)

    def _iter(self, code, string, pos, endpos, m):
        # The first search ran in finditer(), so a bad argument raises there.
        start = pos
        while m is not None:
            yield Match(self, string, m, pos, endpos)
            start = m[1]
            m = _sre.match(code, string, start, endpos, 2, m[0] == start)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            func = repl
        else:
            template = _compile_repl(repl, self)
            if not template[0] and len(template[1]) <= 1 and type(repl) is type(self.pattern):
                return _sre.sub(self._code, string, template[1][0] if template[1] else repl[:0], count)
            func = None
        matches = _sre.scan(self._code, string, count)
        if not matches:
            return string, 0
        pieces = []
        last = 0
        for m in matches:
            start = m[0]
            if last < start:
                pieces.append(string[last:start])
            match = Match(self, string, m, 0, _MAXSIZE)
            if func is None:
                pieces.append(_expand_template(template, match))
            else:
                item = func(match)
                if item is not None:
                    pieces.append(item)
            last = m[1]
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), len(matches)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        return _sre.split(self._code, string, maxsplit)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._pos0 = pos
        self._endpos = endpos
        self._must_advance = False

    def _next(self, mode):
        p = self.pattern
        m = _sre.match(p._code, self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            return None
        self._must_advance = m[1] == m[0]
        self._pos = m[1]
        return Match(p, self._string, m, self._pos0, self._endpos)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match or search."""

    def __init__(self, pattern, string, marks, pos, endpos):
        self.re = pattern
        self.string = string
        self._m = marks
        self._pos = pos
        self._endpos = endpos

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    @property
    def lastindex(self):
        return self._m[-1]

    @property
    def lastgroup(self):
        i = self._m[-1]
        if i is None:
            return None
        for name, g in self.re._groupindex.items():
            if g == i:
                return name
        return None

    @property
    def regs(self):
        m = self._m
        return tuple((m[2 * g], m[2 * g + 1]) for g in range(self.re.groups + 1))

    def _get(self, g, default=None):
        m = self._m
        s = m[2 * g]
        if s < 0:
            return default
        return self.string[s:m[2 * g + 1]]

    # group, m[g], start, end and span are native (src/modules/re/mod.rs).
    group = _sre.group
    start = _sre.start
    end = _sre.end
    span = _sre.span

    def __getitem__(self, g):
        return _sre.getitem(self, g)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1 up to however many groups are in the pattern."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."""
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _expand_template(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        m = self._m
        return "<re.Match object; span=(%d, %d), match=%s>" % (m[0], m[1], repr(self.string[m[0]:m[1]])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --------------------------------------------------------------------
# the module functions

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return _sre.match(p._code, string, 0, _MAXSIZE, 0, False, p, Match)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return _sre.match(p._code, string, 0, _MAXSIZE, 1, False, p, Match)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags)) or _compile(pattern, flags)
    return _sre.match(p._code, string, 0, _MAXSIZE, 2, False, p, Match)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()

_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


# --------------------------------------------------------------------
# internals

_cache = {}  # ordered!

_MAXCACHE = 512

def _compile(pattern, flags):
    # internal: compile pattern
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    r = _sre.compile(pattern, int(_index(flags, "flags")))
    if r[0] is None:
        raise error(r[1], pattern, r[2])
    p = Pattern(pattern, r[1], r[0], r[2], r[3])
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


# --------------------------------------------------------------------
# replacement templates: (groups, literals) as in CPython's _parser

_repl_cache = {}

def _compile_repl(repl, pattern):
    key = (repl, pattern)
    try:
        return _repl_cache[key]
    except KeyError:
        pass
    except TypeError:
        return _parse_template(repl, pattern)
    t = _parse_template(repl, pattern)
    if len(_repl_cache) >= _MAXCACHE:
        _repl_cache.clear()
    _repl_cache[key] = t
    return t


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(source, pattern):
    if isinstance(source, bytes):
        groups, literals = _parse_template(str(source, 'latin1'), pattern)
        return groups, [None if s is None else s.encode('latin1') for s in literals]
    if not isinstance(source, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(source).__name__)
    if "\\" not in source:
        return [], [source]
    groups = []
    literals = []
    literal = []
    n = len(source)
    i = 0

    def err(msg, pos):
        return error(msg, source, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise err("invalid group reference %d" % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    groupindex = pattern._groupindex
    while i < n:
        this = source[i]
        if this != "\\":
            literal.append(this)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", n - 1)
        c = source[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or source[i] != "<":
                raise err("missing <", i)
            i += 1
            j = source.find(">", i)
            if j < 0:
                name = source[i:]
                if not name:
                    raise err("missing group name", n)
                raise err("missing >, unterminated name", i)
            name = source[i:j]
            if not name:
                raise err("missing group name", j)
            i = j + 1
            if name.isidentifier():
                index = groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise err("bad character in group name %r" % name, i - len(name) - 1)
                index = int(name)
                if index >= 1073741823:
                    raise err("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and source[i] in _OCTDIGITS:
                digits += source[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            isoctal = False
            if i < n and source[i] in _DIGITS:
                digits += source[i]
                i += 1
                if c in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n and source[i] in _OCTDIGITS:
                    digits += source[i]
                    i += 1
                    isoctal = True
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    literal.append(chr(v))
            if not isoctal:
                addgroup(int(digits), start + 1)
        else:
            e = _ESCAPES.get(c)
            if e is not None:
                literal.append(e)
            elif c in _ASCIILETTERS:
                raise err('bad escape \\%s' % c, start)
            else:
                literal.append("\\" + c)
    if literal:
        literals.append(''.join(literal))
    return groups, literals


def _expand_template(template, match):
    groups, literals = template
    literals = literals[:]
    empty = match.string[:0]
    for index, group in groups:
        literals[index] = match._get(group) or empty
    return empty.join(literals)
