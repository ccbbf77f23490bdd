def parse_line(line):
    name, age = line.split(",")
    return name.strip(), int(age)
lines = ["ann, 31", "bob, 42", "carl 50"]
people = [parse_line(l) for l in lines]
print(people)
