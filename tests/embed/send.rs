//! An interpreter is `Send`: made on one OS thread, it goes on working on
//! another with everything it had (src/embed/thread_safety.rs says why
//! that is sound).

use pygil::embed::{HostModule, InterpreterBuilder, OutputBuffer};
use pygil::{Interpreter, PyException};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

fn assert_send<T: Send>() {}

#[test]
fn interpreters_builders_and_modules_are_send() {
    assert_send::<Interpreter>();
    assert_send::<InterpreterBuilder>();
    assert_send::<HostModule>();
    assert_send::<OutputBuffer>();
    assert_send::<PyException>();
}

const SETUP: &str = "\
class Account:
    def __init__(self):
        self.log = []
    def pay(self, n):
        self.log.append(n)
        return sum(self.log)

acct = Account()
acct.pay(tick())
";

/// Globals, objects, host functions and their state, output: all survive
/// two moves.
#[test]
fn an_interpreter_moves_to_another_thread_and_keeps_its_state() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    let ticks = Arc::new(AtomicUsize::new(0));
    let t = ticks.clone();
    i.add_typed_function("tick", move |(): ()| Ok(t.fetch_add(1, Ordering::SeqCst) as i64 + 1));
    let r = i.run_source("setup.py", SETUP);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    let here = std::thread::current().id();

    let worker = std::thread::spawn(move || {
        assert_ne!(std::thread::current().id(), here);
        let total: i64 = i.call("acct.pay", (10,)).unwrap();
        i.exec("print('paid', acct.log, tick())").unwrap();
        (i, total)
    });
    let (mut i, total) = worker.join().unwrap();
    assert_eq!(total, 11);
    // And back: still the same heap.
    assert_eq!(i.eval::<Vec<i64>>("acct.log").unwrap(), vec![1, 10]);
    assert_eq!(i.call::<_, i64>("acct.pay", (100,)).unwrap(), 111);
    assert_eq!(ticks.load(Ordering::SeqCst), 2);
    assert_eq!(out.text(), "paid [1, 10] 2\n");
}

/// A Python thread blocked in a blocking host call when the interpreter
/// moves: its result arrives on the new OS thread.
#[test]
fn a_python_thread_in_a_blocking_call_goes_along() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    let (open, gate) = mpsc::channel::<()>();
    let gate = Arc::new(Mutex::new(gate));
    i.add_blocking_function("wait_for_gate", move |args| {
        let label: String = args.kw("label")?.unwrap_or_default();
        let gate = gate.clone();
        Ok(move || {
            let opened = gate.lock().unwrap().recv_timeout(Duration::from_secs(60)).is_ok();
            Ok(format!("{} {}", label, if opened { "through" } else { "timed out" }))
        })
    });
    i.exec(
        "import threading\nresult = []\nt = threading.Thread(target=lambda: result.append(wait_for_gate(label='gate')))\nt.start()\n",
    )
    .unwrap();
    let worker = std::thread::spawn(move || {
        open.send(()).unwrap();
        i.exec("t.join()\nprint(result)").unwrap();
        i
    });
    let i = worker.join().unwrap();
    assert_eq!(out.text(), "['gate through']\n", "{}", err.text());
    drop(i);
}

/// The heap count follows the interpreter: what it allocated on one thread
/// is still counted on the next (`CountingAlloc` counts per OS thread).
#[test]
fn the_heap_count_follows_the_interpreter() {
    let (b, _, _) = super::captured();
    let mut i = b.max_heap(1 << 30).build();
    i.exec("big = 'x' * 20_000_000").unwrap();
    let before = i.heap_in_use();
    assert!(before >= 20_000_000, "{}", before);
    let after_move = std::thread::spawn(move || {
        let n = i.heap_in_use();
        // Freed on this thread: the count goes down here.
        i.exec("del big").unwrap();
        (n, i.heap_in_use())
    })
    .join()
    .unwrap();
    assert!(after_move.0 >= 20_000_000, "{:?}", after_move);
    assert!(after_move.1 < 20_000_000, "{:?}", after_move);
}

/// Rule 3 of src/embed/thread_safety.rs: no thread-local or static state
/// that belongs to one interpreter. Every `thread_local!` and mutable
/// `static` in src/ is listed here; a new one fails this test until it is
/// reviewed (must not hold `Rc`s, must not be per-interpreter state).
#[test]
fn no_unreviewed_thread_local_or_static_state() {
    let reviewed = [
        // The pygil command's allocator: no state of its own in Rust.
        ("bin/pygil.rs", "static ALLOC: MiMallocSmallAlign"),
        // CountingAlloc's byte count: per OS thread by nature, an integer.
        ("embed/heap.rs", "static BYTES: Cell<isize>"),
        // The pygil command's Ctrl-C flag: process-wide, atomic.
        ("gil/interrupt.rs", "static INTERRUPTED: AtomicBool"),
        // Constants computed once: the hash of a fixed name, the OS pid.
        ("modules/thread.rs", "static CORE: std::sync::OnceLock<u64>"),
        ("modules/thread.rs", "static PID: std::sync::OnceLock<i64>"),
        ("objects/mod.rs", "static HASHES: std::sync::OnceLock<(u64, u64)>"),
        // Class-namespace change counter: atomic, only invalidates caches
        // (a change in one interpreter costs the others a refill, nothing
        // more); the caches themselves live in each Vm.
        ("vm/attr_cache.rs", "static EPOCH: AtomicU64"),
        // Compiled code shared by all interpreters: immutable, Arc, Sync.
        ("vm/code_cache.rs", "static CACHE: OnceLock<Mutex<HashMap<String, Entry>>>"),
        // The all-zero statistics of a thread that never had an event: a
        // constant, no Rc.
        ("vm/thread.rs", "static NONE: std::sync::OnceLock<crate::events::ThreadStats>"),
    ];
    let mut found = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dirs = vec![root.clone()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let rel = p.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                for line in text.lines().map(str::trim) {
                    // `static X: T = ...;`, alone or inside `thread_local!`.
                    let decl = line.trim_start_matches("thread_local!").trim_start_matches(['(', '{', ' ']).trim_start_matches("pub ");
                    if decl.starts_with("static ") && !decl.contains(": &[") {
                        found.push((rel.clone(), decl.split(" = ").next().unwrap_or(decl).to_string()));
                    }
                }
            }
        }
    }
    found.sort();
    let reviewed: Vec<(String, String)> = reviewed.iter().map(|(f, d)| (f.to_string(), d.to_string())).collect();
    assert_eq!(found, reviewed, "new global or thread-local state: review it against src/embed/thread_safety.rs (rule 3), then list it here");
}
