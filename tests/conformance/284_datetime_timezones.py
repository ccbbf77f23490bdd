# Meetings across fixed-offset time zones: aware datetimes, conversion with
# astimezone, UTC timestamps, comparisons between zones, a tzinfo subclass.
from datetime import datetime, timedelta, timezone, tzinfo, UTC

zones = {
    "London": timezone.utc,
    "New York": timezone(timedelta(hours=-5), "EST"),
    "Kolkata": timezone(timedelta(hours=5, minutes=30)),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
    "St John's": timezone(-timedelta(hours=3, minutes=30)),
}
for name, tz in zones.items():
    print(f"{name:10} {tz!s:10} {tz!r}")

meeting = datetime(2024, 1, 15, 15, 0, tzinfo=zones["London"])
for name, tz in zones.items():
    local = meeting.astimezone(tz)
    print(f"{name:10} {local:%a %H:%M} {local.isoformat()} offset={local.utcoffset()} "
          f"name={local.tzname()} dst={local.dst()}")

# The same instant in different zones compares and hashes equal.
tokyo = meeting.astimezone(zones["Tokyo"])
print(tokyo == meeting, hash(tokyo) == hash(meeting), tokyo - meeting, tokyo.date() != meeting.date())
print(sorted([tokyo, meeting - timedelta(minutes=1), meeting.astimezone(zones["New York"]) + timedelta(1)]))

# Timestamps (seconds since the epoch) are zone-independent.
for tz in (UTC, zones["Kolkata"]):
    dt = datetime(2024, 1, 15, 15, 0, 30, 250000, tzinfo=tz)
    ts = dt.timestamp()
    print(ts, datetime.fromtimestamp(ts, tz=timezone.utc), datetime.fromtimestamp(ts, tz))
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1e9, timezone.utc).isoformat())
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC).timestamp())

# Naive and aware datetimes.
naive = datetime(2024, 1, 15, 15, 0)
print(naive.tzinfo, naive.utcoffset(), naive.tzname(), naive == meeting)
print(naive.replace(tzinfo=timezone.utc) == meeting, meeting.replace(tzinfo=None) == naive)
for op in (lambda: naive < meeting, lambda: naive - meeting):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(meeting.timetuple()[:6], meeting.utctimetuple()[:6], tokyo.utctimetuple().tm_hour)

# A tzinfo subclass with its own rules (a fixed offset with a DST flag).
class Fixed(tzinfo):
    def __init__(self, hours, name, dst_hours=0):
        self.offset = timedelta(hours=hours)
        self.name = name
        self.dst_offset = timedelta(hours=dst_hours)

    def utcoffset(self, dt):
        return self.offset + self.dst_offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dst_offset

    def __repr__(self):
        return f"Fixed({self.name})"

cest = Fixed(1, "CEST", 1)
summer = datetime(2024, 7, 1, 12, 0, tzinfo=cest)
print(repr(summer), summer, summer.utcoffset(), summer.dst(), summer.tzname())
print(summer.astimezone(timezone.utc), summer.timetuple().tm_isdst, summer.strftime("%H:%M %Z %z"))
print(summer.astimezone(zones["New York"]).strftime("%Y-%m-%d %H:%M %Z"))
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)), timezone.min, timezone.max)
print(timezone(timedelta(0)) == timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(repr(timezone(timedelta(0))), repr(timezone(timedelta(seconds=1))), str(timezone(timedelta(minutes=-90))))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
