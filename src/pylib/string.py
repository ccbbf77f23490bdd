"""Common string constants, capwords and Template (subset of CPython's
string module)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _ChainMap:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _lookup_in(mapping, kws):
    # Keyword arguments win over the mapping.
    if mapping is None:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions (CPython's
    string.Template, scanned by hand instead of with a regular expression;
    a custom `idpattern` or `pattern` is not supported)."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, text, start): kind is 'text', 'escaped', 'named',
        # 'braced' or 'invalid'.
        t, delim = self.template, self.delimiter
        i, n, start = 0, len(t), 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            k = j + len(delim)
            if t.startswith(delim, k):
                yield 'text', t[start:j], start
                yield 'escaped', delim, j
                i = start = k + len(delim)
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and t[m] in _ID_START:
                    e = m + 1
                    while e < n and t[e] in _ID_CHARS:
                        e += 1
                    if e < n and t[e] == '}':
                        yield 'text', t[start:j], start
                        yield 'braced', t[m:e], j
                        i = start = e + 1
                        continue
            elif k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                yield 'text', t[start:j], start
                yield 'named', t[k:e], j
                i = start = e
                continue
            yield 'text', t[start:j], start
            yield 'invalid', delim, k
            i = start = k
        yield 'text', t[start:], start

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        mapping = _lookup_in(mapping, kws)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped'):
                out.append(text)
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append('%s' % (mapping[text],))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _lookup_in(mapping, kws)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped', 'invalid'):
                out.append(text)
                continue
            try:
                out.append('%s' % (mapping[text],))
            except KeyError:
                if kind == 'braced':
                    out.append(self.delimiter + '{' + text + '}')
                else:
                    out.append(self.delimiter + text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, _ in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids
