# AttributeError on a module and on a class.
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("caught:", e)
class K:
    limit = 3
try:
    K.limt
except AttributeError as e:
    print("caught:", e)
print([1, 2].length)
