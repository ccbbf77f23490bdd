# Formatting a report table with str.format, f-strings and % together.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.999), ("中文名", 2, 8.0)]
header = "{:<12} {:>5} {:>10} {:>10}".format("Item", "Qty", "Price", "Total")
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12} {qty:>5d} {price:>10.2f} {total:>10,.2f}")
print("=" * len(header))
print("%-12s %5s %10s %10.2f" % ("TOTAL", "", "", grand))
print("{:^40}".format(" centered title "))
print("{:=^40}".format(""))
for n in (0, 7, -7, 1234567, -0.5, 1e-7, 123456789.123):
    print("{!r:>14}|{:>14}|{:>+14.3e}|{:>14.4g}".format(n, n, n, n))
