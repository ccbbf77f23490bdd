# Composition and delegation with __getattr__, __setattr__ and __dir__-free introspection.
class Engine:
    def __init__(self):
        self.running = False
    def start(self):
        self.running = True
        return "vroom"
    def stop(self):
        self.running = False
        return "silence"
class Car:
    def __init__(self, name):
        self.name = name
        self.engine = Engine()
    def __getattr__(self, attr):
        print(f"delegating {attr!r}")
        return getattr(self.engine, attr)
c = Car("beetle")
print(c.start(), c.running)
print(c.name)
print(c.stop(), c.running)
try:
    c.fly()
except AttributeError as e:
    print("AttributeError:", e)
class ReadOnly:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, k):
        try:
            return self._data[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        raise AttributeError(f"{k} is read-only")
r = ReadOnly(x=1, y=2)
print(r.x, r.y)
for action in (lambda: setattr(r, "x", 5), lambda: r.z):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
