# A tokenizer for a tiny language built on one regex of named groups.
import re
from collections import namedtuple

Token = namedtuple("Token", ["type", "value", "line", "column"])

KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOK_REGEX = "|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC)


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in re.finditer(TOK_REGEX, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
        msg := "say \\"hi\\"";
    ENDIF;
'''
for token in tokenize(statements):
    print(token)

try:
    list(tokenize("x := 1 ? 2"))
except RuntimeError as e:
    print("error:", e)

pattern = re.compile(TOK_REGEX)
print(pattern.groups, sorted(pattern.groupindex.items()))
m = pattern.match("count := 10")
print(m, m.lastgroup, m.lastindex, m.span())

# Scanning with pos: the same compiled pattern, step by step.
src = "a+b*12"
pos = 0
kinds = []
while pos < len(src):
    m = pattern.match(src, pos)
    kinds.append((m.lastgroup, m.group()))
    pos = m.end()
print(kinds)
