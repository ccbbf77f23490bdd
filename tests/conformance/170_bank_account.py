# A small bank account class.
class InsufficientFunds(Exception):
    pass
class Account:
    interest_rate = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest_rate), 2)
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("Alice", 100)
bob = Account("Bob")
transfer(alice, bob, 30)
bob.deposit(12.5)
for attempt in (500, -1):
    try:
        if attempt > 0:
            transfer(bob, alice, attempt)
        else:
            alice.deposit(attempt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
alice.add_interest()
print(alice, bob)
print(alice.history, bob.history)
print(sum(a.balance for a in (alice, bob)))
