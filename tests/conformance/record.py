#!/usr/bin/env python3
"""Record CPython 3.11's output for every conformance program.

Usage: python3 tests/conformance/record.py [SUBSTRING]

Runs each tests/conformance/[0-9]*.py with this interpreter (cwd =
tests/conformance, argv = just the file name, PYTHONUNBUFFERED=1,
PYTHONHASHSEED=0, 10 s timeout) and writes expected/NAME.out (stdout),
expected/NAME.err (stderr) and expected/NAME.status (exit code).
The absolute directory of the scripts is replaced by <DIR>, the same
normalization tests/conformance.rs applies to pygil's output.
Files whose name starts with mod_ are helper modules, not programs.
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record.py must run under CPython 3.11, not %s" % sys.version.split()[0])

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected")


DIR_SPELLINGS = sorted({HERE, os.path.realpath(HERE)}, key=len, reverse=True)


def normalize(text):
    for d in DIR_SPELLINGS:
        text = text.replace(d, "<DIR>")
    return text


def main():
    filt = sys.argv[1] if len(sys.argv) > 1 else ""
    os.makedirs(EXPECTED, exist_ok=True)
    names = sorted(
        n for n in os.listdir(HERE)
        if n.endswith(".py") and n[:1].isdigit() and filt in n
    )
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONHASHSEED"] = "0"
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONIOENCODING",
                "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for name in names:
        stem = name[:-3]
        try:
            proc = subprocess.run(
                [sys.executable, name], cwd=HERE, env=env,
                stdin=subprocess.DEVNULL, capture_output=True, timeout=10,
            )
        except subprocess.TimeoutExpired:
            print("TIMEOUT", name)
            sys.exit(1)
        out = normalize(proc.stdout.decode("utf-8"))
        err = normalize(proc.stderr.decode("utf-8"))
        for ext, data in ((".out", out), (".err", err), (".status", "%d\n" % proc.returncode)):
            with open(os.path.join(EXPECTED, stem + ext), "w", encoding="utf-8", newline="") as f:
                f.write(data)
        print("%-40s status %d" % (name, proc.returncode))
    print("recorded %d programs" % len(names))


if __name__ == "__main__":
    main()
