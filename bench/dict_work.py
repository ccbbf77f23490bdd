# Benchmark: dict insert / lookup / update / iterate with str and int keys (~1M ops).
def main():
    n = 200_000
    d_int = {}
    for i in range(n):
        d_int[i * 3] = i
    d_str = {}
    for i in range(n):
        d_str["k" + str(i)] = i
    hits = 0
    for i in range(n):
        if i in d_int:
            hits += 1
        hits += d_str["k" + str(i)] & 1
    for i in range(0, n, 2):
        d_int[i * 3] += 1
        d_str["k" + str(i)] = d_str.get("k" + str(i), 0) * 2
    total = 0
    for k, v in d_int.items():
        total += k ^ v
    for k in d_str:
        total += len(k) + d_str[k]
    merged = dict(d_int)
    merged.update((i, -i) for i in range(0, n, 5))
    print("dict_work", len(d_int), len(d_str), len(merged), hits, total % 1_000_000_007)


main()
