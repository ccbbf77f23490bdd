import sys
def main(argv):
    if len(argv) < 3:
        print("usage: prog INPUT OUTPUT")
        exit("error: missing arguments")
    print("never here")
try:
    exit(0)
except SystemExit as e:
    print("exit(0) raised SystemExit with code", e.code)
try:
    quit(2)
except SystemExit as e:
    print("quit(2) code", e.code)
main(sys.argv)
