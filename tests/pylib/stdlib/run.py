"""Compare pylib stdlib modules with CPython 3.11's real ones.

Run with:  python3 tests/pylib/stdlib/run.py [-v] [name-filter]

1. Scripts in scripts.py run in subprocesses through driver.py, once with the
   real modules and once with pylib's; stdout/stderr/exit status must match
   (timestamps, addresses and thread ids normalized).
2. Module cases in cases.py call the same code on the real and the pylib
   module (loaded under aliases) and compare results or exceptions.
"""

import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scripts  # noqa: E402

VERBOSE = '-v' in sys.argv
ARGS = [a for a in sys.argv[1:] if not a.startswith('-')]
FILTER = ARGS[0] if ARGS else ''

failures = []
count = 0


def normalize(text):
    text = re.sub(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}', '<ASCTIME>', text)
    text = re.sub(r' at 0x[0-9a-f]+', ' at 0xADDR', text)
    # Frames inside the module implementations themselves differ.
    text = re.sub(r'File "[^"]*/(?:python3\.11|pylib)/(\w+)(?:/__init__)?\.py",'
                  r' line \d+', r'File "<lib \1>", line N', text)
    return text


def run_script(mode, path):
    p = subprocess.run([sys.executable, os.path.join(HERE, 'driver.py'),
                        mode, path], capture_output=True, text=True,
                       cwd=tempfile.gettempdir(), timeout=60)
    return normalize(p.stdout), normalize(p.stderr), p.returncode


def check_scripts():
    global count
    tmp = tempfile.mkdtemp()
    for name, src in scripts.SCRIPTS.items():
        if FILTER and FILTER not in name:
            continue
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w') as f:
            f.write(src.lstrip('\n'))
        count += 1
        real = run_script('real', path)
        mine = run_script('pylib', path)
        if real != mine:
            failures.append(name)
            print('FAIL script %s' % name)
            for label, a, b in zip(('stdout', 'stderr', 'rc'), real, mine):
                if a != b:
                    print('--- %s real:\n%s\n--- %s pylib:\n%s' %
                          (label, a, label, b))
        elif VERBOSE:
            print('ok   script %s' % name)


def check_cases():
    global count
    import cases
    n, fails = cases.run(FILTER, VERBOSE)
    count += n
    failures.extend(fails)


if __name__ == '__main__':
    check_scripts()
    check_cases()
    print('%d checks, %d failures' % (count, len(failures)))
    sys.exit(1 if failures else 0)
