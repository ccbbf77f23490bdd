# Mistakes a learner makes that Python still runs, with the SyntaxWarnings
# CPython's compiler prints for them before the program starts.
def grade(score):
    if score is 100:
        return "perfect"
    if score is not -1 and score >= 50:
        return "pass"
    return "fail"

for s in (100, 75, 10, -1):
    print(s, grade(s))

def check_age(age):
    assert (age >= 0, "age must be positive")
    return age

print(check_age(-5))

coords = [
    (1, 2),
    (3, 4)
    (5, 6),
] if False else [(1, 2), (3, 4)]
print(coords)

names = ["ann", "bob"]
try:
    print(["ann", "bob"]["0"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(None[0])
except TypeError as e:
    print("TypeError:", e)
word = "python"
print(word is "python", word == "python")
result = 2 ** 8
print(result is 256, result is not 2 ** 8)
