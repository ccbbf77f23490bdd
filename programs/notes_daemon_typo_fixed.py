# fixed: setDeamon -> setDaemon on original line 9 (as in the note, the thread is never started)
from threading import Thread 

def f():
	while True:
		print('hello')


t = Thread(target=f)
t.setDaemon(True)  # 子线程设置为守护线程后，告诉主线程该线程不是很重要，主线程执行结束后，子线程立马结束。
print('python')
