# Matrix ops, a recursive-descent parser, heapq priority queue, JSON round trip.
import heapq, json, math
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1: return m[0][0]
    if len(m) == 2: return m[0][0]*m[1][1] - m[0][1]*m[1][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j+1:] for r in m[1:]]) for j in range(len(m)))
A = [[1, 2], [3, 4]]; B = [[0, 1], [1, 0]]
print(matmul(A, B), transpose([[1, 2, 3], [4, 5, 6]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
I = [[float(i == j) for j in range(3)] for i in range(3)]
for row in I: print(" ".join(f"{x:5.1f}" for x in row))

class Parser:
    def __init__(self, text):
        self.toks = self.tokenize(text); self.pos = 0
    @staticmethod
    def tokenize(text):
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace(): i += 1; continue
            if c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."): j += 1
                toks.append(("num", float(text[i:j]))); i = j; continue
            if c in "+-*/()^": toks.append(("op", c)); i += 1; continue
            raise SyntaxError(f"bad character {c!r} at {i}")
        return toks
    def peek(self): return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self): t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]; r = self.term(); v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]; r = self.factor(); v = v * r if op == "*" else v / r
        return v
    def factor(self):
        b = self.unary()
        if self.peek()[1] == "^": self.take(); return b ** self.factor()
        return b
    def unary(self):
        if self.peek()[1] == "-": self.take(); return -self.unary()
        kind, val = self.take()
        if kind == "num": return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")": raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 / (2 - 10)", "2 * (3", "7 $ 2", "1/0"]:
    try: print(src, "=", Parser(src).expr())
    except (SyntaxError, ZeroDivisionError) as e: print(src, "->", type(e).__name__, e)

pq = []
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq) for _ in range(3)], heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, "hello"))
h = [9, 4, 7, 1]; heapq.heapify(h); print(h, heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10])))
data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": None, "ok": True, "dims": {"w": 2, "h": 3.5}, "uni": "café ☕"}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
back = json.loads(s); print(back == data, back["uni"], json.loads("[1, 2.5, \"x\", null, true, {\"k\": []}]"))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps("quote\"\n\t"), json.dumps(float("inf")) if True else "")
try: json.loads("{bad json}")
except json.JSONDecodeError as e: print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try: json.dumps({1, 2})
except TypeError as e: print("TypeError:", e)
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.prod([1, 2, 3, 4]))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.copysign(3, -0.0), math.fsum([0.1] * 10), math.log(8, 2), math.log10(1000), math.exp(1), math.pi, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(17), math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.atan2(1, 1), math.dist((0, 0), (3, 4)), math.frexp(8.0), math.modf(-3.5))
