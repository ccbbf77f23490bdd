# Bytes patterns over binary data, and step-by-step scanning with pos.
import re

# Parsing an HTTP response head held as bytes.
raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 1234\r\nX-Caf\xe9: yes\r\n\r\n<html>"
status = re.match(rb"HTTP/(\d\.\d) (\d{3}) ([^\r\n]*)", raw)
print(status, status.groups())
headers = dict(re.findall(rb"^([\w-]+): ?(.*?)\r$", raw, re.M))
print(headers)
head, body = re.split(rb"\r\n\r\n", raw, maxsplit=1)
print(len(head), body)
print(re.sub(rb"[^\x20-\x7e]", b"?", raw[:60]))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(r"\w+", "caf\xe9 na\xefve"))
print(re.compile(rb"(?i)content-(\w+)").findall(raw))
print(re.compile(b"abc"), re.compile(rb"a\.b", re.I), re.escape(b"1+1=2?"))

for bad in [lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"),
            lambda: re.compile(b"x", re.UNICODE), lambda: re.compile(rb"\u0041")]:
    try:
        bad()
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)

# A hand-written lexer loop: match at pos, advance, report the position of a bad character.
LEX = re.compile(r"\s*(?:(\d+\.\d*|\d+)|(\w+)|(\*\*|[-+*/()=]))")
def lex(src):
    pos, out = 0, []
    while pos < len(src):
        m = LEX.match(src, pos)
        if not m or m.end() == pos:
            if src[pos:].strip():
                out.append(("?", src[pos], pos))
                pos += 1
                continue
            break
        kind = ("num", "name", "op")[m.lastindex - 1]
        out.append((kind, m.group(m.lastindex), m.start(m.lastindex)))
        pos = m.end()
    return out
print(lex("x = 3.5 * (y + 42) ** 2"))
print(lex("a $ b"))

# search with pos and endpos, and the pos/endpos a match remembers
p = re.compile(r"\d+")
m = p.search("ab12cd345ef", 5, 8)
print(m, m.pos, m.endpos, p.search("ab12cd345ef", 9))
print([(m.group(), m.pos, m.endpos) for m in p.finditer("1 22 333 4444", 2, 11)])
print(p.findall("1 22 333 4444", 2, 11), p.fullmatch("x123y", 1, 4))

# Flags given by keyword and combined
print(re.findall(r"^a.", "ab\nAc\naD", flags=re.I | re.M | re.S))
print(re.split(r"x", "1x2X3", flags=re.IGNORECASE), re.sub(r"b", "-", "abcB", flags=re.I, count=1))
