# SyntaxError: a non-breaking space U+00A0 in code.
x = 1
y = 2
print(x + y)
