# SyntaxError: unterminated triple-quoted string literal.
x = 1
doc = """this string
never ends
print(x)
