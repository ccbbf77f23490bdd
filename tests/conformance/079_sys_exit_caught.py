# SystemExit can be caught and inspected.
import sys
for arg in (0, 2, "msg", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), type(e).__name__)
try:
    raise SystemExit(7)
except BaseException as e:
    print(isinstance(e, Exception), e.code)
print("exiting with 0 explicitly")
sys.exit(0)
