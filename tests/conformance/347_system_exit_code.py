# SystemExit.code and the exit status / message of an uncaught SystemExit:
# None, the one argument, or the tuple of all arguments.
import sys

for args in [(), (None,), (0,), (3,), ("msg",), (True,), ([1, 2],), ("a", "b"), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, "->", repr(e.code), e.args)
for arg in [None, 2, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("sys.exit", repr(arg), "->", repr(e.code))
print("before exit")
raise SystemExit("a", "b")
