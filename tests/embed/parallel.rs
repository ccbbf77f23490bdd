//! Several interpreters at once, each on its own OS thread, sharing nothing.

use std::sync::{Arc, Barrier};

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
print('total', total)
";

fn expected(seed: u64) -> u64 {
    (0..50_000u64).map(|k| k * k % seed).sum()
}

#[test]
fn four_interpreters_on_four_threads_share_nothing() {
    let start = Arc::new(Barrier::new(4));
    let handles: Vec<_> = (0..4u64)
        .map(|n| {
            let start = start.clone();
            std::thread::spawn(move || {
                let (b, out, err) = super::captured();
                // Different GIL settings per interpreter: none leaks to another.
                let mut i = b.seed(n).switch_interval(50 + n * 10).build();
                let seed = 1000 + n * 7;
                i.set_global("SEED", seed).unwrap();
                i.add_typed_function("whoami", move |(): ()| Ok(n));
                start.wait();
                let r = i.run_source("work.py", WORK);
                assert_eq!(r.exit_code, 0, "{}", err.text());
                let total: u64 = i.get_global("total").unwrap();
                let me: u64 = i.eval("whoami()").unwrap();
                (n, seed, total, me, out.text())
            })
        })
        .collect();
    for h in handles {
        let (n, seed, total, me, text) = h.join().unwrap();
        assert_eq!(me, n);
        assert_eq!(total, expected(seed));
        assert_eq!(text, format!("total {}\n", expected(seed)));
    }
}
