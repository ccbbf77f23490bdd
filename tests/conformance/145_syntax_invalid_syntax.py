# SyntaxError: invalid syntax.
print("start")
x = 1 +* 2
