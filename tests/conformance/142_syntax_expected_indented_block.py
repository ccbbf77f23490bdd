# SyntaxError: expected an indented block after 'if' statement.
x = 3
if x > 2:
print("x is big")
