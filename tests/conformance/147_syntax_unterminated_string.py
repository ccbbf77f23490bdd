# SyntaxError: unterminated string literal.
message = "hello world
print(message)
