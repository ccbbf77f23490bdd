class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError(f"deposit must be positive, got {amt}")
        self._balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(self, amt)
        self._balance -= amt; self.history.append(('wd', amt)); return self
    def __str__(self): return f"{self.owner}: ${self._balance:,.2f}"
    def __repr__(self): return f"Account({self.owner!r}, {self._balance!r})"
    def __eq__(self, o): return isinstance(o, Account) and self.owner == o.owner
    def __hash__(self): return hash(self.owner)
class InsufficientFunds(Exception):
    def __init__(self, acct, amt):
        super().__init__(f"{acct.owner} cannot withdraw {amt}: balance {acct.balance}")
        self.acct, self.amt = acct, amt
class Savings(Account):
    interest = 0.05
    def add_interest(self): return self.deposit(round(self._balance * self.interest, 2))
a = Account("ann", 100).deposit(50).withdraw(30); s = Savings("bob", 1000).add_interest()
print(a, repr(a), s, s.history, {a, Account("ann")}, a == Account("ann", 5), a != s)
for op in [lambda: a.withdraw(1000), lambda: a.deposit(-5), lambda: setattr(a, 'balance', 3)]:
    try: op()
    except (ValueError, InsufficientFunds, AttributeError) as e: print(type(e).__name__, e)
print(Savings.__mro__, Savings.interest, Account.interest, super(Savings, s).interest if False else '', vars(a).keys())
print(getattr(a, 'missing', 'dflt'), hasattr(a, 'owner'), type(a).__name__, a.__class__.__name__, isinstance(s, Account), Account.__dict__['deposit'].__name__)
print(str(a.deposit), ) if False else None
inv = {}
for line in """apple 3 0.5
banana 12 0.25
apple 2 0.55
cherry 100 0.1""".splitlines():
    name, qty, price = line.split()
    q, p = inv.get(name, (0, 0.0))
    inv[name] = (q + int(qty), p + int(qty) * float(price))
for name, (q, total) in sorted(inv.items(), key=lambda kv: -kv[1][1]):
    print(f"{name:.<12}{q:>5} @ {total / q:6.3f} = {total:8.2f}")
print(f"{'TOTAL':>12}{sum(q for q, _ in inv.values()):>5}{'':11}{sum(t for _, t in inv.values()):8.2f}")
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None: moves = []
    if n: hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n: sols.append(cols[:]); return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c); place(row + 1, cols); cols.pop()
    place(0, []); return sols
print(len(queens(6)), queens(4))
