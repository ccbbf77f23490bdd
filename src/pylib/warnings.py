"""Python part of the warnings subsystem (subset of CPython 3.11 warnings).

The call site comes from _pygil.caller_location and the source line from
_pygil.source_line (pygil has no frames or linecache).  The "already shown"
registry is one module-level dict keyed by file instead of a
__warningregistry__ per module.  The `message` and `module` arguments of
filterwarnings are regular expressions in CPython; without `re` they are
matched as case-insensitive (message) / case-sensitive (module) prefixes,
with an optional trailing '$' meaning "whole string".
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

try:
    from _pygil import caller_location as _caller_location
    from _pygil import source_line as _source_line
except ImportError:
    # CPython fallbacks with the same contracts.
    def _caller_location(depth):
        try:
            f = sys._getframe(depth + 1)
        except ValueError:
            return None
        return (f.f_code.co_filename, f.f_lineno, f.f_code.co_name)

    def _source_line(path, lineno):
        import linecache
        return linecache.getline(path, lineno) or None


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe:
            # warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # the file (probably stderr) is invalid - this warning gets lost.
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            line = _source_line(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


# Keep a reference to check if the function was replaced
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


# Keep a reference to check if the function was replaced
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---------------------------------------------------------------------------
# Filters.  A filter is (action, message, category, module, lineno) where
# message/module are None or a _Pattern.

class _Pattern(object):
    """Stand-in for a compiled regex (see module docstring)."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ic = ignorecase
        self._exact = pattern.endswith('$') and not pattern.endswith('\\$')
        p = pattern[:-1] if self._exact else pattern
        # Unescape the common "\." written for literal dots.
        p = p.replace('\\.', '.')
        self._p = p.lower() if ignorecase else p

    def match(self, text):
        if self._ic:
            text = text.lower()
        if self._exact:
            return text == self._p
        return text.startswith(self._p)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self._ic == other._ic)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"

    if message:
        message = _compile(message, True)
    else:
        message = None
    if module:
        module = _compile(module, False)
    else:
        module = None

    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


# ---------------------------------------------------------------------------
# State: filters, "once" registry and the per-location registry.

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# file name -> {(text, category, lineno): True, 'version': n}
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _module_name(filename):
    # CPython uses the caller's globals()['__name__']; pygil can't see
    # globals, so map the file back to a module through sys.modules.
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, '__file__', None) == filename:
        return '__main__'
    for name, mod in list(sys.modules.items()):
        if getattr(mod, '__file__', None) == filename:
            return name
    if filename in ('<stdin>', '<string>') and main is not None \
            and getattr(main, '__file__', None) is None:
        return '__main__'
    # Fall back on the file's base name without extension.
    base = filename.replace('\\', '/').rsplit('/', 1)[-1]
    if base.endswith('.py'):
        base = base[:-3]
    return base or '<unknown>'


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Location `stacklevel` frames up: depth 0 would be warn() itself.
    loc = _caller_location(stacklevel) if stacklevel >= 1 else \
        _caller_location(0)
    if loc is None:
        filename = "sys"
        lineno = 1
        module = "sys"
    else:
        filename = loc[0]
        lineno = loc[1]
        module = _module_name(filename)
    registry = _registries.get(filename)
    if registry is None:
        registry = _registries[filename] = {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]  # XXX What about leading pathname?
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry.get(key):
        return
    # Search the filters
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or mod.match(module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    # Early exit actions
    if action == "ignore":
        return

    if action == "error":
        raise message
    # Other actions
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        # Unrecognized actions are errors
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    # Print message and context
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save and restore the filters and showwarning() on exit.

    With record=True, warnings are appended to the list returned by
    __enter__ instead of being shown.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# Default filters of a release build of CPython 3.11.
filters.append(("default", None, DeprecationWarning,
                _compile("__main__", False), 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))


def _processoptions(args):
    # Simple -W handling: "action[:message[:category[:module[:lineno]]]]"
    # with builtin categories only.
    import builtins
    for arg in args:
        try:
            parts = [s.strip() for s in arg.split(':')]
            if len(parts) > 5:
                raise _OptionError("too many fields (max 5): %r" % (arg,))
            while len(parts) < 5:
                parts.append('')
            action, message, category, module, lineno = parts
            for a in _ACTIONS:
                if a.startswith(action):
                    action = a
                    break
            else:
                raise _OptionError("invalid action: %r" % (action,))
            cat = Warning
            if category:
                cat = getattr(builtins, category, None)
                if not (isinstance(cat, type) and issubclass(cat, Warning)):
                    raise _OptionError("invalid warning category: %r"
                                       % (category,))
            ln = int(lineno) if lineno else 0
            filterwarnings(action, message, cat, module, ln)
        except (_OptionError, ValueError) as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


_warnoptions = getattr(sys, 'warnoptions', None)
if _warnoptions:
    _processoptions(_warnoptions)
del _warnoptions
