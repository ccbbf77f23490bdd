# SyntaxError: '[' was never closed (at end of file).
items = [
    1,
    2,
