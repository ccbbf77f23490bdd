# Modern annotations: PEP 604 unions and builtin generics, evaluated at def time.
from types import SimpleNamespace
def f(x: int | None = None, y: list[str] = [], *, z: dict[str, list[int]] | None = None) -> tuple[int, ...] | None: pass
print(f.__annotations__)
print(int | str, isinstance(3, int | str), isinstance("a", int | None), int | int, list[int] | None, None | int)
print(list[int], dict[str, int], tuple[()], type[int], set[frozenset[int]], list[int]("ab"), list[int] == list[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b="x", c=[1]))
from typing import Optional, List
print(int | List[int], Optional[int] | str)
