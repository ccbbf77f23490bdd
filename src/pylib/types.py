"""Names for built-in types, and the objects behind `list[int]` and
`int | None` (a subset of CPython 3.11's types module)."""

__all__ = ['GenericAlias', 'UnionType', 'SimpleNamespace', 'FunctionType',
           'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'GeneratorType', 'ModuleType', 'NoneType',
           'EllipsisType', 'NotImplementedType']


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
ModuleType = type(__import__('sys'))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _C, _g


def _repr_item(p):
    # CPython's ga_repr_item
    if p is Ellipsis:
        return '...'
    if hasattr(p, '__origin__') and hasattr(p, '__args__'):
        return repr(p)
    if isinstance(p, type):
        if p.__module__ == 'builtins':
            return p.__qualname__
        return f'{p.__module__}.{p.__qualname__}'
    return repr(p)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            items = x.__args__
        else:
            items = (type(None) if x is None else x,)
        for i in items:
            if i not in args:
                args.append(i)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class GenericAlias:
    """`list[int]`: the origin class with its arguments."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            return f'{_repr_item(self.__origin__)}[()]'
        return f'{_repr_item(self.__origin__)}[{", ".join(_repr_item(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """`int | str`."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _repr_item(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "{}({})".format(type(self).__name__ if type(self) is not SimpleNamespace else 'namespace', ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
