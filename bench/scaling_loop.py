# One interpreter's work in the interpreter-scaling benchmark: a CPU-bound
# loop at module level (globals, as in the notes). N is set by the runner:
# examples/parallel_interpreters.rs for pygil, bench/interpreter_scaling.py
# for CPython. compare.sh: skip (needs N from its runner)
total = 0
for k in range(N):
    total += k % 7
