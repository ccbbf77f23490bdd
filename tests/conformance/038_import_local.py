# Importing a helper module from the script's directory.
import mod_helper
import mod_helper as again
from mod_helper import greet, Point as P
print(mod_helper.greet("you"))
print(greet("me"), P(1, 2))
print(mod_helper.GREETING)
print(again is mod_helper)
print(mod_helper.bump(), mod_helper.bump(), again.counter)
print(mod_helper.__name__, mod_helper.__doc__)
print(type(mod_helper).__name__)
print(sorted(n for n in dir(mod_helper) if not n.startswith("_")))
print(__name__)
