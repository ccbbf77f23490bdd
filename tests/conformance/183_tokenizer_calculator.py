# Recursive-descent calculator with a tokenizer.
import re
def tokenize(src):
    tokens = re.findall(r"\d+\.?\d*|[-+*/()^]", src)
    return [float(t) if t[0].isdigit() else t for t in tokens]
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek() in ("*", "/"):
            v = v * self.power() if self.take() == "*" else v / self.power()
        return v
    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base
    def atom(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if t == "-":
            return -self.atom()
        if isinstance(t, float):
            return t
        raise SyntaxError(f"unexpected token {t!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "((2))", "3 *", "1.5 * 4"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except SyntaxError as e:
        print(src, "-> error:", e)
    except ZeroDivisionError as e:
        print(src, "-> zero:", e)
print(tokenize("12+3.5*(4-1)"))
