"""Run-time helpers of the `match` statement (see src/parser/match_stmt.rs).

Each returns the parts of the subject the sub-patterns are matched against,
or None when the subject does not have the pattern's shape."""

_MISSING = object()
_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _is_sequence(s):
    if isinstance(s, (str, bytes, bytearray)):
        return False
    if isinstance(s, (list, tuple, range)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(s, Sequence)


def _is_mapping(s):
    if isinstance(s, dict):
        return True
    try:
        from collections.abc import Mapping
    except ImportError:
        return False
    return isinstance(s, Mapping)


def seq(s, n, star):
    """The items of a sequence of length n (at least n with a star)."""
    if not _is_sequence(s):
        return None
    size = len(s)
    if size < n or (size != n and not star):
        return None
    return list(s)


def mapping(s, keys):
    """The values of `keys` in a mapping that has them all."""
    if not _is_mapping(s):
        return None
    if len(set(keys)) != len(keys):
        seen = set()
        for k in keys:
            if k in seen:
                raise ValueError(f"mapping pattern checks duplicate key ({k!r})")
            seen.add(k)
    values = []
    missing = object()
    for k in keys:
        v = s.get(k, missing)
        if v is missing:
            return None
        values.append(v)
    return values


def rest(s, keys):
    """`**rest`: a dict of the other items."""
    return {k: v for k, v in s.items() if k not in keys}


def cls(s, c, npos, kwnames):
    """The attributes a class pattern `C(p1, ..., k=q)` matches against."""
    if not isinstance(c, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(s, c):
        return None
    match_args = getattr(c, '__match_args__', _MISSING)
    match_self = False
    if match_args is _MISSING:
        # int(x), str(x)...: the subject itself is the one positional part.
        match_self = issubclass(c, _SELF_MATCHING)
        match_args = ()
    elif not isinstance(match_args, tuple):
        raise TypeError(f"{c.__name__}.__match_args__ must be a tuple (got {type(match_args).__name__})")
    allowed = 1 if match_self else len(match_args)
    if npos > allowed:
        plural = "" if allowed == 1 else "s"
        raise TypeError(f"{c.__name__}() accepts {allowed} positional sub-pattern{plural} ({npos} given)")
    if match_self and npos:
        rest = _attrs(s, c, list(kwnames))
        return None if rest is None else [s] + rest
    return _attrs(s, c, list(match_args[:npos]) + list(kwnames))


def _attrs(s, c, names):
    """The attributes `names` of s (None if one is missing)."""
    for name in names:
        if names.count(name) > 1:
            raise TypeError(f"{c.__name__}() got multiple sub-patterns for attribute {name!r}")
    values = []
    for name in names:
        v = getattr(s, name, _MISSING)
        if v is _MISSING:
            return None
        values.append(v)
    return values
