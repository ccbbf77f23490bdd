#!/usr/bin/env python3
"""Extract the complete scripts of the learner's notes (seeds 001-003) into programs/.

Byte-for-byte copies of line ranges of the seed files; for seed 002 the tab
indentation of the example block (a fixed number of leading tabs) is removed,
nothing else.  Usage: python3 programs/tools/extract_notes.py [SEEDS_DIR]
"""
import glob
import os
import sys

SEEDS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (seed prefix, first line, last line (1-based, inclusive), leading tabs to strip, file name)
SCRIPTS = [
    ("001", 84, 103, 0, "notes_thread_two_ways.py"),
    ("001", 110, 128, 0, "notes_join_daemon.py"),
    ("001", 135, 157, 0, "notes_lock_counter.py"),
    ("001", 172, 200, 0, "notes_rlock.py"),
    ("001", 206, 214, 0, "notes_semaphore.py"),
    ("001", 221, 227, 0, "notes_timer.py"),
    ("001", 246, 275, 0, "notes_event.py"),
    ("002", 12, 22, 2, "notes_fork.py"),
    ("002", 66, 78, 2, "notes_process.py"),
    ("002", 83, 106, 2, "notes_process_subclass.py"),
    ("002", 169, 189, 3, "notes_process_queue.py"),
    ("002", 325, 334, 0, "notes_daemon_typo.py"),
    # notebook export: code cells (cases 02, 03, 10, 12, 13, 15, 19, 05)
    ("003", 19, 48, 0, "case02.py"),
    ("003", 51, 82, 0, "case03.py"),
    ("003", 101, 152, 0, "case10.py"),
    ("003", 155, 195, 0, "case12.py"),
    ("003", 203, 252, 0, "case13.py"),
    ("003", 484, 540, 0, "case15.py"),
    ("003", 590, 598, 0, "case19.py"),
    ("003", 601, 627, 0, "case05.py"),
]


def main():
    for prefix, first, last, tabs, name in SCRIPTS:
        (path,) = glob.glob(os.path.join(SEEDS, prefix + "_*"))
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
        out = []
        for line in lines[first - 1:last]:
            if tabs:
                if line.strip(b"\t") == b"":
                    assert line == b"", (name, line)
                else:
                    assert line.startswith(b"\t" * tabs), (name, line)
                    line = line[tabs:]
            out.append(line)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(b"\n".join(out) + b"\n")
        print(name, len(out), "lines")


if __name__ == "__main__":
    main()
