//! Several interpreters at once, each on its own OS thread: they share
//! nothing (no GIL between them), so CPU-bound scripts scale with cores.
//! The benchmark behind docs/embedding.md: 1, 2 and 4 interpreters each run
//! bench/scaling_loop.py; prints the median wall time of each count and the
//! speed-up (the work done per second, relative to one interpreter).
//! bench/interpreter_scaling.py does the same work with CPython processes.
//!
//!     cargo run --release --example parallel_interpreters [N] [RUNS]
//!
//! N is the loop size (default 3000000), RUNS the runs per count (default 5).

use pygil::Interpreter;
use std::time::Instant;

const SCRIPT: &str = include_str!("../bench/scaling_loop.py");
const COUNTS: [usize; 3] = [1, 2, 4];

/// Run `count` interpreters at once, each made on its own OS thread; return
/// the wall time and each one's result.
fn run(count: usize, n: i64) -> (f64, Vec<i64>) {
    let t0 = Instant::now();
    let handles: Vec<_> = (0..count)
        .map(|_| {
            std::thread::spawn(move || {
                let mut interp = Interpreter::builder().stdout(std::io::sink()).build();
                interp.set_global("N", n).expect("set N");
                let r = interp.run_source("scaling_loop.py", SCRIPT);
                assert_eq!(r.exit_code, 0, "{:?}", r.exception);
                interp.get_global::<i64>("total").expect("total")
            })
        })
        .collect();
    let results = handles.into_iter().map(|h| h.join().expect("interpreter thread")).collect();
    (t0.elapsed().as_secs_f64(), results)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<i64>().ok());
    let n = args.next().flatten().unwrap_or(3_000_000);
    let runs = args.next().flatten().unwrap_or(5).max(1) as usize;
    let want: i64 = (0..n).map(|k| k % 7).sum();
    let cores = std::thread::available_parallelism().map(|c| c.get()).unwrap_or(1);
    println!("pygil: {} cores; each interpreter loops {} times; median of {} runs", cores, n, runs);
    // Interleaved, so a change of load hits every count alike.
    let mut times = vec![Vec::new(); COUNTS.len()];
    for _ in 0..runs {
        for (c, count) in COUNTS.iter().enumerate() {
            let (t, results) = run(*count, n);
            assert!(results.iter().all(|&r| r == want), "wrong result");
            times[c].push(t);
        }
    }
    let medians: Vec<f64> = times.into_iter().map(median).collect();
    println!("{:>12}  {:>8}  {:>8}", "interpreters", "wall s", "speed-up");
    for (count, t) in COUNTS.iter().zip(&medians) {
        // Work per second relative to one interpreter: count * t1 / t.
        println!("{:>12}  {:>8.3}  {:>7.2}x", count, t, *count as f64 * medians[0] / t);
    }
}
