# Exception raised inside except: "During handling ..." chain.
def load_config(path):
    try:
        return {"default": 1}[path]
    except KeyError:
        raise RuntimeError(f"cannot load {path}")

print("loading config")
load_config("custom")
