# locals(), dir(), vars(), eval() and exec() see a function's variables.
def f(x, *a, **k):
    b = 2
    def g(): return b
    print(sorted(locals()), dir(), vars().keys() == locals().keys())
    print("%(x)s-%(b)s" % locals(), eval("x+b"))
f(1, 3, q=4)
class C:
    y = 1
    print(sorted(locals()))
x = 5
exec("y = x + 1")
print(y, eval("x*2"))
def h():
    exec("print(x)")
h()
