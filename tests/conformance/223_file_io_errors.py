import os
path = "tmp_notes_d02.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("first line\n")
    f.writelines(["second\n", "third — ünïcode 中文\n"])
    print("written", f.tell() if hasattr(f, "tell") else "")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"), len(line))
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    lines = f.readlines()
print(lines, len(lines))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:10])
print(os.path.exists(path), os.path.getsize(path), os.path.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"), os.path.dirname("/a/b/c"))
os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    with open(path, "r") as f:
        pass
except OSError as e:
    print("OSError", e)
f = open("tmp_d02_b.txt", "w")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
os.remove("tmp_d02_b.txt")
open("nope/dir/file.txt")
