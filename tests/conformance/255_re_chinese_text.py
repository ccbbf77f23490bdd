# Unicode text: findall over Chinese, word classes, case-insensitive matching.
import re

text = "我爱Python编程。今天是2024年3月15日，天气很好！Hello 世界，你好。"
print(re.findall(r"[\u4e00-\u9fff]+", text))
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+)年(\d+)月(\d+)日", text))
print(re.findall(r"\w+", text))
print(re.findall(r"[A-Za-z]+", text))
print(re.split(r"[。，！]", text))
m = re.search(r"天气(.)好", text)
print(m, m.span(), m.group(1))
print(re.sub(r"[\u4e00-\u9fff]", "字", "中文abc文"))

# \w and \d are Unicode-aware for str patterns; re.ASCII turns that off.
sample = "naïve café résumé ١٢٣ ⅷ"
print(re.findall(r"\w+", sample))
print(re.findall(r"\w+", sample, re.ASCII))
print(re.findall(r"\d", sample))
print(re.findall(r"(?a)\d", sample))

# Case-insensitive matching beyond ASCII.
print(re.findall(r"(?i)straße", "STRASSE Straße STRAßE"))
print(re.findall(r"(?i)élan", "ÉLAN élan Élan"))
print(re.match(r"(?i)[α-ω]+", "ΑΒΓ"))

# Character counting per script with a dict of patterns.
scripts = {"han": r"[\u4e00-\u9fff]", "latin": r"[A-Za-z]", "digit": r"[0-9]", "punct": r"[。，！、]"}
print({k: len(re.findall(p, text)) for k, p in scripts.items()})
for m in re.finditer(r"[\u4e00-\u9fff]{2}", "你好世界和平"):
    print(m.start(), m.end(), m.group())
