def run(f, v): return 0, []
