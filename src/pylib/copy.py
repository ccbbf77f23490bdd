"""Generic (shallow and deep) copying operations.

Pure-Python subset of CPython 3.11's copy module, without copyreg: objects
are copied through __copy__/__deepcopy__, an overridden __reduce_ex__ or
__reduce__, or else generically by creating a new instance with
cls.__new__ and copying its __dict__ (plus list/dict contents for
subclasses of list/dict).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


class _C:
    def _method(self):
        pass


# Types whose instances are immutable or otherwise returned as-is.
_atomic_types = {type(None), int, float, bool, complex, str, bytes, tuple,
                 frozenset, type, range, slice, property,
                 type(Ellipsis), type(NotImplemented), type(_function),
                 type(len), type(_C()._method)}


def _overrides(cls, name):
    # True when cls has its own version of a method object provides.
    return getattr(cls, name, None) is not getattr(object, name, None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    if cls in _atomic_types or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    return _reduce_copy(x, cls, deep=False, memo=None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reduce_copy(x, cls, deep=True, memo=memo)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for _t in _atomic_types:
    if _t is not tuple and _t is not frozenset:
        d[_t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y          # registered first so cycles resolve to y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # Set elements are hashable, hence immutable enough not to recurse into
    # cycles through the set itself.
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(a, memo) for a in x])


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray

del d, _t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo so its id is not reused
    while the memo is alive."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reduce_copy(x, cls, deep, memo):
    # Prefer a class-provided reduce protocol, like CPython's copyreg path.
    if _overrides(cls, "__reduce_ex__"):
        rv = x.__reduce_ex__(4)
    elif _overrides(cls, "__reduce__"):
        rv = x.__reduce__()
    else:
        rv = _generic_reduce(x, cls)
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error("un(%s)copyable object of type %s"
                    % ("deep" if deep else "shallow", cls))
    return _reconstruct(x, memo, *rv) if deep else _reconstruct(x, None, *rv)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _generic_reduce(x, cls):
    # Equivalent of object.__reduce_ex__(2+) via copyreg.__newobj__.
    if hasattr(x, "__getnewargs__"):
        args = tuple(x.__getnewargs__())
    else:
        args = ()
    if hasattr(x, "__getstate__") and _overrides(cls, "__getstate__"):
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None) or None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _overrides(type(y), '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
