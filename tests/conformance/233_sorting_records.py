students = [
    {"name": "Ana", "grade": 88, "age": 20},
    {"name": "ben", "grade": 92, "age": 19},
    {"name": "Cai", "grade": 88, "age": 21},
    {"name": "dora", "grade": 75, "age": 20},
]
print(sorted(students, key=lambda s: (-s["grade"], s["name"].lower())))
print([s["name"] for s in sorted(students, key=lambda s: s["age"], reverse=True)])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.casefold))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted({3: "c", 1: "a"}.items()), sorted("hello world".split(), key=len))
nums = [5, -3, 2.5, -8, 0, 7]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums), sorted(nums)[::-1])
words = "the cat sat on the mat with the hat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq, key=freq.get, reverse=True)[:3], sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
mixed = [3, 1.5, True, -2]
print(sorted(mixed), sorted([[3, 1], [2], [2, 0], []]), sorted([(1, [2]), (1, [1])]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
lst = [4, 2, 9]
lst.sort(key=lambda x: -x)
print(lst, sorted(range(10), key=lambda x: x % 3))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P{self.n}"
try:
    sorted([P(2), P(1)])
except TypeError as e:
    print("TypeError:", e)
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
data = list(range(100, 0, -7)) + list(range(50))
print(sorted(data)[:10], sorted(data, reverse=True)[:5], len(sorted(data)))
