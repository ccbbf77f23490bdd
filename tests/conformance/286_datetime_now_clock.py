# now(), today(), utcnow() and timestamps read pygil's clock; their values
# change from run to run, so only their relations are printed.
import time
from datetime import date, datetime, timedelta, timezone

start = datetime.now()
total = 0
for i in range(20000):
    total += i * i
elapsed = datetime.now() - start
print("work", total, "elapsed is a", type(elapsed).__name__,
      timedelta(0) <= elapsed < timedelta(seconds=30))

now = datetime.now()
aware = datetime.now(timezone.utc)
utc_naive = datetime.utcnow()
print(type(now).__name__, now.tzinfo, aware.tzinfo, utc_naive.tzinfo)
print("plausible year:", 2000 <= now.year <= 2200, isinstance(date.today(), date),
      type(date.today()) is date)
print("timestamp agrees with time.time():", abs(aware.timestamp() - time.time()) < 5)
print("utcnow is now in UTC:", abs(utc_naive.replace(tzinfo=timezone.utc) - aware) < timedelta(seconds=5))
roundtrip = datetime.fromtimestamp(aware.timestamp(), timezone.utc)
print("fromtimestamp round trip:", abs(roundtrip - aware) < timedelta(milliseconds=1))
print("ordered:", start <= now, now.date() >= date(2000, 1, 1))
stamp = now.strftime("%Y-%m-%d %H:%M:%S")
print("strftime/strptime round trip:", datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S") == now.replace(microsecond=0))
print("isoformat round trip:", datetime.fromisoformat(aware.isoformat()) == aware)
