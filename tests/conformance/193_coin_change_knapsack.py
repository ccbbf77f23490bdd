# Dynamic programming: coin change, knapsack, LCS.
def coin_change(coins, amount):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != float("inf") else -1
def ways(coins, amount):
    dp = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] += dp[a - c]
    return dp[amount]
def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + x if x == y else max(dp[i][j + 1], dp[i + 1][j], key=len)
    return dp[-1][-1]
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([3, 7], 20))
print(ways([1, 2, 5], 11), ways([2, 5, 3, 6], 10), ways([1, 5, 10, 25, 50], 100))
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
print(lcs("ABCBDAB", "BDCABA"), lcs("conformance", "performance"))
