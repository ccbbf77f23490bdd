# Importing built-in and standard modules.
import sys
import math
import time
import collections
import functools
import itertools
import pprint
import contextlib
from math import sqrt as square_root, pi
from collections import Counter as C, deque
import os.path
print(type(sys).__name__, sys.__name__, math.__name__)
print(square_root(16), round(pi, 5))
print(C("aab").most_common(1), deque([1, 2]))
print(isinstance(time.time(), float), time.time() > 0)
print(callable(functools.reduce), callable(itertools.chain))
print(os.path.join("a", "b"))
import math as m2
print(m2 is math, m2.floor(2.7))
from itertools import *
print(list(islice(count(5), 3)))
print("math" in sys.modules, "collections" in sys.modules)
def local_import():
    import json
    return json.dumps({"a": [1, 2]})
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
