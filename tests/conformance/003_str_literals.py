# String literal forms and escapes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print("tab\tsep", "new\nline", "back\\slash")
print("\x41\x42\u00e9\u4e2d\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays", R'raw \t too', r'C:\path\dir')
s = """line one
line two
    indented"""
print(s)
print(len(s), s.count("\n"))
print("adjacent " "literals " 'joined')
print(repr('a\nb'), repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr("\t\r\x00\x7f"), repr("\u00e9"), repr("中"))
print("\101\102\103", "\0" == "\x00")
print('''a 'quoted' "thing"''')
print(repr(''), repr(""), len(''))
e = "é"
print(len(e), ord(e), e.encode("utf-8"))
print("a\
b")
