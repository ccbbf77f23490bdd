# open(): write, read, readline, readlines, append, iterate, with.
import os
NAME = "tmp_072_open_files.txt"
with open(NAME, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(NAME, "a") as f:
    f.write("\nappended 中文\n")
with open(NAME, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(NAME, "r")
print(f.closed, f.name, f.mode)
print(len(f.read(5)), f.read(3))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(NAME, "rb") as fb:
    data = fb.read()
print(type(data).__name__, len(data), data[:5])
print(os.path.exists(NAME))
os.remove(NAME)
print(os.path.exists(NAME))
try:
    open("tmp_072_does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
