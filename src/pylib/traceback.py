"""Print or format exceptions and stacks (subset of CPython 3.11 traceback).

pygil has no traceback/frame objects visible to Python, so the formatting is
done by the interpreter: _pygil.format_exception(exc) gives the full text
CPython would print (with the __cause__/__context__ chain) and
_pygil.format_exception_only(exc) the final "Type: message" part.  Under
CPython the real traceback module does the same job.

Limits: `limit` is ignored for exceptions; the `tb` argument is only used to
decide between a full report and "exception only" (tb=None); stacks come from
_pygil.caller_location and cannot start at an arbitrary frame object.
"""

import sys

__all__ = ['extract_stack', 'format_exc', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'print_list', 'extract_tb',
           'FrameSummary', 'StackSummary', 'TracebackException']

try:
    from _pygil import format_exception as _fmt_exc
    from _pygil import format_exception_only as _fmt_only
    from _pygil import caller_location as _caller_location
    from _pygil import source_line as _source_line
    _real = None
except ImportError:
    # CPython fallback: delegate to the real stdlib module, loaded by path
    # because this file shadows the name `traceback`.
    import importlib.util as _ilu
    import os as _os
    _spec = _ilu.spec_from_file_location(
        '_cpython_traceback',
        _os.path.join(_os.path.dirname(_os.__file__), 'traceback.py'))
    _real = _ilu.module_from_spec(_spec)
    _spec.loader.exec_module(_real)
    del _ilu, _os, _spec

    def _fmt_exc(exc):
        return ''.join(_real.format_exception(exc))

    def _fmt_only(exc):
        return ''.join(_real.format_exception_only(exc))

    def _caller_location(depth):
        try:
            f = sys._getframe(depth + 1)
        except ValueError:
            return None
        return (f.f_code.co_filename, f.f_lineno, f.f_code.co_name)

    def _source_line(path, lineno):
        import linecache
        return linecache.getline(path, lineno) or None

_sentinel = object()
_HEADER = "Traceback (most recent call last):\n"


def _parse_value_tb(exc, value, tb):
    # Supports both the 3.10+ one-argument form and (type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def _split_lines(text):
    return text.splitlines(True)


def _format_full(value, chain):
    if not chain:
        # Hide the chain while formatting, then restore it.
        saved = (value.__cause__, value.__context__,
                 value.__suppress_context__)
        value.__cause__ = None
        value.__context__ = None
        try:
            return _fmt_exc(value)
        finally:
            value.__cause__ = saved[0]
            value.__context__ = saved[1]
            value.__suppress_context__ = saved[2]
    return _fmt_exc(value)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """List of strings (each ending in a newline) describing the exception."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is None and value.__traceback__ is not None and _real is None:
        # Explicit tb=None: no "Traceback" section, like CPython.
        return _split_lines(_fmt_only(value))
    if _real is not None:
        return _real.format_exception(type(value), value, tb, limit=limit,
                                      chain=chain)
    return _split_lines(_format_full(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The "Type: message" lines (plus SyntaxError details and notes)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _split_lines(_fmt_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------------------
# Stacks

class FrameSummary(object):
    """One stack entry: filename, lineno, name and the source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno) or ''
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name,
                    self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for fs in self:
            row = '  File "{}", line {}, in {}\n'.format(
                fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line.strip())
            result.append(row)
        return result


def _format_locations(locs):
    """Format (path, lineno, funcname) tuples, outermost first."""
    return StackSummary.from_list(
        [FrameSummary(p, l, n) for (p, l, n) in locs]).format()


def _stack_from(depth, limit):
    # Locations from `depth` levels above our caller outward, then reversed
    # so that the outermost frame comes first.
    locs = []
    d = depth + 1
    while True:
        loc = _caller_location(d)
        if loc is None:
            break
        locs.append(loc)
        d += 1
        if limit is not None and limit >= 0 and len(locs) >= limit:
            break
    locs.reverse()
    if limit is not None and limit < 0:
        locs = locs[:-limit]
    return StackSummary.from_list([FrameSummary(p, l, n) for (p, l, n)
                                   in locs])


def extract_stack(f=None, limit=None):
    """Stack of the caller (f is accepted but only None is supported)."""
    if _real is not None and f is not None:
        return _real.extract_stack(f, limit)
    return _stack_from(1, limit)


def format_stack(f=None, limit=None):
    if _real is not None and f is not None:
        return _real.format_stack(f, limit)
    return _stack_from(1, limit).format()


def print_stack(f=None, limit=None, file=None):
    if _real is not None and f is not None:
        return _real.print_stack(f, limit, file)
    if file is None:
        file = sys.stderr
    for item in _stack_from(1, limit).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


# ---------------------------------------------------------------------------
# Traceback objects: only the exception currently being handled is known to
# pygil, so format_tb(tb) works for tb = sys.exc_info()[2] / exc.__traceback__
# of the handled exception; other tracebacks give an empty list.

def _tb_entries(tb):
    exc = sys.exc_info()[1]
    if exc is None or tb is None or exc.__traceback__ is not tb:
        return []
    full = _format_full(exc, False)
    only = _fmt_only(exc)
    if not full.startswith(_HEADER) or not full.endswith(only):
        return []
    body = full[len(_HEADER):len(full) - len(only)]
    entries = []
    for line in body.splitlines(True):
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    return entries


def format_tb(tb, limit=None):
    if _real is not None:
        return _real.format_tb(tb, limit)
    entries = _tb_entries(tb)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def extract_tb(tb, limit=None):
    if _real is not None:
        return _real.extract_tb(tb, limit)
    result = StackSummary()
    for entry in format_tb(tb, limit):
        # '  File "path", line N, in name\n    source\n'
        first = entry.split('\n', 1)[0]
        try:
            path = first[first.index('"') + 1:first.rindex('"')]
            rest = first[first.rindex('"') + 1:]
            lineno = int(rest.split('line ', 1)[1].split(',', 1)[0])
            name = rest.split(', in ', 1)[1]
        except (ValueError, IndexError):
            continue
        result.append(FrameSummary(path, lineno, name))
    return result


class TracebackException(object):
    """Minimal TracebackException: keeps the exception, formats on demand."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ''
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        for line in format_exception(self._exc, chain=chain):
            yield line

    def format_exception_only(self):
        for line in format_exception_only(self._exc):
            yield line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc
        return NotImplemented

    def __str__(self):
        return self._str


def clear_frames(tb):
    pass


def walk_stack(f):
    return iter(())


def walk_tb(tb):
    return iter(())
