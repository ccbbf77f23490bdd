"""Run a script under CPython with pygil's threading/queue/_threading_local.

    python3 -S boot.py [--real] SCRIPT [ARGS...]

Loads src/pylib/threading.py, queue.py and _threading_local.py under their
real names (with pylib's collections.deque, as in pygil) and the `_pygil`
shim of this directory, then runs SCRIPT as __main__ the way `python3
SCRIPT` would (same traceback, exit status, waiting for non-daemon threads
at exit).  With --real the stdlib modules are used instead, through the
same harness, to record reference behaviour.  Use -S: the site module may
import the real threading before this script runs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PYLIB = os.path.join(REPO, 'src', 'pylib')


def _load(name, modname):
    import importlib.util
    spec = importlib.util.spec_from_file_location(modname, os.path.join(PYLIB, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[modname] = mod
    spec.loader.exec_module(mod)
    return mod


def install():
    if 'threading' in sys.modules or 'queue' in sys.modules:
        raise SystemExit('boot.py: the real threading is already imported (run with python3 -S)')
    sys.path.insert(0, HERE)
    import _pygil
    saved = sys.modules.get('collections')
    pylib_collections = _load('collections', 'pylib_collections')
    sys.modules['collections'] = pylib_collections
    try:
        threading = _load('threading', 'threading')
        _load('queue', 'queue')
        _load('_threading_local', '_threading_local')
    finally:
        if saved is None:
            del sys.modules['collections']
        else:
            sys.modules['collections'] = saved
    # CPython calls threading._shutdown() at exit; pygil's VM does this
    # itself, the shim stands in for it.
    threading._shutdown = _pygil._shutdown


def run_main(path):
    import builtins
    import types
    path = os.path.abspath(path)
    with open(path, 'rb') as f:
        source = f.read()
    mod = types.ModuleType('__main__')
    mod.__file__ = path
    mod.__builtins__ = builtins
    # as CPython's __main__: warnings read the source line through it
    from importlib.machinery import SourceFileLoader
    mod.__loader__ = SourceFileLoader('__main__', path)
    sys.modules['__main__'] = mod
    sys.path[0:0] = [os.path.dirname(path)]
    try:
        code = compile(source, path, 'exec')
    except SyntaxError:
        import traceback
        traceback.print_exception(*sys.exc_info(), limit=0)
        sys.exit(1)
    try:
        exec(code, mod.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        # sys.excepthook (C) adds "Did you mean" like CPython's main does.
        tb = e.__traceback__.tb_next
        e.__traceback__ = tb
        sys.excepthook(type(e), e, tb)
        sys.exit(1)


if __name__ == '__main__':
    args = sys.argv[1:]
    if args and args[0] == '--real':
        args = args[1:]
    else:
        install()
    sys.argv = args
    run_main(args[0])
