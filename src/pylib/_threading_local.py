"""Thread-local objects.

In pygil `threading.local` (CPython's `_thread._local`) is written in Python
in threading.py; this module only re-exports it, as CPython's
_threading_local does with its own pure-Python version.
"""

from threading import local

__all__ = ["local"]
