#!/usr/bin/env python3
"""Compare our dumps (from the ignored `parse_dir` test) with CPython's.
Usage: compare_dir.py SRC_DIR DUMP_DIR"""
import ast, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_expected import dump
src_dir, dump_dir = sys.argv[1:3]
bad = 0
for name in sorted(os.listdir(dump_dir)):
    path = os.path.join(src_dir, name[:-5])
    text = open(path, encoding='utf-8').read()
    want = dump(ast.parse(text), text.split('\n'))
    got = open(os.path.join(dump_dir, name), encoding='utf-8').read().rstrip('\n')
    if want != got:
        bad += 1
        i = next(i for i in range(min(len(want), len(got))) if want[i] != got[i]) if want[:len(got)] != got[:len(want)] else min(len(want), len(got))
        print(name, '\n  want:', want[max(0, i-150):i+100], '\n  got: ', got[max(0, i-150):i+100])
print(bad, 'files differ')
