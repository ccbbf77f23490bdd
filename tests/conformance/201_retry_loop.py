# A retry loop with try/except/else/finally and attempts.
class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"ok after {self.calls}"
def retry(fn, attempts):
    for i in range(1, attempts + 1):
        try:
            result = fn()
        except ConnectionError as e:
            print("  error:", e)
            continue
        else:
            print("  success on attempt", i)
            return result
        finally:
            print("  attempt", i, "finished")
    else:
        print("  giving up")
        return None
print(retry(Flaky(2), 5))
print(retry(Flaky(9), 3))
print(issubclass(ConnectionError, OSError), ConnectionError.__mro__[1].__name__)
