# Benchmark: list append / index / sort / comprehension (~1M items in total).
def build(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 100003)
    return xs


def main():
    xs = build(300_000)
    total = 0
    for i in range(0, len(xs), 3):
        total += xs[i]
    squares = [x * x % 1000 for x in xs if x % 2 == 0]
    ys = sorted(xs)
    xs.sort(reverse=True)
    small = xs[:1000]
    pos = 0
    for v in small[:60]:
        pos += ys.index(v) % 97
    nested = [[j for j in range(i % 10)] for i in range(30_000)]
    flat = sum(len(r) for r in nested)
    checksum = (total + sum(squares) + ys[12345] + xs[0] + pos + flat) % 1_000_000_007
    print("list_work", len(xs), len(squares), flat, checksum)


main()
