# if __name__ == "__main__" and module globals.
def main():
    print("running main")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
import sys
print(sys.modules["__main__"].__name__)
print(__file__.endswith("043_main_guard.py"))
