# Benchmark: the notes' `sum += 1` on a global, 1,000,000 times at module level
# and 1,000,000 times in a function with `global`.
sum = 0
loopSum = 1000000

for i in range(loopSum):
    sum += 1


def myAdd():
    global sum, loopSum
    for i in range(loopSum):
        sum += 1


myAdd()
print("global_loop", sum)
