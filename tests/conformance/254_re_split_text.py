# Splitting text: separators, kept delimiters, maxsplit, empty matches.
import re

text = "apples, oranges;bananas  ,  kiwis;; grapes"
print(re.split(r"\s*[,;]\s*", text))
print(re.split(r"(\s*[,;]\s*)", text))
print(re.split(r"\s*([,;])\s*", text, maxsplit=2))
print(re.split(r"[,;]", text, 1))

sentence = "The rain, in Spain... stays mainly: in the plain!"
words = [w for w in re.split(r"\W+", sentence) if w]
print(words, len(words))
print(re.split(r"(?<=[.!?])\s+", "Hi there. How are you? Fine! Bye."))

# Splitting on empty matches (Python 3.7+ rules).
print(re.split(r"\b", "one two"))
print(re.split(r"x*", "axbxxc"))
print(re.split(r"(?=[A-Z])", "HelloWorldFooBar"))
print(re.split(r"", "abc"))

# Groups that do not take part give None.
print(re.split(r"(a)|(b)", "1a2b3"))

# Lines with different endings, and fields with quotes.
data = "line one\r\nline two\nline three\rlast"
print(re.split(r"\r\n|\r|\n", data))
csv_line = 'name,"Smith, John",42,"said ""hi"""'
fields = re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv_line)
print([f[1:-1].replace('""', '"') if f.startswith('"') else f for f in fields])

# A key=value config parser using split and findall.
config = """
# comment
name = demo
ports = 80, 443 ,8080
debug=true
"""
settings = {}
for line in config.splitlines():
    line = re.sub(r"#.*", "", line).strip()
    if not line:
        continue
    key, value = re.split(r"\s*=\s*", line, maxsplit=1)
    if "," in value:
        value = [int(p) for p in re.split(r"\s*,\s*", value)]
    settings[key] = value
print(settings)
print(re.compile(r"\s+").split("  leading and trailing  "))
