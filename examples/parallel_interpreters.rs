//! Several interpreters at once, each on its own OS thread: they share
//! nothing (no GIL between them), so CPU-bound scripts scale with cores.
//! Prints the wall time of 1, 2 and 4 interpreters each doing the same work.
//!
//!     cargo run --release --example parallel_interpreters [N]
//!
//! N is the loop size (default 3000000).

use pygil::Interpreter;
use std::time::Instant;

const SCRIPT: &str = "total = 0\nfor k in range(N):\n    total += k % 7\n";

/// Run `count` interpreters at once; return the wall time and the results.
fn run(count: usize, n: i64) -> (f64, Vec<i64>) {
    let t0 = Instant::now();
    let handles: Vec<_> = (0..count)
        .map(|_| {
            std::thread::spawn(move || {
                let mut interp = Interpreter::builder().stdout(std::io::sink()).build();
                interp.set_global("N", n).expect("set N");
                let r = interp.run_source("work.py", SCRIPT);
                assert_eq!(r.exit_code, 0, "{:?}", r.exception);
                interp.get_global::<i64>("total").expect("total")
            })
        })
        .collect();
    let results = handles.into_iter().map(|h| h.join().expect("interpreter thread")).collect();
    (t0.elapsed().as_secs_f64(), results)
}

fn main() {
    let n: i64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3_000_000);
    let want: i64 = (0..n).map(|k| k % 7).sum();
    let cores = std::thread::available_parallelism().map(|c| c.get()).unwrap_or(1);
    println!("{} cores; each interpreter loops {} times", cores, n);
    let (base, _) = run(1, n);
    for count in [1, 2, 4] {
        let (t, results) = run(count, n);
        assert!(results.iter().all(|&r| r == want));
        println!("{} interpreter(s): {:.2} s wall, {:.2}x the work of one in {:.2}x its time", count, t, count as f64, t / base);
    }
}
