# Reading an empty stdin: sys.stdin iterates (no lines), readline/read/
# readlines return empty results, input() raises EOFError after the prompt.
import sys

print(sys.stdin.read() == "", sys.stdin.readline() == "", sys.stdin.readlines())
count = 0
for line in sys.stdin:
    count += 1
print("lines:", count, list(sys.stdin), [l.strip() for l in sys.stdin])
print(sys.stdin.fileno(), repr(sys.stdin), iter(sys.stdin) is sys.stdin)
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")
try:
    input()
except EOFError as e:
    print("EOF:", e, repr(e))
print("stderr line", file=sys.stderr)
name = input("Your name: ")
