def average(values):
    return (sum(values)
            / len(values))
scores = {"math": [90, 80], "art": []}
for subject, vals in scores.items():
    print(subject, average(vals))
