//! Making the GIL visible: `--trace` (Chrome trace JSON), `--timeline`
//! (SVG), `--gil-stats` and `pygil explore` (outcomes and exact replay).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the `pygil` command from the repository root, stdin empty.
fn pygil(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pygil")).args(args).current_dir(root()).stdin(Stdio::null()).output().expect("run pygil")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pygil-vis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn write_program(name: &str, src: &str) -> PathBuf {
    let p = tmp(name);
    std::fs::write(&p, src).unwrap();
    p
}

const RACY: &str = "import threading\nn = 0\ndef work():\n    global n\n    for i in range(100):\n        n += 1\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(n)\n";

// ---------------------------------------------------------------- trace

#[test]
fn trace_of_case13_follows_the_chrome_trace_format() {
    let out = tmp("case13.json");
    let o = pygil(&["run", "--deterministic", "--until", "3s", "--trace", out.to_str().unwrap(), "programs/case13.py"]);
    assert_eq!(o.status.code(), Some(124), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).expect("trace is JSON");
    let events = v["traceEvents"].as_array().expect("traceEvents array");
    let mut names = Vec::new();
    let (mut running, mut blocked, mut instants) = (0, 0, 0);
    let mut reasons = std::collections::BTreeSet::new();
    for e in events {
        let ph = e["ph"].as_str().expect("ph");
        assert!(e["name"].is_string(), "name: {}", e);
        assert!(e["pid"].is_u64() && e["tid"].is_u64(), "pid/tid: {}", e);
        match ph {
            "M" => {
                if e["name"] == "thread_name" {
                    names.push(e["args"]["name"].as_str().expect("thread name").to_string());
                } else {
                    assert!(e["name"] == "process_name" || e["name"] == "thread_sort_index", "{}", e);
                }
            }
            "X" => {
                let ts = e["ts"].as_f64().expect("ts");
                let dur = e["dur"].as_f64().expect("dur");
                // Zero only for a wait still going on when the run ended.
                assert!(ts >= 0.0 && dur >= 0.0 && ts + dur <= 3_000_000.0 + 1e-6, "{}", e);
                match e["cat"].as_str().expect("cat") {
                    "gil" => {
                        running += 1;
                        assert!(e["args"]["instructions"].is_u64(), "{}", e);
                    }
                    "blocked" => {
                        blocked += 1;
                        let r = e["args"]["reason"].as_str().expect("reason");
                        assert_eq!(e["name"].as_str().unwrap(), format!("blocked: {}", r));
                        reasons.insert(r.to_string());
                        if r != "sleep" {
                            assert!(e["args"]["object"].is_string(), "a {} wait names its object: {}", r, e);
                        }
                    }
                    "waiting" => {}
                    c => panic!("unknown category {}", c),
                }
            }
            "i" => {
                instants += 1;
                assert_eq!(e["s"], "t");
                assert!(e["ts"].as_f64().is_some());
                assert!(e["args"]["at"].as_str().unwrap().contains(" between ") || e["args"]["at"].as_str().unwrap().contains(" before "), "{}", e);
            }
            other => panic!("unexpected phase {}", other),
        }
    }
    // Main thread, 2 producers, 5 consumers: a named track each.
    assert_eq!(names.len(), 8, "{:?}", names);
    assert_eq!(names[0], "MainThread");
    assert!(running > 0 && blocked > 0 && instants > 0, "{} {} {}", running, blocked, instants);
    // The producers and consumers sleep; getting from the queue waits.
    assert!(reasons.contains("sleep") && reasons.contains("queue"), "{:?}", reasons);
}

#[test]
fn trace_shows_a_deadlock_with_the_locks_waited_on() {
    let out = tmp("case14.json");
    let o = pygil(&["run", "--deterministic", "--trace", out.to_str().unwrap(), "programs/case14.py"]);
    assert_eq!(o.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let objects: Vec<String> = v["traceEvents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["cat"] == "blocked" && e["args"]["reason"] == "lock")
        .map(|e| format!("{} at {}", e["args"]["object"].as_str().unwrap(), e["args"]["at"].as_str().unwrap()))
        .collect();
    assert!(objects.contains(&"Lock created at case14.py:9 at case14.py:18".to_string()), "{:?}", objects);
    assert!(objects.contains(&"Lock created at case14.py:8 at case14.py:36".to_string()), "{:?}", objects);
}

#[test]
fn an_unwritable_trace_file_is_a_clear_error() {
    for flag in ["--trace", "--timeline"] {
        let o = pygil(&["run", flag, "/nonexistent-dir/x.out", "-c", "print(1)"]);
        assert_eq!(o.status.code(), Some(2), "{}", flag);
        let err = text(&o.stderr);
        assert!(err.starts_with("pygil: cannot write the ") && err.contains("/nonexistent-dir/x.out"), "{}", err);
        assert!(o.stdout.is_empty(), "the program does not run");
    }
}

// ---------------------------------------------------------------- timeline

/// A small well-formedness check: tags nest and close, attributes are
/// quoted, `&` only starts an entity, no stray `<` in text.
fn check_xml(s: &str) -> Result<Vec<String>, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut opened = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    let check_text = |t: &str| -> Result<(), String> {
        let mut rest = t;
        while let Some(p) = rest.find('&') {
            let after = &rest[p + 1..];
            let end = after.find(';').ok_or("unterminated entity")?;
            let ent = &after[..end];
            if !["amp", "lt", "gt", "quot", "apos"].contains(&ent) && !ent.starts_with('#') {
                return Err(format!("bad entity &{};", ent));
            }
            rest = &after[end..];
        }
        if t.contains('>') && false {
            return Err("stray >".into());
        }
        Ok(())
    };
    while i < b.len() {
        if b[i] != b'<' {
            let next = s[i..].find('<').map(|p| i + p).unwrap_or(b.len());
            check_text(&s[i..next])?;
            if next == b.len() && !s[i..].trim().is_empty() {
                return Err("text after the root".into());
            }
            i = next;
            continue;
        }
        let close = s[i..].find('>').map(|p| i + p).ok_or("unclosed tag")?;
        let tag = &s[i + 1..close];
        if tag.starts_with('?') || tag.starts_with("!--") {
            i = close + 1;
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().ok_or(format!("</{}> without opening", name))?;
            if top != name.trim() {
                return Err(format!("</{}> closes <{}>", name, top));
            }
        } else {
            let self_closing = tag.ends_with('/');
            let body = tag.trim_end_matches('/');
            let name: String = body.chars().take_while(|c| !c.is_whitespace()).collect();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':' || c == '_') {
                return Err(format!("bad tag name in <{}>", tag));
            }
            // Attributes: name="value" pairs.
            let mut rest = body[name.len()..].trim();
            while !rest.is_empty() {
                let eq = rest.find("=\"").ok_or(format!("unquoted attribute in <{}>", tag))?;
                let an = rest[..eq].trim();
                if an.is_empty() || an.contains(char::is_whitespace) {
                    return Err(format!("bad attribute name {:?}", an));
                }
                let vend = rest[eq + 2..].find('"').ok_or("unterminated attribute")? + eq + 2;
                let val = &rest[eq + 2..vend];
                if val.contains('<') {
                    return Err("< in attribute".into());
                }
                check_text(val)?;
                rest = rest[vend + 1..].trim_start();
            }
            if stack.is_empty() && !opened.is_empty() {
                return Err("two root elements".into());
            }
            opened.push(name.clone());
            if !self_closing {
                stack.push(name);
            }
        }
        i = close + 1;
    }
    if !stack.is_empty() {
        return Err(format!("unclosed {:?}", stack));
    }
    Ok(opened)
}

#[test]
fn the_xml_checker_catches_mistakes() {
    assert!(check_xml("<svg><g><rect x=\"1\"/></g></svg>").is_ok());
    assert!(check_xml("<svg><g></svg>").is_err());
    assert!(check_xml("<svg><text>a & b</text></svg>").is_err());
    assert!(check_xml("<svg><rect x=1/></svg>").is_err());
    assert!(check_xml("<svg></svg><svg></svg>").is_err());
}

fn timeline(args: &[&str], name: &str) -> String {
    let out = tmp(name);
    let mut a = vec!["run", "--deterministic", "--timeline", out.to_str().unwrap()];
    a.extend_from_slice(args);
    let o = pygil(&a);
    assert!(matches!(o.status.code(), Some(0) | Some(124)), "{}", text(&o.stderr));
    std::fs::read_to_string(&out).unwrap()
}

#[test]
fn timeline_svgs_are_well_formed_with_a_row_per_thread() {
    for (args, threads, name) in [
        (vec!["programs/case11.py"], vec!["MainThread", "Thread-1 (myAdd)", "Thread-2 (myMinu)"], "c11.svg"),
        (vec!["--until", "3s", "programs/case13.py"], vec!["MainThread", "Thread-1", "Thread-7"], "c13.svg"),
        (vec!["docs/timelines/cpu_vs_sleep.py"], vec!["MainThread", "cpu-bound", "sleeping"], "cs.svg"),
    ] {
        let svg = timeline(&args, name);
        let tags = check_xml(&svg).unwrap_or_else(|e| panic!("{:?}: {}", args, e));
        assert_eq!(tags[0], "svg");
        let rows = svg.matches("<g class=\"thread\"").count();
        let expected = if name == "c13.svg" { 8 } else { 3 };
        assert_eq!(rows, expected, "{:?}", args);
        for t in threads {
            assert!(svg.contains(&format!(">{}</text>", t)), "{:?}: no label {}", args, t);
        }
        // A legend entry and a time axis.
        assert!(svg.contains("running (holds the GIL)") && svg.contains("clock time"), "{:?}", args);
    }
}

#[test]
fn timeline_shows_what_the_threads_of_case11_did() {
    let svg = timeline(&["programs/case11.py"], "c11b.svg");
    // The two workers alternate: each ran about half the time, waited the
    // other half; the main thread waited in join.
    assert_eq!(svg.matches("run 50% · wait 50%").count(), 2, "{}", svg);
    assert!(svg.contains("blocked: join"));
}

// ---------------------------------------------------------------- stats

#[test]
fn gil_stats_table_of_case14() {
    let o = pygil(&["run", "--deterministic", "--gil-stats", "programs/case14.py"]);
    assert_eq!(o.status.code(), Some(3));
    let err = text(&o.stderr);
    let table = &err[err.find("pygil: GIL statistics").expect("a table")..];
    insta::assert_snapshot!("gil_stats_case14", table);
}

#[test]
fn gil_stats_table_of_cpu_vs_sleep() {
    let o = pygil(&["run", "--deterministic", "--gil-stats", "docs/timelines/cpu_vs_sleep.py"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("gil_stats_cpu_vs_sleep", text(&o.stderr));
}

// ---------------------------------------------------------------- explore

fn explore(args: &[&str]) -> (String, Output) {
    let mut a = vec!["explore"];
    a.extend_from_slice(args);
    let o = pygil(&a);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("panicked"), "{}", text(&o.stderr));
    (text(&o.stdout), o)
}

fn distinct(report: &str) -> usize {
    let line = report.lines().nth(1).expect("second line");
    line.split_whitespace().next().unwrap().parse().expect("count of outcomes")
}

/// The replay commands of a report, as argument lists for `pygil`.
fn replays(report: &str) -> Vec<Vec<String>> {
    report
        .lines()
        .filter_map(|l| l.split_once("replay: pygil ").map(|(_, c)| c.split_whitespace().map(|w| w.trim_matches('\'').to_string()).collect()))
        .collect()
}

#[test]
fn explore_finds_many_outcomes_of_case11() {
    let (report, _) = explore(&["programs/case11.py", "--runs", "200", "--jobs", "2", "--key", r"Done \.\.\.\. (-?\d+)"]);
    assert!(distinct(&report) >= 5, "{}", report);
    assert!(report.starts_with("pygil explore programs/case11.py: 200 runs (seeds 0..199)"), "{}", report);
}

#[test]
fn explore_finds_one_outcome_of_the_locked_case12() {
    let (report, _) = explore(&["programs/case12.py", "--runs", "6", "--jobs", "2"]);
    assert_eq!(distinct(&report), 1, "{}", report);
    assert!(report.contains("stdout: Starting ....0 | Done .... 0"), "{}", report);
}

#[test]
fn explore_reports_the_deadlock_of_case14_and_its_replays_are_exact() {
    let (report, _) = explore(&["programs/case14.py", "--runs", "12", "--jobs", "2"]);
    assert!(report.contains("exit 3 (deadlock)"), "{}", report);
    assert!(report.contains("stderr: wait-for cycle: Thread-1 (func_1) -> Thread-2 (func_2) -> Thread-1 (func_1)"), "{}", report);
    insta::assert_snapshot!("explore_case14", report);
    check_replays(&report, "programs/case14.py");
}

/// Every replay command gives, byte for byte, what explore's run of that
/// seed gave (stdout, stderr, status), and again on a second run.
fn check_replays(report: &str, file: &str) {
    use pygil::explore::{runner, Settings};
    let cmds = replays(report);
    assert!(!cmds.is_empty(), "{}", report);
    for cmd in cmds {
        let args: Vec<&str> = cmd.iter().map(|s| s.as_str()).collect();
        let a = pygil(&args);
        let b = pygil(&args);
        assert_eq!((&a.stdout, &a.stderr, a.status.code()), (&b.stdout, &b.stderr, b.status.code()), "{:?}", args);
        let seed: u64 = cmd[cmd.iter().position(|w| w == "--seed").unwrap() + 1].parse().unwrap();
        let until = cmd.iter().position(|w| w == "--until").map(|i| cmd[i + 1].clone());
        let settings = Settings {
            file: PathBuf::from(file),
            config: pygil::config::Config::default(),
            runs: 1,
            jobs: 1,
            key: None,
            replay_flags: vec![],
            until: std::time::Duration::from_secs(10),
            until_text: until.unwrap_or_else(|| "10s".into()),
        };
        let r = runner::run_one(&root().join(file), settings.config_for(seed, None), false);
        assert_eq!(text(&r.stdout), text(&a.stdout), "seed {}", seed);
        assert_eq!(text(&r.stderr), text(&a.stderr), "seed {}", seed);
        assert_eq!(Some(r.status), a.status.code(), "seed {}", seed);
    }
}

#[test]
fn explore_groups_a_small_racy_program_and_replays_it() {
    let p = write_program("racy.py", RACY);
    let file = p.to_str().unwrap();
    let (report, _) = explore(&[file, "--runs", "40", "--jobs", "2"]);
    assert!(distinct(&report) >= 5, "{}", report);
    let cmds = replays(&report);
    assert_eq!(cmds.len(), distinct(&report));
    // Each outcome's stdout, as the report shows it, is what its replay prints.
    let shown: Vec<&str> = report.lines().filter_map(|l| l.trim().strip_prefix("stdout: ")).collect();
    for (cmd, out) in cmds.iter().zip(shown) {
        let args: Vec<&str> = cmd.iter().map(|s| s.as_str()).collect();
        let o = pygil(&args);
        assert_eq!(text(&o.stdout).trim_end(), out, "{:?}", args);
    }
    // Same seeds, same report, whatever the number of workers.
    let (again, _) = explore(&[file, "--runs", "40", "--jobs", "1"]);
    assert_eq!(report, again);
}

#[test]
fn explore_report_under_fixed_seeds() {
    let (report, _) = explore(&["bench/racy_small.py", "--runs", "30", "--jobs", "2", "--switch-interval", "40"]);
    insta::assert_snapshot!("explore_racy_small", report);
}

#[test]
fn explore_counts_until_stops_and_exceptions_as_outcomes() {
    // Lost updates decide: all 100 counted (exit 0), an even count (an
    // exception), an odd count (a loop that never ends: --until).
    let src = "import threading\nn = 0\ndef w():\n    global n\n    for i in range(50):\n        n += 1\nts = [threading.Thread(target=w) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nif n < 100 and n % 2 == 0:\n    raise ValueError('lost updates')\nif n < 100:\n    while True:\n        pass\nprint(n)\n";
    let p = write_program("outcomes.py", src);
    let (report, _) = explore(&[p.to_str().unwrap(), "--runs", "30", "--until", "2ms", "--switch-interval", "10"]);
    assert!(report.contains("exit 124 (stopped by --until)"), "{}", report);
    assert!(report.contains("exit 1 (uncaught exception)") && report.contains("stderr: ValueError: lost updates"), "{}", report);
    // Each replays with its status; the --until stop with its --until.
    for (cmd, status) in replays(&report).iter().zip(report.lines().filter(|l| l.starts_with('#')).map(|l| l.split("exit ").nth(1).unwrap().split(' ').next().unwrap().to_string())) {
        let args: Vec<&str> = cmd.iter().map(|s| s.as_str()).collect();
        let o = pygil(&args);
        assert_eq!(o.status.code().map(|c| c.to_string()), Some(status.clone()), "{:?}", args);
        assert_eq!(args.contains(&"--until"), status == "124", "{:?}", args);
    }
}

#[test]
fn explore_minimize_names_the_switches() {
    let p = write_program("racy_min.py", RACY);
    let (report, _) = explore(&[p.to_str().unwrap(), "--runs", "8", "--minimize"]);
    assert!(report.contains("fewest forced switches per outcome"), "{}", report);
}

#[test]
fn explore_usage_errors_exit_2() {
    for args in [
        vec!["explore"],
        vec!["explore", "programs/case11.py", "--runs", "0"],
        vec!["explore", "programs/case11.py", "--jobs", "x"],
        vec!["explore", "programs/case11.py", "--key", "("],
        vec!["explore", "programs/case11.py", "--seed", "3"],
        vec!["explore", "programs/case11.py", "extra"],
        vec!["explore", "programs/case11.py", "--trace", "x.json"],
        vec!["run", "--trace"],
    ] {
        let o = pygil(&args);
        assert_eq!(o.status.code(), Some(2), "{:?}: {}", args, text(&o.stderr));
        let err = text(&o.stderr);
        assert!(err.starts_with("pygil: ") && !err.contains("panicked"), "{:?}: {}", args, err);
    }
    let o = pygil(&["explore", "no-such-file.py"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn held_time_never_exceeds_the_run() {
    // Only one thread holds the GIL at a time: with 140,000 forced
    // switches, counting the instruction a switch stops before twice made
    // the threads' held time sum to more than the run.
    let o = pygil(&["run", "--deterministic", "--gil-stats", "programs/case11.py"]);
    let err = text(&o.stderr);
    let ms = |s: &str| s.trim_end_matches("ms").parse::<f64>().unwrap();
    let total = err.lines().find(|l| l.starts_with("total")).expect("total row");
    let held = ms(total.split_whitespace().nth(3).unwrap());
    let run = err.lines().find(|l| l.starts_with("run time")).expect("run time line");
    let run = ms(run.split_whitespace().nth(2).unwrap());
    assert!(held <= run && held > run * 0.99, "held {} run {}\n{}", held, run, err);
}
