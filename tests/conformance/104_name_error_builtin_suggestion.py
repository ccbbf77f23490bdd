# NameError suggesting a builtin name and a plain NameError.
try:
    nothing_like_this_exists
except NameError as e:
    print(type(e).__name__, e, e.args)
items = [3, 1, 2]
print(lenn(items))
