# Exceptions caught and printed with type(e).__name__, e.
import math
actions = [
    lambda: 1 / 0,
    lambda: [1][2],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: None + 1,
    lambda: undefined_name,
    lambda: "s".nope,
    lambda: math.sqrt(-1),
    lambda: [].pop(),
    lambda: next(iter([])),
    lambda: float("y"),
    lambda: (1, 2).append(3),
    lambda: open("tmp_127_missing_file.txt"),
    lambda: import_error(),
    lambda: "%d" % "s",
    lambda: chr(10 ** 9),
    lambda: [1, 2, 3].index(7),
    lambda: 10 ** 400 * 1.0,
    lambda: {1, 2} + {3},
    lambda: tuple(5),
]
def import_error():
    import no_such_module_conformance
for act in actions:
    try:
        act()
    except Exception as e:
        print(type(e).__name__, e)
