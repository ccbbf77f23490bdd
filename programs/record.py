#!/usr/bin/env python3
"""Record CPython 3.11's behaviour of every program in programs/.

Usage (from anywhere):  python3 programs/record.py [NAME.py ...]

For each programs/*.py (except this file), run it with this interpreter
(sys.executable, which must be CPython 3.11), cwd = programs/, env
PYTHONUNBUFFERED=1, in its own process group, with a timeout of TIMEOUT (10) s.
A program still running after the timeout is "timed out": the whole process
group is killed (SIGKILL; some programs fork or start processes) and what it
printed until then is kept.  Writes

    programs/expected/<name>.out     stdout, normalized (see normalize())
    programs/expected/<name>.err     stderr, normalized
    programs/expected/<name>.status  exit status ("0", "1", "-9" for a signal)
                                     or "timeout", followed by a newline

Thread and process interleaving differs from run to run: this is one run; the
parity test compares outputs as a multiset of lines.
"""
import os
import re
import signal
import subprocess
import sys
import time

TIMEOUT = 10.0
HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected")

# --- normalization (the Rust parity test replicates this function exactly) ---
# Applied, in this order, to the whole text of stdout and of stderr:
#  1. the absolute path of programs/ (no trailing slash)         -> <DIR>
#  2. time.ctime() timestamps, e.g. "Thu Jul 19 21:37:53 2018"    -> <CTIME>
#  3. hexadecimal addresses 0x followed by 4+ hex digits          -> <ADDR>
#  4. process ids: a number after the word pid / ppid (any case,
#     optional ':', '=', '：' and spaces in between), or after
#     "进程", "进程号", "进程id", "process id", "parent process"   -> <PID>
#     (only the number is replaced; the label is kept)
# (no \b at the ends: print() output of threads can glue a timestamp to the
# next text, as in "... 2018start loop")
CTIME_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"[ \d]\d \d\d:\d\d:\d\d \d{4}")
ADDR_RE = re.compile(r"0x[0-9a-fA-F]{4,}")
PID_RE = re.compile(
    r"(?i)(\b(?:pid|ppid)\b|进程(?:号|id|ID)?|\bprocess id\b|\bparent process\b)"
    r"(\s*[:=：]?\s*)(\d+)")


def normalize(text, programs_dir=HERE):
    """Replace volatile text by placeholders (see the comment above)."""
    text = text.replace(programs_dir.rstrip("/"), "<DIR>")
    text = CTIME_RE.sub("<CTIME>", text)
    text = ADDR_RE.sub("<ADDR>", text)
    text = PID_RE.sub(lambda m: m.group(1) + m.group(2) + "<PID>", text)
    return text
# -----------------------------------------------------------------------------


def programs(names):
    if names:
        return [os.path.basename(n) for n in names]
    me = os.path.basename(__file__)
    return sorted(f for f in os.listdir(HERE)
                  if f.endswith(".py") and f != me)


def kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run(name):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    start = time.monotonic()
    p = subprocess.Popen([sys.executable, name], cwd=HERE, env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        # communicate() also waits for children that still hold the pipes
        out, err = p.communicate(timeout=TIMEOUT)
        status = str(p.returncode)
    except subprocess.TimeoutExpired:
        kill_group(p.pid)
        out, err = p.communicate()
        status = "timeout"
    kill_group(p.pid)  # stragglers (e.g. orphaned forked children)
    return out, err, status, time.monotonic() - start


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit("record.py: refusing to run: needs CPython 3.11, this is %s %s"
                 % (sys.implementation.name, sys.version.split()[0]))
    os.makedirs(EXPECTED, exist_ok=True)
    for name in programs(sys.argv[1:]):
        out, err, status, secs = run(name)
        base = os.path.join(EXPECTED, name[:-3])
        for ext, data in ((".out", out), (".err", err)):
            text = data.decode("utf-8", "surrogateescape")
            write(base + ext, normalize(text).encode("utf-8", "surrogateescape"))
        write(base + ".status", (status + "\n").encode())
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        print("%-34s %-8s %5.1fs  %s" % (name, status, secs, last[0][:60]))


if __name__ == "__main__":
    main()
