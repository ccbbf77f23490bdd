import random
random.seed(2024)
deck = [f"{r}{s}" for s in "♠♥♦♣" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(h)}")
print(random.choices(["win", "lose", "draw"], weights=[5, 3, 2], k=8))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.triangular(0, 10, 3), random.betavariate(2, 5))
print(random.getrandbits(40), random.randrange(1000000), random.sample("abcdefgh", k=4), round(random.expovariate(1.5), 6))
r2 = random.Random(7)
print([r2.randint(1, 6) for _ in range(10)], r2.random())
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
