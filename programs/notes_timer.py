from threading import Timer
def hello():
    print('say hello')

t = Timer(5, hello)
t.start() # after 5 seconds, "hello, world" will be printed
# t.cancel() # cancel()可以使计时器停止，计时器被停止，action也就不会执行
