# As the notes warn: a function defined after the Pool is not in its
# workers (they are copies made when the Pool was created).
import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)

    def late(x):
        return x

    r = pool.apply_async(len, ([1, 2],))
    print(r.get(timeout=5))
    try:
        pool.apply_async(late, (1,))
    except Exception as e:
        print(type(e).__name__, e)
    import time
    time.sleep(0.5)
    pool.terminate()
