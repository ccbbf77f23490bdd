import json

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"cannot withdraw {self.amount}: balance is only {self.balance}"

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

try:
    json.loads('{"amount": }')
except ValueError as e:
    print(type(e), e)
print(withdraw(100, 30))
try:
    withdraw(10, 30)
except InsufficientFunds as e:
    print("caught:", e, e.args)
withdraw(5, 50)
