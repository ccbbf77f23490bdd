try:
    raise TypeError("bad type")
except TypeError as e:
    e.add_note("while processing item 3")
    raise
