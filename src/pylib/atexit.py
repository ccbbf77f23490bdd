"""Exit handlers (pygil calls atexit._run_exitfuncs() when the program ends).

Handlers run last-registered first; an exception in one is reported like
CPython does ("Exception ignored in atexit callback: ...") and the others
still run (SystemExit included, as in CPython 3.11).
"""

import sys

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func (compared with ==)."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Call the registered handlers in reverse order, then forget them."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stderr.write("Exception ignored in atexit callback: %r\n"
                                 % (func,))
                import traceback
                # Drop this function's own frame from the traceback, as
                # CPython's C implementation has none.
                try:
                    exc = exc.with_traceback(exc.__traceback__.tb_next)
                except Exception:
                    pass
                traceback.print_exception(exc)
            except BaseException:
                pass
