"""Helper module imported by conformance programs (not a test)."""
GREETING = "hello from mod_helper"
counter = 0
print("mod_helper imported, __name__ =", __name__)

def greet(name):
    return f"{GREETING}, {name}"

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def bump():
    global counter
    counter += 1
    return counter

if __name__ == "__main__":
    print("never printed when imported")
