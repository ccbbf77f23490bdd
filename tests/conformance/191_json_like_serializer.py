# A recursive serializer for nested data, compared with json.
import json
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(dump(v, indent) for v in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return repr(obj)
data = {"name": "pygil", "ok": True, "none": None, "nums": [1, 2.5, -3], "nested": {"q": "say \"hi\"", "e": {}}}
print(dump(data))
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e2}'))
print(json.dumps("中文"), json.dumps("中文", ensure_ascii=False))
