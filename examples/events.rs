//! Read the GIL event stream as it happens and draw a tiny text timeline of
//! who held the GIL (one letter per hand-over), plus per-thread counts.
//!
//!     cargo run --release --example events

use pygil::embed::{EventKind, InterpreterBuilder, ReleaseReason};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

const SCRIPT: &str = r#"
import threading, time
counter = 0
def spin(n):
    global counter
    for _ in range(n):
        counter += 1
def nap():
    for _ in range(3):
        time.sleep(0.001)
ts = [threading.Thread(target=spin, args=(2000,)), threading.Thread(target=spin, args=(2000,)), threading.Thread(target=nap)]
for t in ts: t.start()
for t in ts: t.join()
"#;

fn main() {
    // The callback is `Send` (it moves with the interpreter): an `Arc<Mutex>`.
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let mut interp = InterpreterBuilder::new()
        .deterministic()
        .switch_interval(500)
        .on_event(move |e| sink.lock().unwrap().push(e.clone()))
        .build();
    let r = interp.run_source("gil.py", SCRIPT);
    assert_eq!(r.exit_code, 0);

    let events = log.lock().unwrap();
    let mut timeline = String::new();
    let mut per_thread: BTreeMap<usize, (u64, u64, u64)> = BTreeMap::new(); // (acquires, forced, blocks)
    for e in events.iter() {
        let entry = per_thread.entry(e.thread).or_default();
        match e.kind {
            EventKind::Acquire => {
                entry.0 += 1;
                timeline.push((b'A' + (e.thread as u8 % 26)) as char);
            }
            EventKind::Release(ReleaseReason::Interval) => entry.1 += 1,
            EventKind::Block(_) => entry.2 += 1,
            _ => {}
        }
    }
    println!("{} events; GIL holders in order (A = main, B = Thread-1, ...):", events.len());
    println!("{}", timeline);
    for (t, (acq, forced, blocks)) in &per_thread {
        println!("{:<22} took the GIL {:>3}x, forced off {:>3}x, blocked {:>3}x", interp.thread_name(*t).unwrap_or("?"), acq, forced, blocks);
    }
    assert!(per_thread.len() == 4);
}
