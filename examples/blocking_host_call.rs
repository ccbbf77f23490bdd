//! A blocking host function runs on a worker OS thread with the simulated
//! GIL released: four Python threads each calling one that sleeps 1 s take
//! about 1 s in total, not 4 (as CPython releases the GIL around I/O).
//! Arguments are read on the interpreter's thread, by position or keyword;
//! only plain Rust data goes to the worker.
//!
//!     cargo run --release --example blocking_host_call

use pygil::embed::{EventKind, WaitReason};
use pygil::Interpreter;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SCRIPT: &str = r#"
import threading
results = []
def worker(k):
    results.append(fetch(f"/page/{k}", delay=1.0))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results))
"#;

fn main() {
    // Replay the event stream: which threads are inside the blocking call?
    // (threads inside now, most at once)
    let inside = Arc::new(Mutex::new((HashSet::new(), 0usize)));
    let seen = inside.clone();
    let mut interp = Interpreter::builder()
        .on_event(move |e| {
            let mut s = seen.lock().unwrap();
            match e.kind {
                EventKind::Block(WaitReason::Io) => {
                    s.0.insert(e.thread);
                }
                EventKind::Wake => {
                    s.0.remove(&e.thread);
                }
                _ => {}
            }
            s.1 = s.1.max(s.0.len());
        })
        .build();
    interp.add_blocking_function("fetch", |args| {
        // On the interpreter's thread, GIL held: read the arguments.
        let path: String = args.arg(0, "path")?;
        let delay: f64 = args.kw("delay")?.unwrap_or(0.1);
        // On a worker thread, GIL released: the slow part.
        Ok(move || {
            std::thread::sleep(Duration::from_secs_f64(delay));
            Ok(format!("<{}>", path))
        })
    });
    let t0 = Instant::now();
    let r = interp.run_source("fetch.py", SCRIPT);
    let elapsed = t0.elapsed();
    assert_eq!(r.exit_code, 0, "{:?}", r.exception);
    let most = inside.lock().unwrap().1;
    println!("4 threads x 1 s blocking call: {:.2} s wall clock", elapsed.as_secs_f64());
    println!("most threads inside the call at once: {}", most);
    assert!(elapsed < Duration::from_secs(4), "the calls did not overlap");
    assert_eq!(most, 4);
}
