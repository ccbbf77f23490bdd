# UnboundLocalError.
total = 5
def caught():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e)
        print(isinstance(e, NameError))
caught()
def use_before_assign():
    print("in function")
    print(x)
    x = 3
use_before_assign()
