# TypeError: missing required positional argument (uncaught, in nested call).
def area(width, height):
    return width * height

def report(w):
    print("computing area for", w)
    return area(w)

report(3)
