# __str__, __repr__, __eq__, __hash__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m} {m!r}", "%s %r" % (m, m))
print(m == Money(1234), m != Money(1), m == 1234, m != "x")
print(len({Money(1), Money(1), Money(2)}))
print({Money(5): "five"}[Money(5)])
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()))
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash() == 3, EqNoHash.__hash__)
