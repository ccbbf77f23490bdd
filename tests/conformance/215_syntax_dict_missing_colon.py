# A config table where one entry lost its value.
DEFAULTS = {
    "host": "localhost",
    "port": 8080,
    "debug"
}
print(DEFAULTS)
