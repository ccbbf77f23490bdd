# Validating user input: e-mail addresses, dates, phone numbers, passwords.
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")

for addr in ["alice@example.com", "bob.smith+tag@mail.co.uk", "no-at-sign.com",
             "x@y", "trailing@dot.com.", "UPPER@EXAMPLE.ORG", "sp ace@ex.com"]:
    print(f"{addr!r:32} {'valid' if EMAIL.fullmatch(addr) else 'invalid'}")

for text in ["2024-02-29", "2023-13-01", "1999-12-31", "2020-1-5", "2021-04-31x"]:
    m = DATE.fullmatch(text)
    if m:
        print(text, "->", tuple(int(v) for v in m.group("y", "m", "d")))
    else:
        print(text, "-> no")

for raw in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234", "call 555 123 4567 now"]:
    m = PHONE.search(raw)
    print(repr(raw), "->", "-".join(m.groups()) if m else None)


def password_problems(pw):
    checks = [
        (r".{8,}", "at least 8 characters"),
        (r".*[A-Z]", "an upper-case letter"),
        (r".*[a-z]", "a lower-case letter"),
        (r".*\d", "a digit"),
        (r".*[^\w\s]", "a symbol"),
    ]
    return [need for pat, need in checks if not re.match(pat, pw)]


for pw in ["hunter2", "CorrectHorse9!", "aaaaaaaa", "Sh0rt!"]:
    print(pw, password_problems(pw))

# A strong-password check in one pattern with lookaheads.
STRONG = re.compile(r"^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?!.*\s).{8,}$")
print([bool(STRONG.match(p)) for p in ["Abcdefg1", "abcdefg1", "Abc defg1", "A1b"]])

# IPv4 with range checks in the pattern.
octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = re.compile(rf"{octet}(?:\.{octet}){{3}}")
for ip in ["192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0", "1.2.3.04"]:
    print(ip, bool(IP.fullmatch(ip)))
