//! The `pygil` command's contract: options, exit statuses, stopping runs.

use std::process::{Command, Output};

fn pygil(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pygil")).args(args).output().expect("run pygil")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn until_stops_a_busy_thread_after_the_main_thread_ended() {
    // The main thread ends at once; a non-daemon thread spins forever.
    let code = "import threading\ndef spin():\n    while True:\n        pass\nthreading.Thread(target=spin).start()\n";
    let o = pygil(&["--deterministic", "--until", "50ms", "-c", code]);
    assert_eq!(o.status.code(), Some(124), "{}", stderr(&o));
    assert!(stderr(&o).contains("stopped by --until after 0.05s of virtual clock time; 1 thread still alive"), "{}", stderr(&o));
}

#[test]
fn options_may_follow_the_run_subcommand() {
    let dir = std::env::temp_dir().join(format!("pygil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("t.py");
    std::fs::write(&f, "import sys\nprint(sys.argv[1:], sys.getswitchinterval() > 0)\n").unwrap();
    let path = f.to_str().unwrap();
    for args in [
        vec!["run", "--deterministic", path, "a", "--seed"],
        vec!["--deterministic", "run", path, "a", "--seed"],
        vec!["--deterministic", path, "a", "--seed"],
    ] {
        let o = pygil(&args);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "['a', '--seed'] True\n", "{:?}: {}", args, stderr(&o));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_exit_2() {
    for args in [vec!["run"], vec!["--bogus"], vec!["--seed", "x", "-c", "pass"], vec!["--switch-interval", "0", "-c", "pass"]] {
        let o = pygil(&args);
        assert_eq!(o.status.code(), Some(2), "{:?}", args);
        assert!(stderr(&o).starts_with("pygil: "), "{:?}: {}", args, stderr(&o));
    }
}

#[test]
fn uncaught_exceptions_and_sys_exit_set_the_status() {
    assert_eq!(pygil(&["-c", "raise ValueError('x')"]).status.code(), Some(1));
    assert_eq!(pygil(&["-c", "import sys; sys.exit(7)"]).status.code(), Some(7));
    assert_eq!(pygil(&["-c", "raise KeyboardInterrupt"]).status.code(), Some(130));
    let o = pygil(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!((o.status.code(), stderr(&o).as_str()), (Some(1), "bye\n"));
}

#[test]
fn switch_interval_one_still_makes_progress() {
    // Every instruction is a switch point: two threads must still finish
    // (they used to hand the GIL back and forth without running anything).
    let code = "import threading\ndef count(n):\n    while n > 0:\n        n -= 1\nt = threading.Thread(target=count, args=(500,))\nt.start(); count(500); t.join(); print('done')\n";
    let o = pygil(&["--deterministic", "--switch-interval", "1", "--until", "10s", "-c", code]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "done\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
}
