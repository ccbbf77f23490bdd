"""Two CPU-bound workers as two processes vs two threads vs sequential.

    python3 bench/processes.py [PYGIL_BINARY] [RUNS]

Runs `pygil run` (real clock) on bench/two_processes.py, bench/two_threads.py
and bench/sequential_countdown.py RUNS times each (interleaved, so load
changes hit all three alike), prints the median wall time of each and the
ratios processes/threads and threads/sequential.
"""
# compare.sh: skip (a driver that runs the process benchmarks itself)

import os
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
pygil = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "target", "release", "pygil")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
progs = ["two_processes.py", "two_threads.py", "sequential_countdown.py"]
times = {p: [] for p in progs}
for _ in range(runs):
    for p in progs:
        t0 = time.perf_counter()
        subprocess.run([pygil, "run", os.path.join(here, p)], check=True, stdout=subprocess.DEVNULL)
        times[p].append(time.perf_counter() - t0)
med = {p: statistics.median(v) for p, v in times.items()}
for p in progs:
    print("%-26s median %.3f s  runs %s" % (p, med[p], " ".join("%.2f" % t for t in times[p])))
print("processes / threads   = %.2f" % (med["two_processes.py"] / med["two_threads.py"]))
print("threads / sequential  = %.2f" % (med["two_threads.py"] / med["sequential_countdown.py"]))
print("load average before/after: see uptime; cpus:", os.cpu_count())
