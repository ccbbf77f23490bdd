# time module: only types and relations are printed, never values.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
print(total, type(t0).__name__, t1 >= t0, time.perf_counter() >= p0, time.monotonic() >= m0)
time.sleep(0.01)
print("slept")
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(type(time.time_ns()).__name__)
