# Output from finally and with-exit appears before the traceback.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release, exc type:", exc[0].__name__)
        return False

def work():
    with Resource():
        try:
            print("working")
            {}["missing"]
        finally:
            print("finally in work")

work()
