# Uncaught exception without message, and a class with custom __str__.
class Quiet(Exception):
    pass
try:
    raise Quiet
except Quiet as e:
    print("repr:", repr(e), "str:", repr(str(e)))
print("now uncaught")
raise ValueError
