# list methods.
lst = [5, 3, 8]
lst.append(1)
lst.extend([9, 2])
lst.insert(0, 7)
lst.insert(100, 0)
lst.insert(-1, 6)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(8)
print(lst, lst.index(9), lst.count(3))
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
c = lst.copy()
c.append(100)
print(lst, c)
lst.clear()
print(lst, len(lst))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(list(), list((1, 2)), list({"a": 1}), list(range(3)))
print([1, 2].__len__(), [3] * 0)
