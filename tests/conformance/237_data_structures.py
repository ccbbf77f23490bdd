class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._n += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._n
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, "two", 3.0, None])
print(ll, len(ll), list(ll), 3.0 in ll)
ll.reverse()
print(ll, LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def _ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = _ins(node[1], k)
            elif k > node[0]:
                node[2] = _ins(node[2], k)
            return node
        self.root = _ins(self.root, k)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self, n=0):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height(), t.root[:1])
from collections import deque
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start, goal):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        for nb in graph[path[-1]]:
            if nb not in seen:
                seen.add(nb)
                q.append(path + [nb])
print(bfs("A", "F"), bfs("E", "A"))
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
print(dfs("A"))
import heapq
def dijkstra(edges, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in edges.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
print(dijkstra({"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)]}, "a"))
