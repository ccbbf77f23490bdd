def greet(name):
    print("hello", name)

def farewell(:
    print("bye")

greet("world")
