# An event emitter with callbacks, closures and bound methods.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn=None):
        if fn is None:
            def register(f):
                self.handlers.setdefault(event, []).append(f)
                return f
            return register
        self.handlers.setdefault(event, []).append(fn)
    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(*args))
        return results
bus = Emitter()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet")
def shout(name):
    return name.upper() + "!"
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, *args):
        self.lines.append(" ".join(map(str, args)))
        return len(self.lines)
logger = Logger()
bus.on("greet", logger.log)
bus.on("sum", lambda *n: sum(n))
print(bus.emit("greet", "ada"))
print(bus.emit("greet", "bob"))
print(bus.emit("sum", 1, 2, 3), bus.emit("nothing"))
print(logger.lines)
