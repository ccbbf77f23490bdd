# Ages, durations and schedules with datetime: date arithmetic, timedelta
# normalisation, division and str(), as an ordinary script would use them.
from datetime import date, datetime, time, timedelta


def age_on(birthday, today):
    years = today.year - birthday.year
    if (today.month, today.day) < (birthday.month, birthday.day):
        years -= 1
    return years


people = {
    "Ada": date(1815, 12, 10),
    "Grace": date(1906, 12, 9),
    "Linus": date(1969, 12, 28),
    "Leap": date(2000, 2, 29),
}
reference = date(2024, 3, 1)
for name, born in sorted(people.items(), key=lambda kv: kv[1]):
    days = (reference - born).days
    print(f"{name:6} born {born} ({born:%A}) is {age_on(born, reference)} "
          f"years, {days} days old")

# The next birthday of someone born on Feb 29 in a non-leap year.
def next_birthday(born, today):
    for year in range(today.year, today.year + 5):
        try:
            candidate = born.replace(year=year)
        except ValueError as e:
            print("  no", year, "birthday:", e)
            continue
        if candidate >= today:
            return candidate

print("next:", next_birthday(people["Leap"], date(2025, 1, 1)))

# Durations: normalisation into days, seconds, microseconds.
spans = [
    timedelta(hours=36, minutes=90),
    timedelta(seconds=-1),
    timedelta(days=-1, hours=23),
    timedelta(weeks=2, milliseconds=1500),
    timedelta(minutes=0.5),
    timedelta(days=1.5, microseconds=-1),
    timedelta(),
]
for td in spans:
    print(repr(td), "|", td, "|", td.total_seconds(), td.days, td.seconds, td.microseconds)

# Totals and averages of lap times.
laps = [timedelta(minutes=4, seconds=s) for s in (12, 7, 31, 2, 55)]
total = sum(laps, timedelta())
print("total", total, "mean", total / len(laps), "best", min(laps), "worst", max(laps))
print("laps per hour:", timedelta(hours=1) // (total / len(laps)))
print("ratio", laps[0] / laps[1], "remainder", total % timedelta(minutes=5))
print("divmod", divmod(total, timedelta(minutes=7)))
print("scaled", laps[0] * 3, 2 * laps[1], laps[2] * 0.5, -laps[3], abs(-laps[4]))
print("compare", laps[0] > laps[1], laps[0] == timedelta(seconds=252), bool(timedelta(0)))

# A schedule: every 90 minutes from a start time, skipping the night.
start = datetime(2024, 3, 9, 20, 0)
slot = start
for _ in range(8):
    if time(23, 0) <= slot.time() or slot.time() < time(7, 0):
        slot = datetime.combine(slot.date() + timedelta(days=(slot.hour >= 23)), time(7, 0))
    print(slot.strftime("%a %d %b %H:%M"), end="; ")
    slot += timedelta(minutes=90)
print()

# Working days between two dates.
def working_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n

print("working days in March 2024:", working_days(date(2024, 3, 1), date(2024, 4, 1)))
print("ordinals", date(2024, 1, 1).toordinal(), date.fromordinal(738886),
      date(1, 1, 1).toordinal())
print("week days", [d.isoweekday() for d in (date(2024, 1, 1) + timedelta(i) for i in range(7))])
print("iso", date(2021, 1, 3).isocalendar(), tuple(date(2024, 12, 30).isocalendar()),
      date(2024, 12, 30).isocalendar().week)
print("hashes agree:", hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1, 0, 0, 0, 0)),
      len({date(2024, 1, 1), date(2024, 1, 1), datetime(2024, 1, 1)}))
print("limits", date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print("resolution", timedelta.resolution, date.resolution, timedelta.min, timedelta.max)
