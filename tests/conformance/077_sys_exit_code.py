# sys.exit(3) ends with exit status 3 after finally blocks run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
