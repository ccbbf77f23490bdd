from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterable, Set, Sequence, TypedDict, Literal, cast
from collections import defaultdict

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

class Movie(TypedDict):
    title: str
    year: int

def group_by_dept(staff: Iterable[Employee]) -> Dict[str, List[str]]:
    groups: Dict[str, List[str]] = defaultdict(list)
    for e in staff:
        groups[e.dept].append(e.name)
    return dict(groups)

def find(names: Sequence[str], target: str) -> Optional[int]:
    for i, n in enumerate(names):
        if n == target:
            return i
    return None

def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]

def parse(v: Union[int, str]) -> Tuple[int, str]:
    return (int(v), str(v))

staff = [Employee("ann", "it", 70000), Employee("bob", "ops"), Employee("cy", "it")]
print(staff[1], staff[0].salary, staff[1]._asdict(), Employee._fields, Employee._field_defaults)
print(group_by_dept(staff))
print(find(["a", "b"], "b"), find([], "x"))
print(apply(lambda x: x * x, [1, 2, 3]), parse("42"))
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s))
m: Movie = Movie(title="Up", year=2009)
print(m, m["year"])
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], T, Literal["r", "w"], Set[float], List, Any)
print(find.__annotations__)
print(apply.__annotations__["f"], parse.__annotations__)
print(cast(int, "3"), Optional[int] == Union[int, None], Union[int, int] is int)
print(isinstance([], List), Employee("x", "y") == ("x", "y", 50000.0), isinstance(staff[0], tuple))
e2 = staff[0]._replace(salary=1.5)
print(e2, e2 > staff[0])
try:
    Employee("only-name")
except TypeError as ex:
    print("TypeError:", ex)
try:
    List()
except TypeError as ex:
    print("TypeError:", ex)
