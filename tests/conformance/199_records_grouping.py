# Processing records: grouping, aggregating, inverting dicts.
records = [
    {"name": "ann", "dept": "eng", "salary": 120, "age": 34},
    {"name": "bob", "dept": "ops", "salary": 90, "age": 45},
    {"name": "cid", "dept": "eng", "salary": 110, "age": 29},
    {"name": "dee", "dept": "sales", "salary": 70, "age": 38},
    {"name": "eve", "dept": "ops", "salary": 95, "age": 31},
]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
for dept, rs in sorted(by_dept.items()):
    total = sum(r["salary"] for r in rs)
    print(f"{dept:6} n={len(rs)} total={total} avg={total / len(rs):.1f} names={[r['name'] for r in rs]}")
oldest = max(records, key=lambda r: r["age"])
print("oldest:", oldest["name"])
name_to_dept = {r["name"]: r["dept"] for r in records}
inverted = {}
for n, d in name_to_dept.items():
    inverted.setdefault(d, set()).add(n)
print({d: sorted(ns) for d, ns in inverted.items()})
raise_pct = {"eng": 10, "ops": 5}
updated = [{**r, "salary": r["salary"] * (100 + raise_pct.get(r["dept"], 0)) // 100} for r in records]
print([(r["name"], r["salary"]) for r in updated])
print(sorted(records, key=lambda r: (r["dept"], -r["salary"]))[0]["name"])
