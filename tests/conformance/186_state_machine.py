# A traffic-light / turnstile state machine with a transition table.
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passes = 0
    def handle(self, event):
        new = TRANSITIONS.get((self.state, event))
        if new is None:
            raise KeyError(f"no transition for {event!r} in {self.state}")
        if event == "coin":
            self.coins += 1
        if self.state == "unlocked" and event == "push":
            self.passes += 1
        print(f"{self.state:>8} --{event}--> {new}")
        self.state = new
t = Turnstile()
for ev in ["push", "coin", "push", "coin", "coin", "push", "kick"]:
    try:
        t.handle(ev)
    except KeyError as e:
        print("error:", e.args[0])
print(t.state, t.coins, t.passes)
