def report(items):
    total = sum(items.values())
    for name, qty in items.items():
        print(f"{name:<10} {qty:>4} {qty / total:.1%}")
    print(f"total: {total +}")

report({"apples": 3, "pears": 5})
