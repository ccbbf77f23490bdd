# IndentationError: expected an indented block after function definition.
def empty():

x = 1
