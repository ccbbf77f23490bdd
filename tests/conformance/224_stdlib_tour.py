import json, heapq, bisect, random, textwrap, enum, collections, itertools, math, string, copy, operator
data = {"name": "Ann", "scores": [90, 85.5, None, True], "nested": {"a": [], "b": {}}, "uni": "中文"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", null, false, {"k": [1e3]}]'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, [4, 9, 1]))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10))
bisect.insort(a, 5); print(a)
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(10), 3))
l = list(range(8)); random.shuffle(l); print(l, random.uniform(1, 2), random.randrange(0, 100, 5))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello world, how are you?", 15))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.RED.name, Color.RED.value, Color.RED is Color(1))
print(len(Color), Color.RED in Color, [c.name for c in Color], list(reversed([c.value for c in Color])))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello there  world"))
orig = {"a": [1, 2], "b": {"c": 3}}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["a"].append(3)
print(sh, dp)
print(operator.add(2, 3), operator.itemgetter(1)("abc"), operator.attrgetter("real")(5), list(map(operator.mul, [1, 2], [3, 4])))
dd = collections.defaultdict(int)
for ch in "hello world":
    dd[ch] += 1
print(sorted(dd.items()), collections.Counter("abracadabra").most_common(3), collections.Counter(a=3, b=1) - collections.Counter(a=1))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isqrt(99), math.copysign(3, -0.0), math.degrees(math.pi), math.atan2(1, 1))
print(math.floor(3.7), math.ceil(3.2), math.exp(1), math.log10(1000), math.sin(0), math.cos(math.pi), math.tau, math.dist((0, 0), (3, 4)))
