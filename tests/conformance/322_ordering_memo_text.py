import functools, itertools, collections
@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return f"Ver('{'.'.join(map(str, self.t))}')"
vs = [Ver(x) for x in "1.10 1.2 1.9.1 0.9".split()]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("0.9"), Ver("1.0") <= Ver("0.9"))
def memo(f):
    cache = {}
    @functools.wraps(f)
    def w(*a):
        if a not in cache: cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def collatz(n): return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz.__name__, len(collatz.cache) > 100)
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, 'batched') else 'no batched')
Card = collections.namedtuple('Card', ['rank', 'suit'])
deck = [Card(r, s) for s in '♠♥' for r in 'A23']
print(deck[:3], sorted(deck, key=lambda c: (c.suit, c.rank))[0], Card._fields, deck[0]._replace(rank='K'))
gen = (i * i for i in range(10))
print(sum(gen), sum(gen), next(iter([]), 'empty'))
print(dict(collections.Counter('hello world').most_common(3)), collections.Counter(a=3, b=1) + collections.Counter(a=1))
od = collections.OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
dd = collections.defaultdict(lambda: 'N/A'); dd['x']; print(dict(dd), dd['y'])
print(repr(collections.deque([1, 2], maxlen=5)), collections.deque('abc')[1])
s = "The rain in Spain"
print(s.split(' ', 1), s.lower().count('ain'), s.find('xyz'), s.index('rain'), s[::2], s[-5:], s.replace(' ', '_').upper())
print(' | '.join(f'{w!r:^8}' for w in s.split()))
print('%-10s|%10s|%5.1f%%' % ('left', 'right', 99.5), '%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%c%c' % (72, 'i'))
print(str.maketrans({'a': 'b'}), 'abc'.translate({97: None, 98: 'B'}), 'a-b_c'.replace('-', ' ').replace('_', ' ').split())
print(list(map(int, '1 2 3'.split())), [int(c) for c in str(2 ** 20)], sum(int(c) for c in str(2 ** 100)))
print(bin(42)[2:].zfill(8), int('101010', 2), f'{42:08b}', hex(255).upper(), f'{0xff:X}', oct(8)[2:], ord('a') - ord('A'))
