# SyntaxErrors of malformed match statements, checked through compile().
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case [1, *a, *b]:\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x\n    case 1:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
# match and case stay ordinary names elsewhere.
match = [1, 2]
case = {"k": "v"}
match.append(3)
print(match, case["k"], [case for case in "ab"])
def match_(pattern, text): return pattern in text
print(match_("a", "cat"))
