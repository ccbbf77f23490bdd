# sorted (key, reverse, stability) and reversed.
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
print(sorted("Hello World"), sorted("Hello World", key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted((1.5, -2, 0)), sorted({3: "a", 1: "b"}))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), "".join(reversed("stressed")))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(set(words)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
