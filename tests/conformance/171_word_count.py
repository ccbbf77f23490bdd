# Word counting with dict, sorting by frequency then word.
TEXT = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief,
it was the epoch of incredulity, it was the season of Light."""
counts = {}
for raw in TEXT.split():
    word = raw.strip(".,;").lower()
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
longest = max(counts, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
lines = TEXT.splitlines()
print([len(line.split()) for line in lines])
