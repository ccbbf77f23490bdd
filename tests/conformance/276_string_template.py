# string.Template: substitute, safe_substitute, errors, a custom delimiter.
from string import Template
t = Template("$who likes $what, ${who}'s cost: $$5 ${x}y")
print(t.substitute(who="tim", what="tea", x=1), t.safe_substitute({"who": "ann"}), t.get_identifiers(), t.is_valid())
for bad in ["cost $", "a $1 b", "line1\n  $ x"]:
    try: Template(bad).substitute()
    except ValueError as e: print("ValueError", e)
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
print(Template("$a$b").substitute({"a": 1}, b=2), Template("${bad").safe_substitute(), Template("$").is_valid())
class Pct(Template): delimiter = "%"
print(Pct("%name is %%fine").substitute(name="N"))
