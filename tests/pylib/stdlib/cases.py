"""In-process comparisons: each case is a function f(mod) called once with
the real stdlib module and once with the pylib one (loaded as pylib_<name>);
results (or exception type + message) must be equal."""

import importlib
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYLIB = os.path.join(HERE, '..', '..', '..', 'src', 'pylib')

_loaded = {}


def pylib(name):
    if name not in _loaded:
        spec = importlib.util.spec_from_file_location(
            'pylib_' + name, os.path.join(PYLIB, name + '.py'))
        mod = importlib.util.module_from_spec(spec)
        sys.modules['pylib_' + name] = mod
        spec.loader.exec_module(mod)
        _loaded[name] = mod
    return _loaded[name]


CASES = []   # (module name, label, function)


def case(modname, label=None):
    def deco(fn):
        CASES.append((modname, label or fn.__name__, fn))
        return fn
    return deco


def cases(modname, label, fn, inputs):
    """One case per input: fn(mod, input)."""
    for i, inp in enumerate(inputs):
        CASES.append((modname, '%s[%d] %r' % (label, i, inp)[:100],
                      (lambda inp: lambda m: fn(m, inp))(inp)))


def outcome(fn, mod):
    try:
        return ('ok', fn(mod))
    except Exception as e:
        return ('exc', type(e).__name__, str(e))


def same(a, b):
    if a == b:
        return True
    # NaN-tolerant comparison through repr
    return repr(a) == repr(b)


def run(filt, verbose):
    import case_defs  # noqa: F401  (registers CASES)
    fails = []
    n = 0
    for modname, label, fn in CASES:
        name = '%s: %s' % (modname, label)
        if filt and filt not in name:
            continue
        n += 1
        real = outcome(fn, importlib.import_module(modname))
        mine = outcome(fn, pylib(modname))
        if not same(real, mine):
            fails.append(name)
            print('FAIL %s\n  real:  %r\n  pylib: %r' % (name, real, mine))
        elif verbose:
            print('ok   %s' % name)
    return n, fails
