# Uncaught exception at module level after some output.
print("line before the error")
data = {"a": 1}
value = data["a"] * 10
print("value", value)
raise RuntimeError("something went wrong at top level")
print("never printed")
