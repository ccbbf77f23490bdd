"""Cost of single operations, pygil beside CPython, in machine instructions.

    cargo build --release
    python3 bench/op_costs.py                  # every operation
    python3 bench/op_costs.py meth0 fstr       # some of them

Each operation runs N times in a loop inside a function; the same loop with
`pass` is subtracted. Instructions are counted by valgrind (cachegrind,
cache simulation off), so the numbers do not depend on the machine's load:
a way to see where the interpreter spends its work, not a timing. Needs
valgrind. (compare.sh: skip)
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYGIL = os.environ.get("PYGIL", os.path.join(ROOT, "target", "release", "pygil"))
N = 100_000

OPS = {
    "meth0": "o.m()",
    "meth2": "o.m2(i, 1)",
    "func1": "f(i)",
    "attr_load": "x = o.x",
    "attr_store": "o.x = i",
    "attr_aug": "o.x += 1",
    "builtin_abs": "abs(i)",
    "builtin_len": "len(l)",
    "global_load": "x = G",
    "list_index": "x = l[1]",
    "list_append_pop": "l.append(i); l.pop()",
    "str_fmt": "x = '%d' % i",
    "fstr": "x = f'{i}-{i}'",
    "str_i": "x = str(i)",
    "str_methods": "x = s.upper().startswith('AB')",
    "str_join": "x = ','.join(t2)",
    "dict_get": "x = d['k']",
    "dict_set": "d['k'] = i",
    "int_add": "x = i + 1",
    "cmp": "x = i < 5",
    "tuple_build": "x = (i, i)",
    "unpack": "a, b = t",
    "isinstance": "isinstance(o, C)",
    "new_inst": "C()",
    "closure": "g()",
    "list_comp": "x = [j for j in t]",
    "for_range10": "for j in r10: pass",
}

TEMPLATE = """
G = 1
class C:
    def __init__(self):
        self.x = 1
    def m(self):
        pass
    def m2(self, a, b):
        return a
def f(a):
    return a
def main():
    o = C(); l = [1, 2, 3]; d = {'k': 1}; t = (1, 2); r10 = range(10)
    s = 'abc'; t2 = ('a', 'b', 'c'); y = 0
    def g():
        return y
    for i in range(%d):
        %s
main()
"""


def instructions(cmd):
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"] + cmd,
        capture_output=True, text=True,
    ).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if not m:
        sys.exit("valgrind gave no instruction count for %s:\n%s" % (cmd, out[-2000:]))
    return int(m.group(1).replace(",", ""))


def measure(tmp, name, body):
    path = os.path.join(tmp, name + ".py")
    with open(path, "w") as f:
        f.write(TEMPLATE % (N, body))
    return instructions([PYGIL, "run", path]), instructions([sys.executable, path])


def main():
    if not os.path.exists(PYGIL):
        sys.exit("%s missing: run cargo build --release (or set PYGIL)" % PYGIL)
    wanted = sys.argv[1:] or list(OPS)
    with tempfile.TemporaryDirectory() as tmp:
        base = measure(tmp, "empty", "pass")
        print("%-16s %8s %8s %6s" % ("operation", "pygil", "CPython", "ratio"))
        for name in wanted:
            p, c = measure(tmp, name, OPS[name])
            dp, dc = (p - base[0]) / N, (c - base[1]) / N
            print("%-16s %8.0f %8.0f %6.2f" % (name, dp, dc, dp / dc if dc > 0 else float("nan")), flush=True)
    print("(x86 instructions per operation, loop overhead subtracted)")


if __name__ == "__main__":
    main()
