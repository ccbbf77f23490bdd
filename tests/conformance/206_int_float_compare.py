# Exact comparisons of ints with floats; containers compare their items.
print(10**25 == 10.0**25, 2**64 > 1.8e19, 2**53+1 == 2.0**53, 2**53+1 > 2.0**53, (2**53+1) < float('inf'), -10**30 < -1e30, 10**30 > float('nan'), 3 == 3.0, 3 < 3.5, -3 < -2.5, 2**63 == 2.0**63, {2**53+1: 1}.get(2.0**53), [1] in [[1]], {1} == frozenset({1}), (1,[2]) == (1,[2]))
