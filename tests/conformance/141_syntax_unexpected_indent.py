# SyntaxError: unexpected indent.
print("never runs")
x = 1
    y = 2
print(x)
