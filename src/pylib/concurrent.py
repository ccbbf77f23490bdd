"""The `concurrent` package: only `concurrent.futures` (src/pylib/concurrent_futures.py)."""
