# Traceback markers for a binary operation in a larger expression.
def compute(values):
    first = values[0]
    second = values[1]
    return first + second * 2 - values[2]

print(compute([1, 2, 3]))
print(compute([1, 2, None]))
