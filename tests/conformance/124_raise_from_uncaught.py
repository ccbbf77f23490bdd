# raise ... from: "The above exception was the direct cause ..." chain.
class ParseError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"bad port {text!r}") from exc

print(parse_port("8080"))
print(parse_port("http"))
