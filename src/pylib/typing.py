"""Type hints: a subset of CPython 3.11's typing module.

Enough for programs that annotate with typing's names: the special forms
and generic aliases exist, can be subscripted, and print as CPython prints
them (`typing.Optional[int]`, `typing.Dict[str, typing.List[int]]`, `~T`).
NamedTuple (functional and class syntax) and TypedDict build real classes.
There is no static checking, and isinstance() against a parameterized
alias raises as in CPython.
"""

import collections
import functools
import operator

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'Reversible', 'SupportsAbs',
    'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'AnyStr', 'cast', 'final', 'get_args',
    'get_origin', 'get_type_hints', 'NewType', 'no_type_check', 'overload',
    'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn', 'Never',
    'Self', 'LiteralString', 'Annotated', 'TypeAlias', 'assert_never',
    'reveal_type',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _Final):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    __slots__ = ()


class ForwardRef(_Final):
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Final):
    """A parameterized alias: `List[int]`, `Union[int, str]`."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name and self._name[0].isupper() and isinstance(self.__origin__, type):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """An unparameterized alias of a class: `List`, `Dict`, `Callable`."""

    def __init__(self, origin, nparams, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__.capitalize()

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ((),):
            return _GenericAlias(tuple, (), 'Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params), 'Tuple')


def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return f'typing.Callable[..., {_type_repr(args[1])}]'
    return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
            f'{_type_repr(args[-1])}]')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result, ''))
        else:
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
            flat = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        return _GenericAlias(self.__origin__, flat, 'Callable', special_repr=_callable_repr)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2:
        if args[0] is type(None):
            return f'typing.Optional[{_type_repr(args[1])}]'
        if args[1] is type(None):
            return f'typing.Optional[{_type_repr(args[0])}]'
    return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = []
    for p in flat:
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(Union, tuple(params), 'Union', special_repr=_union_repr)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal',
                         special_repr=lambda a: 'typing.Literal[' + ', '.join(repr(x) for x in a.__args__) + ']')


def _single_getitem(name):
    def getitem(self, parameters):
        item = _type_check(parameters, f'{name} accepts only single type.')
        return _GenericAlias(self, (item,), name)
    return getitem


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used "
                        "with at least two arguments (a type and an "
                        "annotation).")
    return _GenericAlias(self, params, 'Annotated',
                         special_repr=lambda a: 'typing.Annotated[' + _type_repr(a.__args__[0]) + ', ' +
                         ', '.join(repr(x) for x in a.__args__[1:]) + ']')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single_getitem('ClassVar'))
Final = _SpecialForm('Final', _single_getitem('Final'))
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Base of user generic classes: `class Stack(Generic[T])`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    __slots__ = ()


def _alias(origin, nparams, name=None):
    return _SpecialGenericAlias(origin, nparams, name)


List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Type = _alias(type, 1, 'Type')
Deque = _alias(collections.deque, 1, 'Deque')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')


class _AbstractOrigin:
    """Stands for a collections.abc class pygil does not have."""

    def __init__(self, name):
        self.__name__ = self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"


def _abc_alias(name, nparams):
    a = _SpecialGenericAlias(object, nparams, name)
    a.__origin__ = _AbstractOrigin(name)
    return a


Callable = _CallableAlias(_AbstractOrigin('Callable'), 2, 'Callable')
Hashable = _abc_alias('Hashable', 0)
Sized = _abc_alias('Sized', 0)
Awaitable = _abc_alias('Awaitable', 1)
Coroutine = _abc_alias('Coroutine', 3)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
AbstractSet = _abc_alias('AbstractSet', 1)
MutableSet = _abc_alias('MutableSet', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
ByteString = _abc_alias('ByteString', 0)
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ItemsView = _abc_alias('ItemsView', 2)
ValuesView = _abc_alias('ValuesView', 1)
ContextManager = _abc_alias('ContextManager', 1)
AsyncContextManager = _abc_alias('AsyncContextManager', 1)
Generator = _abc_alias('Generator', 3)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
SupportsInt = _abc_alias('SupportsInt', 0)
SupportsFloat = _abc_alias('SupportsFloat', 0)
SupportsComplex = _abc_alias('SupportsComplex', 0)
SupportsBytes = _abc_alias('SupportsBytes', 0)
SupportsIndex = _abc_alias('SupportsIndex', 0)
SupportsAbs = _abc_alias('SupportsAbs', 0)
SupportsRound = _abc_alias('SupportsRound', 0)


def cast(typ, val):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if tp.__origin__ is Callable.__origin__ and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    for k, v in hints.items():
        if v is None:
            hints[k] = type(None)
    return hints


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = 'typing'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _NamedTupleBase(tuple):
    """The base `class P(NamedTuple)` gets: turns the class into a namedtuple."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if '_fields' in cls.__dict__:
            return
        types = cls.__dict__.get('__annotations__', {})
        fields = list(types)
        defaults = []
        for name in fields:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} "
                                f"cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(fields[fields.index(name) - len(defaults):fields.index(name)])}")
        nt = collections.namedtuple(cls.__name__, fields, defaults=defaults,
                                    module=cls.__module__)
        for key, value in nt.__dict__.items():
            if key in ('__dict__', '__weakref__', '__module__', '__qualname__', '__doc__'):
                continue
            if key in cls.__dict__ and key not in fields:
                continue
            setattr(cls, key, value)
        cls.__annotations__ = dict(types)
        if not cls.__dict__.get('__doc__'):
            cls.__doc__ = nt.__doc__


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = collections.namedtuple(typename, [n for n, t in fields])
    nt.__annotations__ = {n: t for n, t in fields}
    return nt


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictBase(dict):
    pass


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__total__': total}
    return type(typename, (_TypedDictBase,), ns)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
