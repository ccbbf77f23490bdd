"""Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique for pygil.

CPython's EnumType metaclass builds the members in its __new__; here
Enum.__init_subclass__ turns the class attributes into members once the
class body has run, and EnumType only gives the classes their repr.  What works like CPython 3.11:
members with .name/.value, Color(1) and Color['RED'] (via __class_getitem__),
repr/str/format/hash, aliases, auto(), _generate_next_value_, _missing_,
custom __new__/__init__ with tuple values, IntEnum/StrEnum/ReprEnum, mixins
such as `class X(int, Enum)`, Color.__members__, unique, the functional API
Enum('Name', 'A B C').

len(Color), iter(Color)/list(Color) and `x in Color` work through the
classmethods __class_iter__, __class_len__ and __class_contains__, which the
interpreter calls for a class (what EnumType's methods would do).

Limits:
  * members can be reassigned/deleted on the class and duplicate names in
    the class body are not detected;
  * Flag boundaries other than STRICT (Flag) and KEEP (IntFlag) are not
    provided.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'EnumMeta', 'EnumType', 'members']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern) and
            not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _enum_repr(cls):
    return "<enum %r>" % (cls.__name__,)


def _find_data_type(cls):
    # First non-Enum base (in MRO order) that defines __new__, e.g. int.
    for base in cls.__mro__[1:]:
        if base is object:
            continue
        if issubclass(base, Enum):
            mt = base.__dict__.get('_member_type_')
            if mt is not None and mt is not object:
                return mt
            continue
        if '__new__' in base.__dict__ or '__init__' in base.__dict__:
            return base
    return object


def _lookup(cls, name):
    # Attribute from the class MRO's __dict__s, without binding.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class EnumType(type):
    """Metaclass of Enum: the class repr (members are made by
    Enum.__init_subclass__)."""

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


Flag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations; see the module docstring for limits."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        _setup_enum_class(cls)

    def __new__(cls, value, names=None, *, module=None, qualname=None,
                type=None, start=1, boundary=None):
        if names is not None:
            # Functional API: Enum('Color', 'RED GREEN')
            return cls._create_(value, names, module=module,
                                qualname=qualname, type=type, start=start)
        if not cls._member_map_ and cls._member_type_ is object and \
                not cls._member_names_:
            raise TypeError('%s has no members defined' % cls.__name__)
        # Lookup by value (CPython's EnumType.__call__ -> Enum.__new__).
        if type_(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        result = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError(
                'error in %s._missing_: returned %r instead of None or a '
                'valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1):
        bases = (cls, ) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            ns[member_name] = member_value
        if module is not None:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return type_(class_name, bases, ns)

    def _generate_next_value_(name, start, count, last_values):
        """Value for an auto() member: one more than the last value."""
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value']
        for name in self.__dict__:
            if name[0] != '_':
                names.append(name)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    # Class-level protocol that needs a metaclass in CPython.
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, member):
        if isinstance(member, cls):
            return True
        try:
            return member in cls._value2member_map_ or any(
                m._value_ == member for m in cls._member_map_.values())
        except TypeError:
            return False


type_ = type
Enum._value_repr_ = None


def _setup_enum_class(cls):
    """Turn the class attributes of a new Enum subclass into members."""
    classdict = dict(cls.__dict__)
    # An enum with members cannot be subclassed.
    for base in cls.__mro__[1:]:
        if issubclass(base, Enum) and base.__dict__.get('_member_names_'):
            raise TypeError("%s cannot extend %s"
                            % (_enum_repr(cls), _enum_repr(base)))
    member_type = _find_data_type(cls)
    cls._member_type_ = member_type

    # A user-defined __new__ creates members; lookups use Enum.__new__.
    if '__new__' in classdict:
        new = classdict['__new__']
        cls.__new_member__ = new
    new_member = _lookup(cls, '__new_member__')
    if new_member is not None:
        new_member = getattr(new_member, '__func__', new_member)
    # Likewise a user-defined __init__ runs only when members are created.
    if '__init__' in classdict:
        cls._member_init_ = classdict['__init__']
        cls.__init__ = Enum.__dict__['__init__']
    member_init = _lookup(cls, '_member_init_')

    ignore = classdict.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    names = []
    for key, value in classdict.items():
        if key in ignore or _is_dunder(key) or _is_sunder(key):
            continue
        if _is_private(cls.__name__, key) or _is_descriptor(value):
            continue
        names.append((key, value))
    for key in ignore:
        if key in classdict:
            delattr(cls, key)

    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls.__members__ = cls._member_map_

    gen_next = _lookup(cls, '_generate_next_value_')
    gen_next = getattr(gen_next, '__func__', gen_next)
    last_values = []
    for count, (name, value) in enumerate(names):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = gen_next(name, 1, count, last_values[:])
            value = value.value
        last_values.append(value)
        if not isinstance(value, tuple):
            args = (value, )
        else:
            args = value
        if member_type is tuple:
            args = (args, )
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        if member_init is not None:
            member_init(member, *args)
        # Aliases: same value as an existing member.
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    # repr/str/format: keep Enum's unless the class (not a data-type mixin)
    # defines them; ReprEnum subclasses use the data type's str/format.
    if ReprEnum is not None and ReprEnum in cls.__bases__:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data '
                            'type (i.e. int, str, float, etc.)')
        if '__format__' not in classdict:
            cls.__format__ = member_type.__format__
            classdict['__format__'] = cls.__format__
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            cls.__str__ = method
            classdict['__str__'] = cls.__str__
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name not in classdict:
            found = getattr(cls, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                # The nearest enum base's version (Flag's repr for IntFlag).
                for base in cls.__mro__[1:]:
                    if issubclass(base, Enum) and name in base.__dict__:
                        setattr(cls, name, base.__dict__[name])
                        break
    # Lookups go through Enum.__new__ (a mixin's __new__ comes first in the
    # MRO otherwise).
    type.__setattr__(cls, '__new__', Enum.__dict__['__new__'])


ReprEnum = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            # it must be a string
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            # check that encoding argument is a string
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r'
                                % (values[1], ))
        if len(values) == 3:
            # check that errors argument is a string
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r'
                                % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _flag_bin(num, max_bits):
    # enum.bin of CPython: sign bits, a space, the digits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~."""

    _boundary_keep_ = False

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _flag_mask_(cls):
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        return mask

    @classmethod
    def _members_in_(cls, value):
        # Canonical single-bit members whose bit is set, in definition order.
        return [cls._member_map_[n] for n in cls._member_names_
                if _is_single_bit(cls._member_map_[n]._value_)
                and cls._member_map_[n]._value_ & value]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_()
        if value < 0 or value & ~flag_mask:
            if not cls._boundary_keep_:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _flag_bin(value, max_bits),
                                    _flag_bin(flag_mask, max_bits)))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls._members_in_(value)]
        extra = value & ~flag_mask if value >= 0 else 0
        if names and extra:
            names.append(str(extra))
        member._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    @classmethod
    def __class_iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_
                if _is_single_bit(cls._member_map_[n]._value_))

    @classmethod
    def __class_len__(cls):
        return len([n for n in cls._member_names_
                    if _is_single_bit(cls._member_map_[n]._value_)])

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._members_in_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def _other_value_(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._boundary_keep_ and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_() ^ self._value_)

    def __hash__(self):
        return hash(self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    _boundary_keep_ = True

    # int comes first in the MRO: the flag operators must win over int's.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    def __hash__(self):
        return int.__hash__(self)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def members(enum_class):
    """list(enum_class) for pygil: canonical members in definition order."""
    return [enum_class._member_map_[n] for n in enum_class._member_names_]
