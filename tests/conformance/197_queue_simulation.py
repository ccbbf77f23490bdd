# A bank-queue simulation with deterministic arrivals.
from collections import deque
arrivals = [(0, "ann", 3), (1, "bob", 2), (2, "cy", 4), (6, "dee", 1), (7, "eve", 2)]
queue = deque()
tellers = [None, None]
pending = deque(arrivals)
t = 0
log = []
waits = {}
while pending or queue or any(tellers):
    while pending and pending[0][0] == t:
        _, who, dur = pending.popleft()
        queue.append((who, dur, t))
        log.append(f"t={t} {who} arrives")
    for i in range(len(tellers)):
        if tellers[i] and tellers[i][1] == t:
            log.append(f"t={t} teller{i} done with {tellers[i][0]}")
            tellers[i] = None
        if tellers[i] is None and queue:
            who, dur, arrived = queue.popleft()
            waits[who] = t - arrived
            tellers[i] = (who, t + dur)
            log.append(f"t={t} teller{i} serves {who}")
    t += 1
print("\n".join(log))
print(waits, "avg wait", sum(waits.values()) / len(waits), "end", t)
