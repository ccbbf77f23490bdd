//! Seeded runs in memory, one or many, on worker OS threads.

use super::Settings;
use crate::config::{Config, SwitchInterval};
use crate::embed::OutputBuffer;
use crate::interpreter::Interpreter;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// One finished run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub seed: u64,
    /// The switch interval, when it differs from the explored one
    /// (`--minimize` tries longer ones).
    pub interval: Option<SwitchInterval>,
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Times the switch interval took the GIL away.
    pub forced_switches: u64,
    /// With `record_switches`: who was stopped, and where, per forced switch.
    pub switches: Vec<String>,
}

/// Run `file` once under `config`, output captured, stdin empty (as
/// `pygil run ... < /dev/null`). A crash of the VM is an outcome too.
pub fn run_one(file: &Path, config: Config, record_switches: bool) -> Run {
    let seed = config.seed.unwrap_or(0);
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let (o2, e2) = (out.clone(), err.clone());
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        let mut interp = Interpreter::with_output(config, Box::new(o2), Box::new(e2));
        interp.vm().stdin = Box::new(std::io::Cursor::new(Vec::new()));
        interp.vm().record_events = record_switches;
        let status = interp.run_file(file, &[]).exit_code;
        let vm = interp.vm();
        let forced = vm.sched.forced_switches;
        let mut switches = Vec::new();
        if record_switches {
            for e in &vm.events {
                if e.kind == crate::events::EventKind::Release(crate::gil::ReleaseReason::Interval) {
                    let name = vm.threads.get(e.thread).map(|t| t.name.as_str()).unwrap_or("?");
                    let site = e.detail.as_ref().map(|d| d.site.as_str()).unwrap_or("?");
                    switches.push(format!("{} stopped at {}", name, site));
                }
            }
        }
        // Free the run's heap now (cycles and all): thousands of runs.
        vm.break_cycles();
        (status, forced, switches)
    }));
    let (status, forced_switches, switches) = match r {
        Ok(x) => x,
        Err(p) => {
            let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            let _ = writeln!(err.clone(), "pygil: internal error: {}", msg);
            (101, 0, Vec::new())
        }
    };
    let stdout = out.take();
    let stderr = err.take();
    Run { seed, interval: None, status, stdout, stderr, forced_switches, switches }
}

/// Run every `(seed, interval)` job on `settings.jobs` worker threads;
/// `progress(done, total)` is called on this thread now and then.
/// Results come back in the order of `jobs`.
pub fn run_many(settings: &Settings, jobs: &[(u64, Option<SwitchInterval>)], progress: &mut dyn FnMut(usize, usize)) -> Vec<Run> {
    let next = AtomicU64::new(0);
    let total = jobs.len();
    let (tx, rx) = crossbeam_channel::unbounded::<(usize, Run)>();
    let mut results: Vec<Option<Run>> = vec![None; total];
    std::thread::scope(|scope| {
        for _ in 0..settings.jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            // Deep recursion in native callbacks needs a big stack, as in
            // the `pygil` command's own interpreter thread.
            let spawned = std::thread::Builder::new().stack_size(256 << 20).spawn_scoped(scope, move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed) as usize;
                if i >= total {
                    break;
                }
                let (seed, interval) = jobs[i];
                let mut run = run_one(&settings.file, settings.config_for(seed, interval), false);
                run.interval = interval;
                if tx.send((i, run)).is_err() {
                    break;
                }
            });
            if spawned.is_err() {
                break;
            }
        }
        drop(tx);
        let mut done = 0;
        loop {
            match rx.recv_timeout(Duration::from_millis(200)) {
                Ok((i, run)) => {
                    results[i] = Some(run);
                    done += 1;
                }
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
            }
            progress(done, total);
        }
    });
    // A job no worker could take (thread spawn failed) runs here.
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            r.unwrap_or_else(|| {
                let (seed, interval) = jobs[i];
                let mut run = run_one(&settings.file, settings.config_for(seed, interval), false);
                run.interval = interval;
                run
            })
        })
        .collect()
}
