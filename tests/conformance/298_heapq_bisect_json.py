import heapq, bisect, json
h = []
for x in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, [4, 7, 1]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
print(list(heapq.merge([1, 4], [2, 3])), heapq.heapreplace(h, 0), heapq.heappushpop(h, 100), h)
l = [1, 3, 3, 5]; print(bisect.bisect_left(l, 3), bisect.bisect_right(l, 3), bisect.bisect(l, 4)); bisect.insort(l, 4); print(l)
def grade(s, bp=[60, 70, 80, 90], g='FDCBA'): return g[bisect.bisect(bp, s)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
d = {"b": [1, 2.5, None, True], "a": {"x": "é\n", "y": []}, "c": {}}
print(json.dumps(d)); print(json.dumps(d, indent=2, sort_keys=True)); print(json.dumps(d, ensure_ascii=False))
print(json.dumps(d, separators=(',', ':')), json.dumps([1, 2], indent=4), json.dumps("\u2603"), json.dumps(1e100), json.dumps(float('inf')))
print(json.loads('{"a": [1, 2.0, null, false, "x\\u00e9"], "b": 1e2}'), json.loads('3'), json.loads(' "s" '))
print(json.dumps((1, 2)), json.dumps({1: 2, True: 3, None: 4}), json.dumps({'a': 1}, indent='\t'))
for bad in ['{', '[1,]', '{"a" 1}', '', 'nul', '{"a": 1} x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('err', e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.dumps({'s': {3, 1}}, default=list))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
