# Case methods and predicates.
words = ["hello world", "HELLO", "hElLo", "they're bill's", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
tests = ["123", "12.5", "abc", "abc123", "", " ", "ABC", "Title Case", "½", "٣"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isnumeric(), t.isdecimal())
print("Straße".casefold(), "ǅ".upper(), "ŉ".upper())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier())
print("hello\tworld".expandtabs(4), "abc".isascii(), "é".isascii())
