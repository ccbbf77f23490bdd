"""CPython's side of the interpreter-scaling benchmark: the work of
examples/parallel_interpreters.rs (bench/scaling_loop.py, run at module
level with its own globals) in 1, 2 and 4 processes at once
(multiprocessing, fork). Prints the median wall time of each count and the
speed-up (work done per second relative to one process).

    python3 bench/interpreter_scaling.py [N] [RUNS]
"""
# compare.sh: skip (a driver that starts its own processes)

import multiprocessing
import os
import statistics
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "scaling_loop.py")
with open(path) as f:
    CODE = compile(f.read(), path, "exec")


def work(n):
    g = {"__name__": "__main__", "N": n}
    exec(CODE, g)
    return g["total"]


def run(pool_ctx, count, n):
    t0 = time.perf_counter()
    with pool_ctx.Pool(count) as pool:
        results = pool.map(work, [n] * count)
    return time.perf_counter() - t0, results


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    want = sum(k % 7 for k in range(n))
    ctx = multiprocessing.get_context("fork")
    counts = [1, 2, 4]
    times = {c: [] for c in counts}
    for _ in range(runs):
        for c in counts:
            t, results = run(ctx, c, n)
            assert all(r == want for r in results), "wrong result"
            times[c].append(t)
    med = {c: statistics.median(v) for c, v in times.items()}
    print("CPython %s: %d cores; each process loops %d times; median of %d runs"
          % (sys.version.split()[0], os.cpu_count(), n, runs))
    print("%12s  %8s  %8s" % ("processes", "wall s", "speed-up"))
    for c in counts:
        print("%12d  %8.3f  %7.2fx" % (c, med[c], c * med[1] / med[c]))


if __name__ == "__main__":
    main()
