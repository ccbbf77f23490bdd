"""Interpreter scaling, pygil beside CPython, on a shared machine.

    cargo build --release --example parallel_interpreters
    python3 bench/scaling_rounds.py [N] [ROUNDS]

A round runs examples/parallel_interpreters (1, 2 and 4 pygil interpreters
on OS threads) and bench/interpreter_scaling.py (1, 2 and 4 CPython
processes), once each, on the same loop of N iterations (default 3000000).
A round starts only when both cores have been idle for a second, and is
kept only if other processes used under 3% of the CPU while it ran (other
people's builds share this machine). Prints the median wall time and
speed-up of each count over ROUNDS kept rounds (default 7).
"""
# compare.sh: skip (a driver that runs other benchmarks)

import os
import re
import resource
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
n = sys.argv[1] if len(sys.argv) > 1 else "3000000"
want = int(sys.argv[2]) if len(sys.argv) > 2 else 7
cmds = {
    "pygil": [os.path.join(root, "target", "release", "examples", "parallel_interpreters"), n, "1"],
    "CPython": [sys.executable, os.path.join(here, "interpreter_scaling.py"), n, "1"],
}
counts = (1, 2, 4)
ticks = os.sysconf("SC_CLK_TCK")


def busy_ticks():
    """(busy, total) CPU ticks of the whole machine so far."""
    v = list(map(int, open("/proc/stat").readline().split()[1:]))
    return sum(v) - v[3] - v[4], sum(v)


def idle_for(sec):
    b0, t0 = busy_ticks()
    time.sleep(sec)
    b1, t1 = busy_ticks()
    return 1 - (b1 - b0) / max(1, t1 - t0)


def our_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def table(out):
    """{count: wall s} from a driver's output."""
    return {int(m.group(1)): float(m.group(2)) for m in re.finditer(r"(?m)^\s*(\d+)\s+([\d.]+)\s+[\d.]+x", out)}


kept = {k: [] for k in cmds}
rejected = 0
while len(kept["pygil"]) < want:
    if idle_for(1.0) < 0.95:
        time.sleep(5)
        continue
    c0, (b0, _), w0 = our_cpu(), busy_ticks(), time.time()
    outs = {k: subprocess.run(c, check=True, capture_output=True, text=True).stdout for k, c in cmds.items()}
    c1, (b1, _), w1 = our_cpu(), busy_ticks(), time.time()
    others = (b1 - b0) / ticks - (c1 - c0)
    if others > 0.03 * 2 * (w1 - w0):
        rejected += 1
        continue
    for k, o in outs.items():
        kept[k].append(table(o))
print("N = %s; %d cores; median of %d rounds (%d rejected for load)" % (n, os.cpu_count(), want, rejected))
print("%-8s %6s  %8s  %8s" % ("", "count", "wall s", "speed-up"))
for k, rounds in kept.items():
    med = {c: statistics.median(r[c] for r in rounds) for c in counts}
    for c in counts:
        print("%-8s %6d  %8.3f  %7.2fx" % (k, c, med[c], c * med[1] / med[c]))
