# Graph traversal: BFS shortest path, DFS, topological sort.
from collections import deque
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [],
}
def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for outs in graph.values():
        for o in outs:
            indeg[o] += 1
    ready = [n for n in graph if indeg[n] == 0]
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for o in graph[n]:
            indeg[o] -= 1
            if indeg[o] == 0:
                ready.append(o)
    return order
print(bfs("a", "f"), bfs("e", "a"))
print(dfs("a"))
print(topo())
