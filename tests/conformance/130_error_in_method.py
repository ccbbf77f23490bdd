# Traceback through methods, a lambda and a list comprehension.
class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, i):
        return [row[i] for row in self.rows]
    def total(self, i):
        return sum(map(lambda v: v * 1, self.column(i)))

t = Table([(1, 2), (3, 4), (5,)])
print(t.total(0))
print(t.total(1))
