# Stdout and stderr both recorded; exit status 1.
import sys
print("stdout 1")
print("stderr 1", file=sys.stderr)
print("stdout 2")
sys.stderr.write("stderr 2\n")
x = [1, 2, 3]
print(x.get(0))
