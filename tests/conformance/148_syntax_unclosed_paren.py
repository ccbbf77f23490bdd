# SyntaxError: '(' was never closed.
total = (1 + 2
print(total)
