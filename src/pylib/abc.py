"""Abstract Base Classes without metaclasses (subset of CPython 3.11 abc).

ABC.__init_subclass__ computes __abstractmethods__ and ABC.__new__ refuses
to instantiate a class that still has abstract methods, with CPython's
message.  ABCMeta is a real metaclass (collections.abc uses it); ABC itself is
not built on it, so ABC.register() records virtual subclasses that
isinstance()/issubclass() do not consult: use abc.is_virtual_subclass(cls,
base) for those.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use 'classmethod' with 'abstractmethod' instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use 'staticmethod' with 'abstractmethod' instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use 'property' with 'abstractmethod' instead."""
    __isabstractmethod__ = True


def _is_abstract(value):
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except Exception:
        return False


def _compute_abstracts(cls):
    # Same rule as CPython's _abc_init: abstract names defined in the class,
    # plus inherited abstract names that are still abstract here.
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls._abc_abstracts_ = _compute_abstracts(cls)
    try:
        cls.__abstractmethods__ = cls._abc_abstracts_
    except (AttributeError, TypeError):
        pass
    return cls


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""

    _abc_abstracts_ = frozenset()
    _abc_registry_ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registry_ = []
        abstracts = _compute_abstracts(cls)
        cls._abc_abstracts_ = abstracts
        # CPython reads this attribute too (and, under CPython, setting it
        # makes object.__new__ refuse abstract classes as well).
        try:
            cls.__abstractmethods__ = abstracts
        except (AttributeError, TypeError):
            pass

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('_abc_abstracts_', None)
        if abstracts is None:
            abstracts = _compute_abstracts(cls)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '',
                   ', '.join(names)))
        nxt = super(ABC, cls).__new__
        if nxt is object.__new__:
            if (args or kwargs) and cls.__init__ is object.__init__:
                raise TypeError('%s() takes no arguments' % cls.__name__)
            return nxt(cls)
        return nxt(cls, *args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC (see module limits)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        if subclass not in cls._abc_registry_:
            cls._abc_registry_.append(subclass)
        return subclass


def is_virtual_subclass(cls, base):
    """issubclass() that also honours ABC.register()."""
    if issubclass(cls, base):
        return True
    for klass in getattr(base, '_abc_registry_', ()):
        if issubclass(cls, klass):
            return True
    for sub in base.__subclasses__():
        if is_virtual_subclass(cls, sub):
            return True
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes: refuses to instantiate
    a class with abstract methods, and makes isinstance()/issubclass()
    honour register() and __subclasshook__ (no cache: each check walks the
    registry and the subclasses)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = _compute_abstracts(cls)
        cls._abc_abstracts_ = abstracts
        try:
            cls.__abstractmethods__ = abstracts
        except (AttributeError, TypeError):
            pass
        cls._abc_registry_ = []
        # type.__subclasses__() is not tracked by pygil: the ABCs keep
        # their direct subclasses for __subclasscheck__.
        cls._abc_subclasses_ = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base.__dict__['_abc_subclasses_'].append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('_abc_abstracts_', None)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '',
                   ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry_.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry_', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__dict__.get('_abc_subclasses_', ()):
            if issubclass(subclass, scls):
                return True
        return False


def get_cache_token():
    """Returns the current ABC cache token."""
    return 0
