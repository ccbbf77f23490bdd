#!/usr/bin/env bash
# Compare pygil with CPython on bench/*.py.
#
#   bench/compare.sh [PYGIL_BINARY]        runs  PYGIL_BINARY run bench/x.py
#   bench/compare.sh --cmd "COMMAND ..."   runs  COMMAND ... bench/x.py  (no "run")
#
# Default PYGIL_BINARY: target/release/pygil (built with `cargo build --release`
# if missing).  --cmd (or env PYGIL_CMD) replaces the whole pygil command
# prefix, e.g. to check the script itself with CPython on both sides:
#
#   bench/compare.sh --cmd python3         # or: PYGIL_CMD=python3 bench/compare.sh
#
# Environment: RUNS (default 5) runs of each benchmark on each side,
# PYTHON (default python3) the CPython to compare with (resolved to the
# interpreter binary itself, so that a wrapper such as pyenv's shim does not
# add its start-up to CPython's times), TIMEOUT (default 300)
# seconds per run, BENCHES (default: all bench/*.py) names to run, e.g.
# BENCHES="fib countdown". Files containing `compare.sh: skip` are left out.
# Each benchmark prints one checksum line (its last stdout line); pygil's must
# equal CPython's.  Times are wall-clock medians measured by python3 around
# the child process.  A pygil failure (non-zero exit, timeout) prints `error`
# and the script goes on; a checksum difference prints `MISMATCH`.  The
# geometric mean is over the benchmarks whose checksums agree.  Exit status 1
# if any benchmark failed or mismatched.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cd "$root" || exit 2

RUNS=${RUNS:-5}
PYTHON=${PYTHON:-python3}
# A launcher script (pyenv's shim) costs tens of milliseconds per start:
# time the interpreter it runs.
PYTHON=$("$PYTHON" -c 'import sys; print(sys.executable)') || exit 2
TIMEOUT=${TIMEOUT:-300}
pygil_cmd=${PYGIL_CMD:-}

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --cmd) [ $# -ge 2 ] || { usage >&2; exit 2; }; pygil_cmd=$2 ;;
  "") ;;
  *) pygil_cmd="$1 run" ;;
esac

if [ -z "$pygil_cmd" ]; then
  bin=target/release/pygil
  if [ ! -x "$bin" ]; then
    echo "compare.sh: $bin missing, running cargo build --release" >&2
    cargo build --release >&2 || { echo "compare.sh: build failed" >&2; exit 2; }
  fi
  pygil_cmd="$bin run"
fi

if [ -n "${BENCHES:-}" ]; then
  benches=()
  for b in $BENCHES; do benches+=("bench/${b%.py}.py"); done
else
  # Files marked `compare.sh: skip` are drivers or racy programs, not
  # benchmarks with a fixed checksum.
  benches=()
  for f in bench/*.py; do
    grep -q "compare.sh: skip" "$f" || benches+=("$f")
  done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# time_run OUTFILE CMD... : runs CMD, stdout to OUTFILE, prints "<status> <seconds>"
# (status "timeout" if it ran longer than TIMEOUT s).
time_run() {
  "$PYTHON" - "$TIMEOUT" "$@" <<'PY'
import subprocess, sys, threading, time
timeout, out, cmd = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
# A blocking wait, with a timer for the timeout: Popen.wait(timeout=...)
# polls with sleeps of up to 50 ms, which rounded every time measured up
# to the next poll.
with open(out, "wb") as f:
    t = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    except OSError:
        p = None
    if p is None:
        st = "exec-failed"
    else:
        timed_out = threading.Event()
        def kill():
            timed_out.set()
            p.kill()
        timer = threading.Timer(timeout, kill)
        timer.start()
        st = p.wait()
        timer.cancel()
        if timed_out.is_set():
            st = "timeout"
    dt = time.perf_counter() - t
print(st, "%.6f" % dt)
PY
}

last_line() { tail -n 1 "$1" 2>/dev/null; }

echo "pygil:   $pygil_cmd"
echo "CPython: $PYTHON ($("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
echo "runs:    $RUNS each, wall-clock median"
echo

results=$tmp/results
: > "$results"
failed=0
for b in "${benches[@]}"; do
  name=$(basename "$b" .py)
  ct=() pt=() perr="" mismatch=""
  ref=""
  for ((i = 1; i <= RUNS; i++)); do
    read -r st dt < <(time_run "$tmp/c.out" "$PYTHON" "$b")
    if [ "$st" != 0 ]; then
      echo "compare.sh: CPython failed on $b (status $st)" >&2
    fi
    ct+=("$dt")
    ref=$(last_line "$tmp/c.out")
    if [ -z "$perr" ]; then
      # shellcheck disable=SC2086  # pygil_cmd is a word-split command prefix
      read -r st dt < <(time_run "$tmp/p.out" $pygil_cmd "$b")
      if [ "$st" != 0 ]; then
        perr="status $st"
      else
        pt+=("$dt")
        got=$(last_line "$tmp/p.out")
        if [ "$got" != "$ref" ]; then
          mismatch="pygil printed '$got', CPython '$ref'"
        fi
      fi
    fi
  done
  if [ -n "$perr" ]; then
    echo "compare.sh: pygil failed on $b ($perr)" >&2
    failed=1
    echo "$name error ${ct[*]} | -" >> "$results"
  elif [ -n "$mismatch" ]; then
    echo "compare.sh: checksum mismatch on $b: $mismatch" >&2
    failed=1
    echo "$name MISMATCH ${ct[*]} | ${pt[*]}" >> "$results"
  else
    echo "$name ok ${ct[*]} | ${pt[*]}" >> "$results"
  fi
done

"$PYTHON" - "$results" <<'PY'
import math, statistics, sys
rows, ratios = [], []
for line in open(sys.argv[1]):
    left, right = line.split("|")
    name, check, *ct = left.split()
    pt = right.split()
    c = statistics.median(map(float, ct))
    if check == "error":
        rows.append((name, "%.3f" % c, "error", "-", check))
        continue
    p = statistics.median(map(float, pt))
    r = p / c
    rows.append((name, "%.3f" % c, "%.3f" % p, "%.2f" % r, check))
    if check == "ok":
        ratios.append(r)
head = ("benchmark", "CPython s", "pygil s", "pygil/CPython", "checksum")
geo = "%.2f" % math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else "-"
tail = ("geometric mean", "", "", geo, "%d/%d ok" % (len(ratios), len(rows)))
w = [max(len(r[i]) for r in rows + [head, tail]) for i in range(5)]
fmt = lambda r: "  ".join([r[0].ljust(w[0])] + [r[i].rjust(w[i]) for i in (1, 2, 3)] + [r[4].ljust(w[4])]).rstrip()
print(fmt(head))
print("  ".join("-" * x for x in w))
for r in rows:
    print(fmt(r))
print("  ".join("-" * x for x in w))
print(fmt(tail))
PY
exit $failed
