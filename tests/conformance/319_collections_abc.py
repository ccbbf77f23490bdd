from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Container, Hashable, Callable, Set, MutableSet, Generator, Collection, Reversible, KeysView
import collections.abc
import collections
def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, {4: 'a'}), 'xy'], range(2), {5}])))
vals = [[], (), {}, set(), "s", b"b", 3, 3.0, None, iter([]), (x for x in []), range(3), {}.keys(), len, lambda: 0, object(), frozenset()]
for abc in [Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Container, Hashable, Callable, Set, MutableSet, Generator, Collection, Reversible]:
    print(abc.__name__, [isinstance(v, abc) for v in vals])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable), issubclass(str, collections.abc.Sequence))
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(); r['A'] = 1; r.update(B=2, c=3); r.setdefault('d', 4)
print(dict(r), 'a' in r, r.get('Z', 0), len(r), list(r.items()), list(r.keys()), r.pop('b'), r == {'a': 1, 'c': 3, 'd': 4}, isinstance(r, Mapping))
class Deck(Sequence):
    def __init__(self): self.cards = list(range(5))
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck(); print(list(reversed(d)), d.index(3), d.count(1), 4 in d, d[1:3], isinstance(d, Reversible))
class Half(Mapping):
    def __getitem__(self, k): return k
try:
    Half()
except TypeError as e:
    print(e)
class Bag(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
b = Bag([3, 1]); b |= {2}; print(list(b), list(b & {1, 2}), b <= {1, 2, 3, 4}, b.isdisjoint({9}))
print(Iterable, repr(Mapping), Sequence.__module__, collections.abc.Sized.__name__)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable))
Sequence.register(It); print(issubclass(It, Sequence))
# abc.ABCMeta as a metaclass: abstract methods are enforced.
import abc
class Plugin(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def name(self): ...
class Good(Plugin):
    def run(self): return "ran"
    def name(self): return "good"
print(Good().run(), isinstance(Good(), Plugin), type(Plugin).__name__)
class Partial(Plugin):
    def run(self): return 1
try:
    Partial()
except TypeError as e:
    print(e)
try:
    Plugin()
except TypeError as e:
    print(e)
