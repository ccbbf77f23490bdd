# Bank account simulation with custom exceptions and chained tracebacks.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:,.2f})"
    def __str__(self):
        return f"#{self.id} {self.owner:<10} ${self.balance:>12,.2f}"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acc = Account(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise LookupError(f"no account {src}") from e
        self.accounts[dst].deposit(amount)
    def report(self):
        total = sum(a.balance for a in self.accounts.values())
        lines = [str(a) for a in sorted(self.accounts.values(), key=lambda a: -a.balance)]
        lines.append("-" * 30)
        lines.append(f"{'TOTAL':<16}${total:>12,.2f}")
        return "\n".join(lines)

bank = Bank()
a = bank.open("alice", 1500)
b = bank.open("bob", 250.5)
c = bank.open("carol")
bank.transfer(a.id, c.id, 300)
try:
    bank.transfer(b.id, a.id, 1000)
except InsufficientFunds as e:
    print("failed:", e, e.needed, e.available, repr(e))
try:
    bank.transfer(9999, a.id, 1)
except LookupError as e:
    print("failed:", e, "| cause:", repr(e.__cause__))
try:
    c.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e.args)
print(bank.report())
print(a, repr(b), a.history, sep="\n")
print(vars(c))
bank.transfer(c.id, 4242, 10)
