# Metaclasses (__new__/__init__/__call__, inherited by subclasses), __init_subclass__, __class_getitem__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = getattr(cls, "registry", []) + [name]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "I am " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Child(Base, flag=True):
    def m(self): pass

c = Child(5)
print(c.v, type(Child).__name__, Child.registry, Child.describe(), isinstance(Child, Meta), type(c).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
a = Config(); b = Config()
print(a is b)

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print([p.plugin_name for p in Plugin.plugins])

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], list[int], dict[str, int])

class ABCMetaTest(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class Q(metaclass=ABCMetaTest): pass
print(repr(Q), Q)
M = type("M", (), {"x": 1})
print(M.x, M.__name__)
