//! Limits on an untrusted script: `while True: pass` stopped by the
//! instruction budget, by the timeout and by an interrupt from another OS
//! thread, with what it printed before intact. Prints how fast each stop
//! landed.
//!
//!     cargo run --release --example limits

use pygil::embed::{InterpreterBuilder, LimitKind, OutputBuffer};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const UNTRUSTED: &str = "print('started')\nwhile True:\n    pass\n";

fn sandbox() -> (InterpreterBuilder, OutputBuffer, OutputBuffer) {
    let (out, err) = (OutputBuffer::new(), OutputBuffer::new());
    (InterpreterBuilder::new().stdout(out.clone()).stderr(err.clone()), out, err)
}

fn main() {
    // 1. Instruction budget.
    let (b, out, err) = sandbox();
    let mut interp = b.instruction_budget(5_000_000).build();
    let t0 = Instant::now();
    let r = interp.run_source("untrusted.py", UNTRUSTED);
    println!("budget:    stopped after {} instructions, {:.1} ms", interp.instructions(), t0.elapsed().as_secs_f64() * 1e3);
    assert_eq!(r.stopped_by, Some(LimitKind::InstructionBudget));
    assert_eq!(out.text(), "started\n");
    print!("{}", err.text());

    // 2. Wall-clock timeout: how long past the deadline did the stop land?
    let (b, out, _) = sandbox();
    let mut interp = b.timeout(Duration::from_millis(200)).build();
    let t0 = Instant::now();
    let r = interp.run_source("untrusted.py", UNTRUSTED);
    let late = t0.elapsed().saturating_sub(Duration::from_millis(200));
    println!("timeout:   200 ms timeout, stopped {:.2} ms after the deadline", late.as_secs_f64() * 1e3);
    assert_eq!(r.stopped_by, Some(LimitKind::Timeout));
    assert_eq!(out.text(), "started\n");

    // 3. Interrupt from another OS thread: latency from interrupt() to the end.
    let (b, out, _) = sandbox();
    let mut interp = b.build();
    let handle = interp.interrupt_handle();
    let sent = Arc::new(Mutex::new(None));
    let sent2 = sent.clone();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        *sent2.lock().unwrap() = Some(Instant::now());
        handle.interrupt();
    });
    let r = interp.run_source("untrusted.py", UNTRUSTED);
    let ended = Instant::now();
    stopper.join().unwrap();
    let latency = ended.duration_since(sent.lock().unwrap().unwrap());
    println!("interrupt: stopped {:.2} ms after interrupt()", latency.as_secs_f64() * 1e3);
    assert_eq!(r.stopped_by, Some(LimitKind::Interrupt));
    assert_eq!(r.exception.map(|e| e.type_name), Some("KeyboardInterrupt".to_string()));
    assert_eq!(out.text(), "started\n");

    // 4. Threads, recursion: ordinary Python exceptions the script sees.
    let (b, out, _) = sandbox();
    let mut interp = b.max_threads(2).max_recursion(100).build();
    interp.run_source(
        "untrusted.py",
        "import threading\ntry:\n    for _ in range(3): threading.Thread(target=input).start()\nexcept RuntimeError as e: print(e)\n\
         def f(): f()\ntry: f()\nexcept RecursionError as e: print(e)\n",
    );
    print!("{}", out.text());
}
