# staticmethod, classmethod, property with setter and deleter.
class Temperature:
    scale = "C"
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        print("setting", value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.convert(100), t.convert(0))
print(Temperature.from_f(212).celsius)
class Sub(Temperature):
    scale = "K?"
print(Sub.describe(), Sub.from_f(32).__class__.__name__)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.__dict__["convert"]).__name__, type(Temperature.__dict__["from_f"]).__name__)
print(isinstance(Temperature.celsius, property))
