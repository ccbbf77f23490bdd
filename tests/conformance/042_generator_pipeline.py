# A generator pipeline over lines of text.
LOG = """INFO start service
WARN disk 85%
INFO request /home 200
ERROR request /api 500
INFO request /about 200
ERROR db timeout
WARN memory 70%"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        level, _, rest = line.partition(" ")
        yield level, rest
def only(level, records):
    return ((lv, msg) for lv, msg in records if lv == level)
def numbered(records, start=1):
    n = start
    for rec in records:
        yield n, rec
        n += 1
for n, (lv, msg) in numbered(only("ERROR", parse(lines(LOG)))):
    print(n, lv, msg)
counts = {}
for lv, _ in parse(lines(LOG)):
    counts[lv] = counts.get(lv, 0) + 1
print(counts)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (x * x for x in naturals())
evens = (x for x in squares if x % 2 == 0)
print(list(take(6, evens)))
