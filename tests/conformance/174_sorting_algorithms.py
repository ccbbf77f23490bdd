# Merge sort, quicksort and insertion sort with counters.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def insertion_sort(xs):
    xs = list(xs)
    shifts = 0
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
            shifts += 1
        xs[j + 1] = key
    return xs, shifts
data = [(i * 7919) % 101 for i in range(30)]
print(data)
print(merge_sort(data))
print(quicksort(data) == sorted(data), merge_sort(data) == sorted(data))
print(insertion_sort(data))
print(merge_sort(["pear", "apple", "fig"]), quicksort([3.5, -1, 2]))
