# itertools: product, permutations, combinations, groupby, zip_longest.
from itertools import product, permutations, combinations, combinations_with_replacement, groupby, zip_longest, starmap
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
print(list(combinations_with_replacement("ab", 2)))
for key, grp in groupby("aaabccdd"):
    print(key, list(grp))
data = sorted(["apple", "avocado", "bean", "beet", "corn"], key=lambda w: w[0])
print({k: list(g) for k, g in groupby(data, key=lambda w: w[0])})
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(permutations([])), list(combinations([1, 2], 3)))
