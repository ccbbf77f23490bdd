# The errors of the datetime module as CPython's C implementation reports
# them, and the traceback of an uncaught one (no frame inside datetime).
import datetime
from datetime import date, time, timedelta, timezone


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("month 13", lambda: date(2024, 13, 1))
attempt("Feb 30", lambda: date(2024, 2, 30))
attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: datetime.datetime(10000, 1, 1))
attempt("hour 24", lambda: datetime.datetime(2024, 1, 1, 24))
attempt("minute 60", lambda: time(1, 60))
attempt("second 60", lambda: time(1, 1, 60))
attempt("microsecond", lambda: time(1, 1, 1, 1_000_000))
attempt("fold", lambda: time(fold=2))
attempt("missing day", lambda: date(2024, 1))
attempt("missing all", lambda: datetime.datetime())
attempt("str year", lambda: date("2024", 1, 1))
attempt("float year", lambda: date(2024.0, 1, 1))
attempt("bad tzinfo", lambda: datetime.datetime(2024, 1, 1, tzinfo="UTC"))
attempt("timedelta str", lambda: timedelta(hours="1"))
attempt("too many days", lambda: timedelta(days=10**9))
attempt("way too many", lambda: timedelta(days=3 * 10**9))
attempt("past max", lambda: date.max + timedelta(days=1))
attempt("before min", lambda: datetime.datetime.min - timedelta(microseconds=1))
attempt("date + int", lambda: date(2024, 1, 1) + 1)
attempt("date - datetime", lambda: date(2024, 1, 1) - datetime.datetime(2024, 1, 1))
attempt("datetime - date", lambda: datetime.datetime(2024, 1, 1) - date(2024, 1, 1))
attempt("date < datetime", lambda: date(2024, 1, 1) < datetime.datetime(2024, 1, 1))
attempt("date == datetime", lambda: date(2024, 1, 1) == datetime.datetime(2024, 1, 1))
attempt("date < str", lambda: date(2024, 1, 1) < "2024-01-01")
attempt("time - time", lambda: time(1) - time(2))
attempt("naive < aware time", lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt("timedelta / 0", lambda: timedelta(1) / 0)
attempt("timedelta // 0", lambda: timedelta(1) // 0)
attempt("timedelta % int", lambda: timedelta(1) % 2)
attempt("int / timedelta", lambda: 1 / timedelta(1))
attempt("sum of timedeltas", lambda: sum([timedelta(1), timedelta(2)]))
attempt("timezone(5)", lambda: timezone(5))
attempt("timezone name", lambda: timezone(timedelta(hours=1), 5))
attempt("timezone range", lambda: timezone(timedelta(hours=24)))
attempt("utcoffset(5)", lambda: timezone.utc.utcoffset(5))
attempt("abstract tzinfo", lambda: datetime.tzinfo().utcoffset(None))
attempt("fromisoformat int", lambda: date.fromisoformat(20240101))
attempt("fromisocalendar", lambda: date.fromisocalendar(2024, 1, 8))
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("combine", lambda: datetime.datetime.combine("2024-01-01", time()))
attempt("astimezone(5)", lambda: datetime.datetime(2024, 1, 1).astimezone(5))
attempt("strftime(5)", lambda: date(2024, 1, 1).strftime(5))
attempt("strptime(5)", lambda: datetime.datetime.strptime(5, "%Y"))
attempt("isoformat timespec", lambda: time(1).isoformat("days"))
attempt("no attribute", lambda: timedelta(1).hours)
attempt("read-only", lambda: setattr(date(2024, 1, 1), "year", 2025))
attempt("new attribute", lambda: setattr(date(2024, 1, 1), "note", "x"))
attempt("replace", lambda: date(2024, 1, 31).replace(month=2))


def build_report(rows):
    return [date(*row) for row in rows]


print(build_report([(2024, 1, 31), (2024, 2, 29)]))
build_report([(2024, 12, 31), (2024, 13, 1)])
