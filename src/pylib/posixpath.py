"""Common operations on POSIX pathnames (CPython 3.11 posixpath subset).

Pure string functions follow CPython exactly (str and bytes).  Filesystem
queries use _pygil.path_kind(path) -> 'file' | 'dir' | None (None when the
path does not exist or cannot be examined; symlinks are followed), since
pygil has no os.stat.  islink/lexists/ismount/realpath are approximations:
no symlink information is available.
"""

import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "exists",
           "lexists", "isdir", "isfile", "islink", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')

try:
    from _pygil import path_kind as _path_kind
except ImportError:
    # CPython fallback with the same contract.
    def _path_kind(path):
        import os
        import stat
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None
        if stat.S_ISDIR(st.st_mode):
            return 'dir'
        return 'file'


def _fspath(path):
    """os.fspath(): str/bytes pass through, else __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__,
                                    type(path_repr).__name__))


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not '
                            f'{s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path "
                        "components") from None


def _get_sep(path):
    if isinstance(path, bytes):
        return b'/'
    else:
        return '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    sep = _get_sep(s)
    return s.startswith(sep)


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # 23780: Ensure compatible data type even if p is null.
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def _splitext(p, sep, altsep, extsep):
    sepIndex = p.rfind(sep)
    if altsep:
        altsepIndex = p.rfind(altsep)
        sepIndex = max(sepIndex, altsepIndex)

    dotIndex = p.rfind(extsep)
    if dotIndex > sepIndex:
        # skip all leading dots
        filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex:
            if p[filenameIndex:filenameIndex + 1] != extsep:
                return p[:dotIndex], p[dotIndex:]
            filenameIndex += 1

    return p, p[:0]


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep = b'/'
        extsep = b'.'
    else:
        sep = '/'
        extsep = '.'
    return _splitext(p, sep, None, extsep)


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


# -- Filesystem queries --------------------------------------------------

def _kind(path):
    try:
        path = _fspath(path)
    except TypeError:
        raise
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    if '\x00' in path:
        return None
    return _path_kind(path)


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    if isinstance(path, int):
        return False
    return _kind(path) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    return _kind(path) == 'file'


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _kind(s) == 'dir'


def islink(path):
    """Always False: pygil cannot see symbolic links."""
    _fspath(path)
    return False


def lexists(path):
    """Test whether a path exists (same as exists() here)."""
    return exists(path)


def ismount(path):
    """Only '/' is reported as a mount point."""
    path = _fspath(path)
    return normpath(abspath(path)) in ('/', b'/')


def getsize(filename):
    """Size of a file, by reading it (pygil has no os.stat)."""
    with open(filename, 'rb') as f:
        return len(f.read())


def samefile(f1, f2):
    """Compares normalized absolute paths (no inode information)."""
    return normpath(abspath(f1)) == normpath(abspath(f2))


# -- Expansion -----------------------------------------------------------

def _environ():
    try:
        import os
        return os.environ
    except (ImportError, AttributeError):
        return {}


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing.  (~user is only expanded via the pwd module if present.)"""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
    else:
        tilde = '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        environ = _environ()
        if 'HOME' not in environ:
            try:
                import pwd
                import os
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except Exception:
                return path
        else:
            userhome = environ['HOME']
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            pwent = pwd.getpwnam(name)
        except KeyError:
            return path
        userhome = pwent.pw_dir
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
        root = b'/'
    else:
        root = '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _is_name_char(c):
    # regex \w restricted to ASCII, as in CPython's expandvars pattern
    return c.isascii() and (c.isalnum() or c == '_')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
    else:
        if '$' not in path:
            return path
        text = path
    environ = _environ()
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        # CPython's pattern: \$(\w+|\{[^}]*\})
        if i + 1 < n and text[i + 1] == '{':
            j = text.find('}', i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = text[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and _is_name_char(text[j]):
                j += 1
            if j == i + 1:
                out.append(c)
                i += 1
                continue
            name = text[i + 1:j]
            end = j
        if name in environ:
            out.append(environ[name])
        else:
            out.append(text[i:end])
        i = end
    result = ''.join(out)
    if isinstance(path, bytes):
        return result.encode('utf-8', 'surrogateescape')
    return result


# -- Normalization -------------------------------------------------------

def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep = b'/'
        empty = b''
        dot = b'.'
        dotdot = b'..'
    else:
        sep = '/'
        empty = ''
        dot = '.'
        dotdot = '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX allows one or two initial slashes, but treats three or more
    # as single slash.
    if (initial_slashes and
            path.startswith(sep * 2) and not path.startswith(sep * 3)):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def _getcwd(as_bytes):
    import os
    if as_bytes:
        try:
            return os.getcwdb()
        except AttributeError:
            return os.getcwd().encode('utf-8', 'surrogateescape')
    return os.getcwd()


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _getcwd(isinstance(path, bytes))
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Like abspath(): symbolic links cannot be resolved in pygil."""
    filename = _fspath(filename)
    path = abspath(filename)
    if strict and not exists(path):
        raise FileNotFoundError(2, 'No such file or directory', path)
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""

    if not path:
        raise ValueError("no path specified")

    path = _fspath(path)
    if isinstance(path, bytes):
        curdir = b'.'
        sep = b'/'
        pardir = b'..'
    else:
        curdir = '.'
        sep = '/'
        pardir = '..'

    if start is None:
        start = curdir
    else:
        start = _fspath(start)

    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        # Work out how much of the filepath is shared by start and path.
        i = len(commonprefix([start_list, path_list]))

        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""

    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')

    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep = b'/'
        curdir = b'.'
    else:
        sep = '/'
        curdir = '.'

    try:
        split_paths = [path.split(sep) for path in paths]

        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None

        split_paths = [[c for c in s if c and c != curdir]
                       for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break

        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
