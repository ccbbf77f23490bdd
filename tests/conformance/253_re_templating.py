# A small template engine: sub with a callable, group references, counts.
import re

template = "Hello {{ name }}! You have {{count}} new {{ what|upper }}. {{ missing }}"
context = {"name": "Ada", "count": 3, "what": "messages"}

FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title}


def render(tpl, ctx):
    def replace(m):
        name, _, filt = m.group(1).partition("|")
        value = ctx.get(name, m.group(0))
        value = str(value)
        if filt:
            value = FILTERS[filt](value)
        return value
    return re.sub(r"\{\{\s*([\w|]+?)\s*\}\}", replace, tpl)


print(render(template, context))

# Backreferences in the replacement string.
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "write to joe@example.com or ann@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Grace Hopper"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"x", r"\n", "axb") == "a\nb")

# count and subn
s = "one, two, three, four"
print(re.sub(r",\s*", ";", s, count=2))
print(re.subn(r"[aeiou]", "*", s))
print(re.subn(r"zzz", "-", s))

# A callable that keeps some matches and changes others.
def censor(m):
    word = m.group()
    return word[0] + "*" * (len(word) - 1) if word.lower() in {"darn", "heck"} else word

print(re.sub(r"\b\w+\b", censor, "Darn it, what the heck is this heckle?"))

# Snake case to camel case and back.
def camel(s):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), s)

def snake(s):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", s).lower()

for name in ["parse_http_response", "get_x"]:
    print(name, "->", camel(name), "->", snake(camel(name)))

# expand() on a match
m = re.search(r"(?P<key>\w+)=(?P<val>\w+)", "opt: color=red")
print(m.expand(r"\g<val> is the \g<key> (\1)"))

# Empty matches: a separator between every character.
print(re.sub(r"", "-", "abc"))
print(re.sub(r"x*", "-", "abxd"))
