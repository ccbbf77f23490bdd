import traceback
def handler():
    raise
def work():
    try:
        {}["k"]
    except KeyError:
        print("logging, then re-raise")
        raise
try:
    work()
except KeyError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "F"))
try:
    1/0
except ZeroDivisionError:
    try:
        handler()
    except ZeroDivisionError as e:
        print(traceback.format_exc().replace(__file__, "F"))
try:
    raise
except RuntimeError as e:
    print(e)
work()
