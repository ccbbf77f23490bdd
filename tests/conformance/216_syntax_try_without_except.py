def read_numbers(path):
    numbers = []
    try:
        with open(path) as f:
            for line in f:
                numbers.append(int(line))

    return numbers

print(read_numbers("data.txt"))
