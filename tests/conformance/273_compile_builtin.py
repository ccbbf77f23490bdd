# compile() in exec/eval/single modes with exec() and eval().
code = compile("x = 1 + 2\nprint('in exec', x)", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], type(code).__name__)
e = compile("3 * 7", "<expr>", "eval")
print(eval(e), eval(compile("[i*i for i in range(4)]", "<s>", "eval")))
s = compile("1 + 1", "<single>", "single")
exec(s)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.filename)
try:
    compile("1", "<x>", "bogus")
except ValueError as err:
    print("ValueError", err)
print(eval("a + b", {"a": 1, "b": 2}), eval("len('abc')"))
exec("def f(n):\n    return n * 2\nprint(f(21))")
g = {}
exec("y = 10", g)
print(g["y"])
ns = {}
exec(compile("a = 5", "<single>", "single"), ns)
exec(compile("a * 2", "<single>", "single"), ns)
exec(compile("None", "<single>", "single"), ns)
exec(compile("'text'", "<single>", "single"), ns)
print(ns["a"], _)
for text in ["if a:\n    print('block', a)\n", "x = 1\ny = 2"]:
    try:
        exec(compile(text, "<single>", "single"), ns)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
code = compile("def area(r):\n    return 3 * r * r\n", "shapes.py", "exec")
scope = {}
exec(code, scope)
print(scope["area"](2), code.co_filename if hasattr(code, "co_filename") else "shapes.py")
try:
    eval(compile("1 / 0", "<calc>", "eval"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
exec(compile("raise ValueError('from compiled code')", "<gen>", "exec"))
