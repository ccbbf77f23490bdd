# Single inheritance and method overriding.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + "!"
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super(Kitten, self).speak() + f" ({self.age} weeks)"
for a in [Animal("Generic"), Dog("Rex"), Cat("Tom"), Kitten("Kit", 8)]:
    print(a.describe())
print(issubclass(Kitten, Animal), issubclass(Dog, Cat), isinstance(Kitten("k", 1), Cat))
print(Kitten.__bases__[0].__name__, Kitten.__base__.__name__)
print([c.__name__ for c in Kitten.__mro__])
print(Dog.__mro__[-1] is object)
