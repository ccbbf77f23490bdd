#!/usr/bin/env python3
"""Tests of pygil's threading.py / queue.py / _threading_local.py under CPython.

    python3 tests/threading/run.py            run everything
    python3 tests/threading/run.py --record   re-record expected/
                                                        from CPython's own modules
    python3 tests/threading/run.py NAME ...   only these scenarios/programs

Every test runs in a fresh `python3 -S boot.py SCRIPT` subprocess, in which
boot.py has loaded pygil's modules under their real names (with the `_pygil`
shim of this directory), so the real stdlib threading is never imported.

1. scenarios/*.py: small threaded programs with deterministic output.
   expected/<name>.out|.err|.status were recorded by running the same
   scripts through the same harness with CPython's real threading and queue
   (`--record`); pygil's modules must reproduce them exactly (after
   normalize(): idents, addresses, paths of threading.py and scenarios/).
2. programs/*.py that use threading or queue (not
   multiprocessing): stdout and stderr must equal the recorded CPython
   output (programs/expected/) as a multiset of lines; for the programs whose
   prints race (a line split by another thread's print) as a multiset of
   characters; for the programs that never end, what was printed within the
   time limit is checked to be the same kind of output (see PROGRAMS).
3. pygil-only behaviour that CPython does not have (isAlive, thread names
   given to the VM, line numbers of the traceback frames, local cleanup).
"""
import collections
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PYLIB = os.path.join(REPO, 'src', 'pylib')
BOOT = os.path.join(HERE, 'boot.py')
SCENARIOS = os.path.join(HERE, 'scenarios')
EXPECTED = os.path.join(HERE, 'expected')
PROGRAMS = os.environ.get('PYGIL_PROGRAMS', os.path.join(REPO, 'programs'))
REAL_THREADING = None  # filled in main()

# How each program of programs/ is compared (default: 'lines').
#   lines      stdout and stderr equal as multisets of lines
#   chars      stdout equal as a multiset of characters (racing prints);
#              stderr as multiset of lines
#   timeout    never ends: must still be running at TIMEOUT; stderr lines
#              equal as a set; stdout lines are all of the expected kinds
#   isalive    case08: CPython 3.11 fails on isAlive(), pygil keeps it: must
#              print what case08_fixed prints, and case08's warnings
#   skip       not about threading (multiprocessing, fork, syntax errors)
PROGRAM_MODE = {
    'case04.py': 'chars', 'case08_fixed.py': 'chars', 'case10.py': 'chars',
    'case16.py': 'chars', 'notes_lock_counter.py': 'chars',
    'case08.py': 'isalive',
    'case13.py': 'timeout', 'case14.py': 'timeout', 'notes_event_fixed.py': 'timeout',
}
TIMEOUT = 10.0


# ---------------------------------------------------------------- helpers

def normalize(text, script_dir):
    """Volatile parts -> placeholders (same in CPython's and pygil's runs)."""
    text = text.replace(script_dir.rstrip('/'), '<DIR>')
    for path in (REAL_THREADING, os.path.join(PYLIB, 'threading.py')):
        text = text.replace(path, '<THREADING>')
    text = re.sub(r'0x[0-9a-fA-F]{4,}', '<ADDR>', text)
    text = re.sub(r'\b\d{5,}\b', '<IDENT>', text)
    return text


def run_script(path, real=False, timeout=TIMEOUT):
    env = dict(os.environ, PYTHONUNBUFFERED='1')
    env.pop('PYTHONWARNINGS', None)
    cmd = [sys.executable, '-S', BOOT] + (['--real'] if real else []) + [path]
    p = subprocess.Popen(cmd, cwd=os.path.dirname(path), env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        status = str(p.returncode)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, err = p.communicate()
        status = 'timeout'
    return (out.decode('utf-8', 'surrogateescape'),
            err.decode('utf-8', 'surrogateescape'), status)


def diff(a, b):
    import difflib
    return '\n'.join(difflib.unified_diff(a.splitlines(), b.splitlines(),
                                          'expected', 'got', lineterm='', n=1))


# ---------------------------------------------------------------- scenarios

def scenario_names():
    return sorted(f[:-3] for f in os.listdir(SCENARIOS) if f.endswith('.py'))


def record_scenario(name):
    out, err, status = run_script(os.path.join(SCENARIOS, name + '.py'), real=True)
    os.makedirs(EXPECTED, exist_ok=True)
    for ext, text in (('.out', out), ('.err', err), ('.status', status + '\n')):
        with open(os.path.join(EXPECTED, name + ext), 'w', encoding='utf-8',
                  errors='surrogateescape') as f:
            f.write(normalize(text, SCENARIOS))
    return name, status


def check_scenario(name):
    out, err, status = run_script(os.path.join(SCENARIOS, name + '.py'))
    problems = []
    for ext, got in (('.out', out), ('.err', err), ('.status', status + '\n')):
        with open(os.path.join(EXPECTED, name + ext), encoding='utf-8',
                  errors='surrogateescape') as f:
            want = f.read()
        got = normalize(got, SCENARIOS)
        if got != want:
            problems.append('%s%s differs:\n%s' % (name, ext, diff(want, got)))
    return problems


# ---------------------------------------------------------------- programs

def program_names():
    names = []
    for f in sorted(os.listdir(PROGRAMS)):
        if not f.endswith('.py') or f == 'record.py':
            continue
        with open(os.path.join(PROGRAMS, f), encoding='utf-8') as fh:
            src = fh.read()
        if 'multiprocessing' in src or 'os.fork' in src:
            continue
        if re.search(r'^\s*(import|from)\s+(threading|queue)\b', src, re.M):
            names.append(f)
    return names


def load_expected(name):
    base = os.path.join(PROGRAMS, 'expected', name[:-3])
    res = []
    for ext in ('.out', '.err', '.status'):
        with open(base + ext, encoding='utf-8', errors='surrogateescape') as f:
            res.append(f.read())
    res[2] = res[2].strip()
    return res


def program_normalize(text):
    sys.path.insert(0, PROGRAMS)
    try:
        import record
    finally:
        sys.path.pop(0)
    return record.normalize(text, PROGRAMS)


def lines(text):
    return collections.Counter(text.splitlines())


def check_program(name):
    mode = PROGRAM_MODE.get(name, 'lines')
    if mode == 'skip':
        return []
    want_out, want_err, want_status = load_expected(name)
    if mode == 'isalive':
        want_out, _, want_status = load_expected('case08_fixed.py')
        want_err = want_err[:want_err.index('Traceback')]
    out, err, status = run_script(os.path.join(PROGRAMS, name))
    out, err = program_normalize(out), program_normalize(err)
    problems = []

    def bad(what, a, b):
        problems.append('%s: %s differs:\n%s' % (name, what, diff(a, b)))

    if status != want_status:
        problems.append('%s: status %s, expected %s' % (name, status, want_status))
    if mode in ('lines', 'isalive') and lines(out) != lines(want_out):
        bad('stdout (lines)', want_out, out)
    if mode == 'chars':
        if collections.Counter(out) != collections.Counter(want_out):
            bad('stdout (characters)', want_out, out)
    if mode == 'timeout':
        kinds = lambda t: {re.sub(r'\d+', 'N', l).strip() for l in t.splitlines() if l.strip()}
        extra = kinds(out) - kinds(want_out)
        if extra or not out:
            problems.append('%s: unexpected stdout lines %s' % (name, sorted(extra)[:5]))
        if set(err.splitlines()) != set(want_err.splitlines()):
            bad('stderr (set of lines)', want_err, err)
    elif lines(err) != lines(want_err):
        bad('stderr (lines)', want_err, err)
    return problems


# ---------------------------------------------------------------- pygil-only

PYGIL_ONLY = r'''
import sys, threading, queue, _pygil, _threading_local
src = open(threading.__file__).read().splitlines()
assert src[981].strip() == 'self._target(*self._args, **self._kwargs)', src[981]
assert src[1044].strip() == 'self.run()', src[1044]

ev = threading.Event()
t = threading.Thread(target=ev.wait)
assert t.isAlive() is False
t.start()
assert t.isAlive() is True
ident = t.ident
t.name = 'renamed'
assert _pygil.names[ident] == 'renamed', _pygil.names
t.setName('again')
assert _pygil.names[ident] == 'again'
ev.set(); t.join()
assert t.isAlive() is False
assert _pygil.names[ident] == 'again'
threading.main_thread().name = 'Main2'
assert _pygil.names[threading.get_ident()] == 'Main2'
threading.main_thread().name = 'MainThread'

# a thread's local dicts are dropped when it ends
loc = threading.local()
loc.v = 1
impl = object.__getattribute__(loc, '_local__impl')
def use():
    loc.v = 2
ts = [threading.Thread(target=use) for _ in range(5)]
for x in ts: x.start()
for x in ts: x.join()
assert list(impl.dicts) == [threading.get_ident()], impl.dicts
assert loc.v == 1
assert _threading_local.local is threading.local
# SystemExit from sys.exit in a thread is silent; is_alive false after run
t = threading.Thread(target=sys.exit, args=(5,)); t.start(); t.join()
assert not t.is_alive()
# heap helpers
import random
r = random.Random(1)
h = []
xs = [r.random() for _ in range(500)]
for x in xs: queue.heappush(h, x)
assert [queue.heappop(h) for _ in xs] == sorted(xs)
print('ok')
'''


def check_pygil_only():
    path = os.path.join(HERE, '_pygil_only_check.py')
    with open(path, 'w') as f:
        f.write(PYGIL_ONLY)
    try:
        out, err, status = run_script(path)
    finally:
        os.unlink(path)
    if out.strip() != 'ok' or status != '0' or err:
        return ['pygil-only checks failed (status %s):\n%s%s' % (status, out, err)]
    return []


# ---------------------------------------------------------------- main

def main():
    global REAL_THREADING
    REAL_THREADING = subprocess.check_output(
        [sys.executable, '-S', '-c', 'import threading; print(threading.__file__)'],
        text=True).strip()
    args = sys.argv[1:]
    if args and args[0] == '--record':
        names = args[1:] or scenario_names()
        with ThreadPoolExecutor(8) as ex:
            for name, status in ex.map(record_scenario, names):
                print('recorded %-14s status %s' % (name, status))
        return 0
    scen = scenario_names()
    progs = program_names()
    if args:
        scen = [n for n in scen if n in args]
        progs = [n for n in progs if n in args or n[:-3] in args]
    jobs = [('scenario', n, check_scenario) for n in scen]
    jobs += [('program', n, check_program) for n in progs]
    failures = 0
    with ThreadPoolExecutor(16) as ex:
        futs = [(kind, n, ex.submit(fn, n)) for kind, n, fn in jobs]
        if not args:
            futs.append(('pygil-only', 'checks', ex.submit(check_pygil_only)))
        for kind, n, fut in futs:
            problems = fut.result()
            mode = PROGRAM_MODE.get(n, 'lines') if kind == 'program' else ''
            print('%-5s %-10s %-30s %s' % ('FAIL' if problems else 'ok', kind, n, mode))
            for p in problems:
                print('    ' + p.replace('\n', '\n    '))
            failures += bool(problems)
    print('%d of %d failed' % (failures, len(futs)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
