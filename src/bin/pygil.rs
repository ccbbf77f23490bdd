//! The `pygil` command: a thin layer over the library.

use pygil::config::{ClockKind, Config, GilModel, SwitchInterval, SwitchPoints};
use pygil::interpreter::Interpreter;
use std::time::Duration;

const USAGE: &str = "\
usage: pygil run [OPTIONS] FILE [ARGS...]
       pygil [OPTIONS] -c CODE [ARGS...]
       pygil dis FILE
       pygil --version | --help

Runs Python 3 programs on a bytecode VM whose threads hold a simulated
global interpreter lock (GIL), so the GIL's effects can be seen and
reproduced.

Options (anywhere before FILE; `pygil [OPTIONS] FILE` also runs FILE):
  --gil MODEL              a generation of CPython's GIL:
                             py2    switch every 100 instructions, between any
                                    two instructions (the default; the model
                                    the learner's notes describe)
                             py32   switch after 5 ms of clock, at any
                                    instruction (CPython 3.2-3.9)
                             py310  as py32, but only at function entry,
                                    backward jumps and calls, which is why
                                    `x += 1` races stopped showing in 3.10+
  --switch-interval N|D    give the GIL up every N instructions, or after a
                           duration D such as 5ms (default 100)
  --switch-points any|calls-and-loops
                           where a switch may happen
  --seed S                 seeded choice of the next thread and jitter of
                           the switch points: same seed, same run
  --clock real|virtual     real time, or virtual time that advances per
                           instruction and jumps over sleeps (default real)
  --deterministic          virtual clock, fixed epoch, fixed thread idents
                           and pids, seed 0 unless --seed: byte-identical runs
  --until DURATION         stop a program that never ends after DURATION of
                           clock time (e.g. 10s); exit status 124
  --gil-stats              at exit, a table on stderr per thread: instructions,
                           GIL acquisitions, time holding it, time runnable
                           but waiting for it, time blocked by reason, forced
                           and voluntary hand-overs
  --version                print the version
  -h, --help               this help

Exit status: the program's (0, 1 on an uncaught exception, sys.exit(n)),
3 when a deadlock stops the run, 124 when --until stops it, 2 for usage errors.
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Deep recursion in native callbacks needs a big stack.
    let child = std::thread::Builder::new().stack_size(512 << 20).spawn(move || run(args)).expect("spawn interpreter thread");
    let code = child.join().unwrap_or(70);
    std::process::exit(code);
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("pygil: {}\n\n{}", msg, USAGE);
    2
}

fn parse_duration(s: &str) -> Option<Duration> {
    let (num, unit) = match s.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num.parse().ok()?;
    let secs = match unit {
        "ns" => n / 1e9,
        "us" => n / 1e6,
        "ms" => n / 1e3,
        "s" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return None,
    };
    if !(secs >= 0.0) {
        return None;
    }
    Some(Duration::from_secs_f64(secs))
}

fn run(args: Vec<String>) -> i32 {
    pygil::gil::interrupt::install_sigint_handler();
    let mut config = Config::default();
    let mut seed_given = false;
    let mut command: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let value = |i: usize| args.get(i + 1).cloned();
        match a {
            "-h" | "--help" => {
                print!("{}", USAGE);
                return 0;
            }
            "--version" | "-V" => {
                println!("pygil {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--gil" => {
                match value(i).as_deref().and_then(GilModel::parse) {
                    Some(m) => config.apply_gil_model(m),
                    None => return usage_error(&format!("unknown GIL model {:?} (py2, py32, py310)", value(i).unwrap_or_default())),
                }
                i += 2;
            }
            "--switch-interval" => {
                let v = match value(i) {
                    Some(v) => v,
                    None => return usage_error("--switch-interval needs a value"),
                };
                config.switch_interval = match v.parse::<u64>() {
                    Ok(0) => return usage_error("--switch-interval must be at least 1"),
                    Ok(n) => SwitchInterval::Instructions(n),
                    Err(_) => match parse_duration(&v) {
                        Some(d) if d > Duration::ZERO => SwitchInterval::Duration(d),
                        _ => return usage_error(&format!("bad --switch-interval {:?}", v)),
                    },
                };
                i += 2;
            }
            "--switch-points" => {
                config.switch_points = match value(i).as_deref() {
                    Some("any") => SwitchPoints::Any,
                    Some("calls-and-loops") => SwitchPoints::CallsAndLoops,
                    _ => return usage_error("--switch-points is any or calls-and-loops"),
                };
                i += 2;
            }
            "--seed" => {
                match value(i).and_then(|v| v.parse::<u64>().ok()) {
                    Some(s) => config.seed = Some(s),
                    None => return usage_error("--seed needs a number"),
                }
                seed_given = true;
                i += 2;
            }
            "--clock" => {
                config.clock = match value(i).as_deref() {
                    Some("real") => ClockKind::Real,
                    Some("virtual") => ClockKind::Virtual,
                    _ => return usage_error("--clock is real or virtual"),
                };
                i += 2;
            }
            "--deterministic" => {
                config.deterministic = true;
                config.clock = ClockKind::Virtual;
                i += 1;
            }
            "--gil-stats" => {
                config.gil_stats = true;
                i += 1;
            }
            "--until" => {
                match value(i).as_deref().and_then(parse_duration) {
                    Some(d) => config.until = Some(d),
                    None => return usage_error("--until needs a duration such as 10s"),
                }
                i += 2;
            }
            "run" | "dis" if command.is_none() => {
                command = Some(a.to_string());
                i += 1;
            }
            "-c" => {
                let code = match args.get(i + 1) {
                    Some(c) => c.clone(),
                    None => return usage_error("-c needs CODE"),
                };
                finish_config(&mut config, seed_given);
                let mut interp = Interpreter::builder().config(config).build();
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                interp.vm().set_argv(argv);
                return interp.run_source("<string>", &code).exit_code;
            }
            other if other.starts_with('-') && other != "-" => {
                return usage_error(&format!("unknown option {:?}", other));
            }
            // The first plain argument is the FILE (`pygil prog.py` runs it,
            // as `python3 prog.py` would); everything after it is the
            // program's own sys.argv.
            file => {
                if command.as_deref() == Some("dis") {
                    return dis(file);
                }
                finish_config(&mut config, seed_given);
                let mut interp = Interpreter::builder().config(config).build();
                return interp.run_file(std::path::Path::new(file), &args[i + 1..]).exit_code;
            }
        }
    }
    match command {
        Some(c) => usage_error(&format!("{} needs a FILE", c)),
        None => usage_error("nothing to do"),
    }
}

fn finish_config(config: &mut Config, seed_given: bool) {
    if config.deterministic && !seed_given {
        config.seed = Some(0);
    }
}

fn dis(file: &str) -> i32 {
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pygil: can't open file '{}': {}", file, e);
            return 2;
        }
    };
    let module = match pygil::parser::parse_module(&src, file) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("  File \"{}\", line {}\n{}: {}", file, e.line, e.kind.name(), e.msg);
            return 1;
        }
    };
    match pygil::compiler::compile_module(&module, file) {
        Ok(code) => {
            print!("{}", pygil::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("  File \"{}\", line {}\n{}: {}", file, e.line, e.kind.name(), e.msg);
            1
        }
    }
}
