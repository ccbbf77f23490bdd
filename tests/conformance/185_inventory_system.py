# Inventory management with classes, properties and reports.
class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self._qty = qty
    @property
    def qty(self):
        return self._qty
    @qty.setter
    def qty(self, v):
        if v < 0:
            raise ValueError(f"negative quantity for {self.name}")
        self._qty = v
    @property
    def value(self):
        return self.price * self._qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        self.items[item.name] = item
    def sell(self, name, n):
        item = self.items[name]
        item.qty -= n
        return item.price * n
    def report(self):
        lines = [f"{'name':<10}{'price':>8}{'qty':>5}{'value':>10}"]
        for it in sorted(self.items.values(), key=lambda i: -i.value):
            lines.append(f"{it.name:<10}{it.price:>8.2f}{it.qty:>5}{it.value:>10.2f}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'TOTAL':<23}{total:>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for name, price, qty in [("widget", 2.5, 10), ("gadget", 12.99, 3), ("doohickey", 0.75, 100)]:
    inv.add(Item(name, price, qty))
print(inv.report())
print("sold for", inv.sell("gadget", 2))
for name, n in [("widget", 20), ("gizmo", 1)]:
    try:
        inv.sell(name, n)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print(inv.report())
