# NameError with "Did you mean" suggestion.
def show():
    try:
        print(undefined_thing)
    except NameError as e:
        print("caught:", e)
show()
counter_value = 10
print("about to fail")
print(counter_valeu + 1)
