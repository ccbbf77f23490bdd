# collections.OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, dict(x) == dict(y), x == {"b": 2, "a": 1})
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def put(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            print("evict", self.popitem(last=False))
lru = LRU(2)
lru.put("a", 1); lru.put("b", 2); lru.put("a", 3); lru.put("c", 4)
print(list(lru.items()))
print(repr(OrderedDict()), OrderedDict.fromkeys("ab"))
