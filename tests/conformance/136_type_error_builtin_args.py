# TypeErrors from builtins (caught).
cases = [
    lambda: len(5),
    lambda: sum([1, "a"]),
    lambda: sorted(5),
    lambda: abs("x"),
    lambda: round("1"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (1,),
    lambda: "x".join("a", "b"),
    lambda: dict([1, 2]),
    lambda: int([1]),
    lambda: float([]),
    lambda: list(1),
    lambda: iter(None),
    lambda: min(1),
    lambda: "abc".startswith(["a"]),
    lambda: {}.get(),
    lambda: isinstance(1, "int"),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
    except ValueError as e:
        print("ValueError", e)
