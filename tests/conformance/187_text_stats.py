# Text statistics: sentences, vowels, palindromes, acronyms.
text = "Madam Anna saw a racecar at noon. Was it a level kayak? Never odd or even!"
sentences = [s.strip() for s in text.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print(len(sentences), sentences)
words = [w.strip(".,?!").lower() for w in text.split()]
print("palindromes:", sorted({w for w in words if len(w) > 2 and w == w[::-1]}))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for c in text.lower() if c.isalpha() and c not in "aeiou"))
print("acronym:", "".join(w[0].upper() for w in sentences[0].split()))
avg = sum(map(len, words)) / len(words)
print(f"average word length: {avg:.3f}")
print("capitalized:", [w for w in text.split() if w[0].isupper()])
phrase = "Never odd or even"
clean = "".join(c.lower() for c in phrase if c.isalnum())
print(clean, clean == clean[::-1])
print(text.count("a"), text.lower().count("a"), text.find("kayak"))
