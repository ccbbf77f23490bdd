# Uncaught custom exceptions show module-qualified names only for non-builtins.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")

class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def spend(self, n):
        if n > self.amount:
            raise InsufficientFunds(n - self.amount)
        self.amount -= n
        return self.amount

w = Wallet(10)
print(w.spend(4))
print(w.spend(20))
