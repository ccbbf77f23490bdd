"""Run a script as __main__ with either the real stdlib or pylib modules.

usage: python3 driver.py (real|pylib) script.py

In pylib mode the pylib versions of PYLIB_MODULES replace the real ones in
sys.modules before the script runs, and atexit._run_exitfuncs() is called at
the end the way pygil does it.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYLIB = os.path.join(HERE, '..', '..', '..', 'src', 'pylib')
PYLIB_MODULES = ['atexit', 'traceback', 'warnings', 'logging']


def load(name):
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(PYLIB, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def main():
    mode, script = sys.argv[1], sys.argv[2]
    if mode == 'pylib':
        for name in PYLIB_MODULES:
            load(name)
    sys.argv = sys.argv[2:]
    main_mod = type(sys)('__main__')
    main_mod.__file__ = script
    main_mod.__builtins__ = __builtins__
    sys.modules['__main__'] = main_mod
    with open(script) as f:
        code = compile(f.read(), script, 'exec')
    try:
        exec(code, main_mod.__dict__)
    finally:
        if mode == 'pylib':
            sys.modules['atexit']._run_exitfuncs()


main()
