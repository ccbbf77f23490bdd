# SyntaxError: Missing parentheses in call to 'print'.
name = "py2"
print "hello", name
