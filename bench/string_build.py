# Benchmark: string building with join and +=, split, format (~500k ops).
def main():
    parts = []
    for i in range(150_000):
        parts.append("item%d" % i)
    joined = ",".join(parts)
    fields = joined.split(",")
    s = ""
    for i in range(50_000):
        s += str(i % 10)
    lines = []
    for i in range(150_000):
        lines.append("{0}:{1:>5}|{2}".format(i, i * 3 % 1000, "x" * (i % 4)))
    text = "\n".join(lines)
    words = text.replace("|", " ").split()
    upper = 0
    for w in fields:
        if w.upper().startswith("ITEM9"):
            upper += 1
    f = 0
    for i in range(50_000):
        f += len(f"{i}-{i * 2}")
    checksum = (len(joined) + len(fields) + len(s) + s.count("7") + len(text)
                + len(words) + upper + f)
    print("string_build", len(fields), len(s), len(words), upper, checksum)


main()
