# AttributeError with "Did you mean".
class Account:
    def __init__(self):
        self.balance = 100
    def deposit(self, n):
        self.balance += n
acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print("caught:", e)
try:
    "text".uper()
except AttributeError as e:
    print("caught:", e)
try:
    None.foo
except AttributeError as e:
    print("caught:", e)
acct.deposit(5)
print(acct.balance)
acct.depositt(10)
