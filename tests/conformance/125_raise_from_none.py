# raise ... from None hides the context.
def lookup(key):
    try:
        return {}[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

lookup("x")
