# Uncaught exception inside nested calls: full traceback.
def parse(text):
    return int(text)

def load(items):
    result = []
    for item in items:
        result.append(parse(item))
    return result

def main():
    print("loading")
    numbers = load(["1", "2", "three"])
    print(numbers)

main()
