# functools.wraps and total_ordering.
from functools import wraps, total_ordering
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        print("log:", fn.__name__)
        return fn(*a, **k)
    return wrapper
@logged
def compute(x):
    """Compute things."""
    return x * 2
print(compute(4), compute.__name__, compute.__doc__, compute.__wrapped__(1))
def unwrapped_deco(fn):
    def wrapper():
        return fn()
    return wrapper
@unwrapped_deco
def plain():
    """doc"""
print(plain.__name__, plain.__doc__)
@total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.order.index(self.rank) < self.order.index(o.rank)
    def __repr__(self):
        return f"Card({self.rank})"
a, k = Card("A"), Card("K")
print(a > k, a >= k, a <= k, k <= k, a != k)
print(sorted([Card("5"), a, Card("T"), k]), max(Card("2"), Card("J")))
