# Uncaught float ZeroDivisionError.
ratio = 3.0
zero = 0.0
print("ratio", ratio)
print(ratio / zero)
