# Parsing web-server log lines with a verbose regex and named groups.
import re
from collections import Counter, defaultdict

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.20 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 -
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 404 512
127.0.0.1 - - [10/Oct/2023:14:01:00 +0000] "GET /index.html HTTP/1.1" 200 2326
this line is garbage
10.0.0.5 - bob [10/Oct/2023:14:02:30 +0000] "DELETE /api/items/42 HTTP/1.1" 500 87
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s-\s(?P<user>\S+)\s                  # user or -
    \[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4})
      :(?P<time>\d\d:\d\d:\d\d)\s[+-]\d{4}\]
    \s"(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"
    \s(?P<status>\d{3})\s(?P<size>\d+|-)$
""", re.VERBOSE)

status_count = Counter()
bytes_by_ip = defaultdict(int)
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    status_count[d["status"]] += 1
    if d["size"] != "-":
        bytes_by_ip[d["ip"]] += int(d["size"])
    if d["user"] != "-":
        print(f"line {n}: {d['user']} did {d['method']} {d['path']} at {d['time']}")

print(sorted(status_count.items()))
print(dict(sorted(bytes_by_ip.items())))
print("unparsed lines:", bad)

# The same with findall over the whole text and MULTILINE anchors.
errors = re.findall(r'^(\S+) .*" (5\d\d|4\d\d) ', LOG, re.M)
print(errors)
paths = re.findall(r'"(?:GET|POST) (/[^ ]*)', LOG)
print(Counter(paths).most_common(2))
print(LINE.flags & re.VERBOSE == re.VERBOSE, LINE.groups)
