# Container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        print("set", pos, value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1])
print("#" in g, "?" in g)
for row in g:
    print(row)
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Sliceable:
    def __getitem__(self, key):
        return key
s = Sliceable()
print(s[1], s[1:2], s[::2], s[1, 2], s[...])
print(bool(Grid(0, 5)), bool(Grid(1, 1)))
