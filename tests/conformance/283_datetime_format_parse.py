# Formatting and parsing timestamps: a log file's lines parsed with
# strptime, sorted, grouped by day and reported with strftime, isoformat
# and fromisoformat round trips.
from datetime import date, datetime, time, timedelta, timezone

LOG = """\
2024-03-10 14:05:09 ERROR disk full on /dev/sda1
2024-03-09 23:59:59 INFO nightly backup done
2024-03-10 09:00:00 WARN slow request (2.5 s)
10/Mar/2024:16:30:00 INFO user alice logged in
2024-03-11 00:00:01 INFO rotated logs
Mar 9 2024 8:15AM INFO service started
not a timestamp at all
2024-02-30 12:00:00 ERROR impossible date
"""

FORMATS = ["%Y-%m-%d %H:%M:%S", "%d/%b/%Y:%H:%M:%S", "%b %d %Y %I:%M%p"]


def parse_line(line):
    for fmt in FORMATS:
        for cut in (20, 19, 18, 17, 16):
            stamp = line[:cut]
            try:
                when = datetime.strptime(stamp, fmt)
            except ValueError:
                continue
            return when, line[cut:].strip()
    raise ValueError("unparsed line: %r" % line)


events = []
for line in LOG.splitlines():
    try:
        events.append(parse_line(line))
    except ValueError as e:
        print("skip:", e)

events.sort()
for when, text in events:
    print(when.isoformat(sep=" "), "|", when.strftime("%d.%m.%y %I:%M %p"), "|", text)

by_day = {}
for when, text in events:
    by_day.setdefault(when.date(), []).append(text.split()[0])
for day in sorted(by_day):
    print(day.strftime("%A %d %B %Y (day %j, week %W)"), "->", ", ".join(by_day[day]))

first, last = events[0][0], events[-1][0]
print("span:", last - first, "=", (last - first).total_seconds() / 3600, "hours")

# strptime directives and their errors, as CPython reports them.
cases = [
    ("2024-01-02T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-02T10:00:00Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-02 10:00:00 -03:30", "%Y-%m-%d %H:%M:%S %z"),
    ("10:00:00.25", "%H:%M:%S.%f"),
    ("Thursday 5 March 2020", "%A %d %B %Y"),
    ("24-7-4", "%y-%m-%d"),
    ("69-7-4", "%y-%m-%d"),
    ("2024 100", "%Y %j"),
    ("2024 10 1", "%Y %W %w"),
    ("12 AM", "%I %p"),
    ("12 pm", "%I %p"),
    ("100%", "%d%%"),
    ("2024-01-02", "%Y/%m/%d"),
    ("2024-01-02 junk", "%Y-%m-%d"),
    ("2024-13-02", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"),
    ("Feb 29", "%b %d"),
    ("x", "%Q"),
    ("x", "50%"),
]
for text, fmt in cases:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError:", e)

# strftime directives.
moment = datetime(2024, 7, 4, 9, 5, 3, 120, tzinfo=timezone(timedelta(hours=-4), "EDT"))
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %p %I", "%j %U %W %w %u", "%y %C %e %D %T %R",
            "%z %Z", "%G-W%V-%u", "%c | %x | %X", "%% %n%t|", "{%Y}"]:
    print(repr(moment.strftime(fmt)))
print(format(moment, "%H:%M"), f"{moment:%d/%m}", "{:%Y}".format(moment), f"{moment.date()}")
print(time(7, 8, 9).strftime("%H:%M:%S %p"), date(2024, 7, 4).strftime("%Y %H:%M"))

# isoformat and fromisoformat round trips.
samples = [
    datetime(2024, 7, 4, 9, 5, 3),
    datetime(2024, 7, 4, 9, 5, 3, 120),
    datetime(2024, 7, 4, tzinfo=timezone.utc),
    moment,
]
for dt in samples:
    text = dt.isoformat()
    back = datetime.fromisoformat(text)
    print(text, back == dt, repr(back))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, samples[1].isoformat(timespec=spec), time(1, 2, 3, 456789).isoformat(spec))
for text in ["2024-07-04", "20240704", "2024-W27-4", "2024-07-04T09:05", "2024-07-04 09:05:03.5",
             "2024-07-04T09:05:03,123456789", "2024-07-04T09:05+02:00", "2024-07-04T09:05:03Z"]:
    print(text, "->", repr(datetime.fromisoformat(text)))
print(repr(date.fromisoformat("2024-07-04")), repr(time.fromisoformat("09:05:03.123")),
      repr(time.fromisoformat("T0905")))
for bad in ["2024-7-4", "2024-02-30", "2024-07-04T25:00", "2024-07-04T09:05+24:00", "nope", "2024-W54-1"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
print(datetime(2024, 7, 4, 9, 5).ctime(), "|", date(2024, 7, 4).ctime())
print(str(datetime(2024, 7, 4, 9, 5, 3, 120)), str(time(9, 5, 3, 120)), str(date(2024, 7, 4)))
