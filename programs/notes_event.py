import threading
import time
import random
def door():
	counter = 0 # 设置flag
	while True:
		if counter % 5 > 2:
			if not event.is_set():
				event.set()   # 设置
		else: 
			time.sleep(1)
			counter += 1
			if event.isSet():
				event.clear() # 清除

def staff(n):
	while True:
		if event.is_set():
			print("staff" ,n ,"： 进入")
			break;
		else:
			print("staff", n ,"： 等待")
			time.sleep(random.randint(0, 2))

event = threading.Event() # 创建event对象
door_thread = threading.Thread(target=door)
door_thread.start()
for i in range(5):
	staff_thread = threading.Thread(target=staff,args=(i,))
	staff_thread.start()
