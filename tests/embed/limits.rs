//! Limits on untrusted scripts and the interrupt handle. Each stop is
//! checked by what it leaves behind (exception, output, instruction count);
//! examples/limits.rs measures how fast the stops land.

use pygil::embed::LimitKind;
use std::time::{Duration, Instant};

const SPIN: &str = "print('before the loop')\nn = 0\nwhile True:\n    n += 1\n";

#[test]
fn instruction_budget_stops_an_endless_loop() {
    let (b, out, err) = super::captured();
    let mut i = b.instruction_budget(200_000).build();
    let r = i.run_source("spin.py", SPIN);
    assert_eq!(r.stopped_by, Some(LimitKind::InstructionBudget));
    assert_eq!(r.exit_code, 125);
    let e = r.exception.unwrap();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RuntimeError", "instruction budget of 200000 instructions exhausted"));
    assert!(e.traceback.contains("File \"spin.py\", line 4, in <module>\n    n += 1\n"), "{}", e.traceback);
    assert_eq!(out.text(), "before the loop\n");
    assert_eq!(err.text(), e.traceback);
    // Checked at least every 1000 instructions.
    assert!(i.instructions() >= 199_999 && i.instructions() <= 201_000, "{}", i.instructions());
    // An empty loop body stops on the `while` line, as in CPython.
    let r = i.run_source("empty.py", "while True:\n    pass\n");
    assert!(r.exception.unwrap().traceback.contains("File \"empty.py\", line 1, in <module>\n    while True:\n"));
    // Python code cannot catch the stop.
    let r = i.run_source("catch.py", "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n");
    assert_eq!(r.stopped_by, Some(LimitKind::InstructionBudget));
    assert_eq!(out.text(), "before the loop\n");
}

#[test]
fn the_budget_applies_to_each_threads_work_and_to_calls() {
    let (b, out, _) = super::captured();
    let mut i = b.instruction_budget(100_000).switch_interval(1_000_000).build();
    let r = i.run_source(
        "threads.py",
        "import threading\ndef spin():\n    while True: pass\nprint('starting')\nthreading.Thread(target=spin).start()\n",
    );
    assert_eq!(r.stopped_by, Some(LimitKind::InstructionBudget));
    assert_eq!(out.text(), "starting\n");
    i.exec("def forever():\n    while True: pass\n").unwrap();
    let e = i.call::<_, ()>("forever", ()).unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert!(e.message.contains("instruction budget"), "{}", e.message);
}

#[test]
fn timeout_stops_an_endless_loop() {
    let (b, out, _) = super::captured();
    let mut i = b.timeout(Duration::from_millis(50)).build();
    let t0 = Instant::now();
    let r = i.run_source("spin.py", SPIN);
    assert!(t0.elapsed() >= Duration::from_millis(50));
    assert_eq!(r.stopped_by, Some(LimitKind::Timeout));
    let e = r.exception.unwrap();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("TimeoutError", "wall-clock timeout of 0.05s exceeded"));
    assert_eq!(out.text(), "before the loop\n");
    // A sleeping script is stopped too (the scheduler wakes to check).
    let r = i.run_source("sleep.py", "import time\ntime.sleep(60)\n");
    assert_eq!(r.stopped_by, Some(LimitKind::Timeout));
    // Each run gets the whole timeout again.
    let r = i.run_source("quick.py", "print('quick')\n");
    assert_eq!(r.exit_code, 0);
    assert_eq!(out.text(), "before the loop\nquick\n");
}

#[test]
fn an_interrupt_from_another_thread_stops_the_run() {
    let (b, out, _) = super::captured();
    let mut i = b.build();
    let handle = i.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        handle.interrupt();
    });
    let r = i.run_source("spin.py", SPIN);
    stopper.join().unwrap();
    assert_eq!(r.stopped_by, Some(LimitKind::Interrupt));
    assert_eq!(r.exit_code, 130);
    let e = r.exception.unwrap();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("KeyboardInterrupt", "interrupted by the host"));
    assert_eq!(out.text(), "before the loop\n");
    // Consumed: the next run is not interrupted.
    assert_eq!(i.run_source("ok.py", "pass\n").exit_code, 0);
    // An interrupt while idle stops the next entry at once.
    i.interrupt_handle().interrupt();
    assert_eq!(i.eval::<i64>("sum(range(10 ** 6))").unwrap_err().type_name, "KeyboardInterrupt");
}

#[test]
fn interrupt_handles_are_per_interpreter() {
    let (b1, _, _) = super::captured();
    let (b2, _, _) = super::captured();
    let mut a = b1.build();
    let mut b = b2.build();
    a.interrupt_handle().interrupt();
    assert_eq!(b.eval::<i64>("1 + 1").unwrap(), 2);
    assert!(a.eval::<i64>("1 + 1").is_err());
}

#[test]
fn recursion_depth_is_capped() {
    let (b, out, _) = super::captured();
    let mut i = b.max_recursion(50).build();
    let src = "\
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
";
    assert_eq!(i.run_source("rec.py", src).exit_code, 0);
    assert_eq!(out.text(), "50\nRecursionError maximum recursion depth exceeded\n");
}

#[test]
fn thread_count_is_capped() {
    let (b, out, _) = super::captured();
    let mut i = b.max_threads(3).virtual_clock().build();
    let src = "\
import threading, time
ts = []
for k in range(4):
    t = threading.Thread(target=time.sleep, args=(1,))
    try:
        t.start()
        ts.append(t)
    except RuntimeError as e:
        print(k, e)
for t in ts: t.join()
print(len(ts), 'ran')
";
    assert_eq!(i.run_source("threads.py", src).exit_code, 0);
    assert_eq!(out.text(), "2 can't start new thread: limit of 3 threads reached\n3 can't start new thread: limit of 3 threads reached\n2 ran\n");
}

#[test]
fn heap_is_capped() {
    let (b, out, _) = super::captured();
    let mut i = b.max_heap(32 << 20).build();
    let r = i.run_source("hog.py", "print('start')\nchunks = []\nwhile True:\n    chunks.append('x' * 100000)\n");
    assert_eq!(r.stopped_by, Some(LimitKind::Heap));
    let e = r.exception.unwrap();
    assert_eq!(e.type_name, "MemoryError");
    assert!(e.message.starts_with("heap limit of 33554432 bytes exceeded"), "{}", e.message);
    assert_eq!(out.text(), "start\n");
    drop(i);
    // A modest script runs under the same cap.
    let (b, out, _) = super::captured();
    let mut i = b.max_heap(32 << 20).build();
    assert_eq!(i.run_source("ok.py", "print(sum(len(str(k)) for k in range(10000)))\n").exit_code, 0);
    assert_eq!(out.text(), "38890\n");
}
