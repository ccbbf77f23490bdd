//! Several interpreters at once, each on its own OS thread, sharing nothing.

use std::collections::HashSet;
use std::sync::{Arc, Barrier, Mutex};
use std::thread::ThreadId;

/// A CPU-bound script whose answer depends on the interpreter's own input.
const WORK: &str = "\
import threading
def part(lo, hi, out):
    s = 0
    for k in range(lo, hi):
        s += k * k % SEED
    out.append(s)
out = []
ts = [threading.Thread(target=part, args=(j * 25000, (j + 1) * 25000, out)) for j in range(2)]
for t in ts: t.start()
for t in ts: t.join()
total = sum(out)
checkin()
print('total', total)
";

fn expected(seed: u64) -> u64 {
    (0..50_000u64).map(|k| k * k % seed).sum()
}

/// The OS threads the interpreters' host calls ran on.
type Seen = Arc<Mutex<Vec<ThreadId>>>;

/// An interpreter with its own GIL settings, globals and host functions.
fn make(n: u64, seen: &Seen) -> (pygil::Interpreter, pygil::embed::OutputBuffer) {
    let (b, out, _) = super::captured();
    let mut i = b.seed(n).switch_interval(50 + n * 10).build();
    i.set_global("SEED", 1000 + n * 7).unwrap();
    i.add_typed_function("whoami", move |(): ()| Ok(n));
    let seen = seen.clone();
    i.add_typed_function("checkin", move |(): ()| {
        seen.lock().unwrap().push(std::thread::current().id());
        Ok(())
    });
    (i, out)
}

/// Run the work; check the answer is this interpreter's own.
fn work(n: u64, mut i: pygil::Interpreter, out: pygil::embed::OutputBuffer) {
    let seed = 1000 + n * 7;
    let r = i.run_source("work.py", WORK);
    assert_eq!(r.exit_code, 0, "{:?}", r.exception);
    assert_eq!(i.get_global::<u64>("total").unwrap(), expected(seed));
    assert_eq!(i.eval::<u64>("whoami()").unwrap(), n);
    assert_eq!(out.text(), format!("total {}\n", expected(seed)));
}

/// Four distinct OS threads, none of them the test's own.
fn check_threads(seen: &Seen) {
    let ids: HashSet<ThreadId> = seen.lock().unwrap().iter().cloned().collect();
    assert_eq!(ids.len(), 4);
    assert!(!ids.contains(&std::thread::current().id()));
}

#[test]
fn four_interpreters_on_four_threads_share_nothing() {
    let start = Arc::new(Barrier::new(4));
    let seen = Seen::default();
    let handles: Vec<_> = (0..4u64)
        .map(|n| {
            let (start, seen) = (start.clone(), seen.clone());
            std::thread::spawn(move || {
                // Made on its own thread.
                let (i, out) = make(n, &seen);
                start.wait();
                work(n, i, out);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    check_threads(&seen);
}

#[test]
fn four_interpreters_made_here_run_on_four_threads() {
    let seen = Seen::default();
    let made: Vec<_> = (0..4u64).map(|n| (n, make(n, &seen))).collect();
    let handles: Vec<_> = made.into_iter().map(|(n, (i, out))| std::thread::spawn(move || work(n, i, out))).collect();
    for h in handles {
        h.join().unwrap();
    }
    check_threads(&seen);
}
