def classify(x):
    match x:
        case [a, b]:
            return "pair"
        case other:
            return "other"
        case None:
            return "none"
print(classify(1))
