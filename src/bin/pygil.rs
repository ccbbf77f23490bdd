//! The `pygil` command: a thin layer over the library.

use pygil::config::{ClockKind, Config, GilModel, SwitchInterval, SwitchPoints};
use pygil::interpreter::Interpreter;
use std::time::Duration;

#[global_allocator]
static ALLOC: MiMallocSmallAlign = MiMallocSmallAlign;

/// mimalloc, through its plain entry points where the alignment allows.
/// `mimalloc::MiMalloc` calls `mi_malloc_aligned` for every allocation,
/// which costs about twice `mi_malloc`'s path; the interpreter allocates a
/// few small objects per string operation. `mi_malloc` aligns to 16 bytes
/// (to the size for smaller blocks), the rule std's own allocator uses.
struct MiMallocSmallAlign;

const MI_MIN_ALIGN: usize = 16;

fn plain_align(layout: std::alloc::Layout) -> bool {
    layout.align() <= MI_MIN_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc and goes back to `mi_free`, which
// takes blocks from any of its entry points.
unsafe impl std::alloc::GlobalAlloc for MiMallocSmallAlign {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain_align(layout) {
            libmimalloc_sys::mi_malloc(layout.size()) as *mut u8
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain_align(layout) {
            libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void);
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN && layout.align() <= new_size {
            libmimalloc_sys::mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr as *mut std::ffi::c_void, new_size, layout.align()) as *mut u8
        }
    }
}

const USAGE: &str = "\
usage: pygil run [OPTIONS] FILE [ARGS...]
       pygil [OPTIONS] -c CODE [ARGS...]
       pygil dis FILE
       pygil explore FILE [--runs K] [--jobs J] [--key REGEX] [--minimize] [GIL OPTIONS]
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
  --trace FILE.json        write the run as a Chrome trace (open it in
                           ui.perfetto.dev): a track per thread, spans for
                           holding, waiting for and blocking without the GIL
  --timeline FILE.svg      draw the run as an SVG chart, one row per thread
  --no-fast-path           run every instruction in the general dispatch
                           loop (slower; the same output, counts and switches)
  --version                print the version
  -h, --help               this help

explore runs FILE under seeds 0..K-1 (--deterministic, stdin empty), on J
OS threads, and prints each distinct outcome (stdout, stderr and exit
status; or the --key extract and exit status) with its count, the smallest
seed giving it and the command replaying it:
  --runs K                 how many seeds (default 100)
  --jobs J                 worker threads (default: the number of CPUs)
  --key REGEX              group by what REGEX matches in stdout (its first
                           group if it has one)
  --minimize               also find, per outcome, a schedule with the
                           fewest forced switches, and where they fall
  --until DURATION         each run's stop (default 10s of virtual time)

Exit status: the program's (0, 1 on an uncaught exception, sys.exit(n)),
3 when a deadlock stops the run, 124 when --until stops it, 2 for usage errors.
";

fn main() {
    // mimalloc's defaults keep freed memory and commit arenas eagerly: 15 MB
    // more resident memory than glibc for the same script. Give memory back
    // at once instead; the speed stays. (Option numbers: mimalloc 2's
    // `mi_option_e`; `MIMALLOC_*` environment variables still override.)
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: plain setters of mimalloc's global options, called before
    // any other thread exists.
    unsafe {
        libmimalloc_sys::mi_option_set_default(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set_default(PURGE_DELAY, 0);
    }
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

/// Options that only some commands use.
#[derive(Default)]
struct Extra {
    trace: Option<String>,
    timeline: Option<String>,
    runs: Option<u64>,
    jobs: Option<usize>,
    key: Option<String>,
    minimize: bool,
    until_text: Option<String>,
    /// The GIL options as given, for explore's replay commands.
    gil_flags: Vec<String>,
}

fn run(args: Vec<String>) -> i32 {
    pygil::gil::interrupt::install_sigint_handler();
    let mut config = Config::default();
    let mut extra = Extra::default();
    let mut seed_given = false;
    let mut command: Option<String> = None;
    let mut explore_file: Option<String> = None;
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
                extra.gil_flags.extend([a.to_string(), args[i + 1].clone()]);
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
                extra.gil_flags.extend([a.to_string(), v]);
                i += 2;
            }
            "--switch-points" => {
                config.switch_points = match value(i).as_deref() {
                    Some("any") => SwitchPoints::Any,
                    Some("calls-and-loops") => SwitchPoints::CallsAndLoops,
                    _ => return usage_error("--switch-points is any or calls-and-loops"),
                };
                extra.gil_flags.extend([a.to_string(), args[i + 1].clone()]);
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
            "--no-fast-path" => {
                config.fast_path = false;
                i += 1;
            }
            "--until" => {
                match value(i).as_deref().and_then(parse_duration) {
                    Some(d) => config.until = Some(d),
                    None => return usage_error("--until needs a duration such as 10s"),
                }
                extra.until_text = value(i);
                i += 2;
            }
            "--trace" | "--timeline" => {
                let v = match value(i) {
                    Some(v) if !v.is_empty() => v,
                    _ => return usage_error(&format!("{} needs a FILE", a)),
                };
                if a == "--trace" {
                    extra.trace = Some(v);
                } else {
                    extra.timeline = Some(v);
                }
                i += 2;
            }
            "--runs" => {
                match value(i).and_then(|v| v.parse::<u64>().ok()) {
                    Some(n) if n >= 1 => extra.runs = Some(n),
                    _ => return usage_error("--runs needs a number of at least 1"),
                }
                i += 2;
            }
            "--jobs" | "-j" => {
                match value(i).and_then(|v| v.parse::<usize>().ok()) {
                    Some(n) if (1..=1024).contains(&n) => extra.jobs = Some(n),
                    _ => return usage_error("--jobs needs a number from 1 to 1024"),
                }
                i += 2;
            }
            "--key" => {
                match value(i) {
                    Some(v) => extra.key = Some(v),
                    None => return usage_error("--key needs a REGEX"),
                }
                i += 2;
            }
            "--minimize" => {
                extra.minimize = true;
                i += 1;
            }
            "run" | "dis" | "explore" if command.is_none() => {
                command = Some(a.to_string());
                i += 1;
            }
            "-c" if command.as_deref() != Some("explore") => {
                let code = match args.get(i + 1) {
                    Some(c) => c.clone(),
                    None => return usage_error("-c needs CODE"),
                };
                let sinks = match Sinks::open(&extra) {
                    Ok(s) => s,
                    Err(code) => return code,
                };
                finish_config(&mut config, seed_given);
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                let mut interp = Interpreter::builder().config(config).record_events(sinks.wanted()).argv(argv).build();
                let status = interp.run_source("<string>", &code).exit_code;
                return sinks.write(&mut interp, "<string>", status);
            }
            other if other.starts_with('-') && other != "-" => {
                return usage_error(&format!("unknown option {:?}", other));
            }
            // explore takes its FILE and goes on reading options.
            file if command.as_deref() == Some("explore") => {
                if explore_file.is_some() {
                    return usage_error(&format!("explore takes one FILE (and no program arguments): unexpected {:?}", file));
                }
                explore_file = Some(file.to_string());
                i += 1;
            }
            // The first plain argument is the FILE (`pygil prog.py` runs it,
            // as `python3 prog.py` would); everything after it is the
            // program's own sys.argv.
            file => {
                if command.as_deref() == Some("dis") {
                    return dis(file);
                }
                let sinks = match Sinks::open(&extra) {
                    Ok(s) => s,
                    Err(code) => return code,
                };
                finish_config(&mut config, seed_given);
                let mut interp = Interpreter::builder().config(config).record_events(sinks.wanted()).build();
                let status = interp.run_file(std::path::Path::new(file), &args[i + 1..]).exit_code;
                return sinks.write(&mut interp, file, status);
            }
        }
    }
    match command.as_deref() {
        Some("explore") => match explore_file {
            Some(f) => explore(f, config, extra, seed_given),
            None => usage_error("explore needs a FILE"),
        },
        Some(c) => usage_error(&format!("{} needs a FILE", c)),
        None => usage_error("nothing to do"),
    }
}

/// The `--trace` and `--timeline` files, opened before the run so a bad
/// path is reported at once rather than after a long run.
struct Sinks {
    trace: Option<(String, std::fs::File)>,
    timeline: Option<(String, std::fs::File)>,
}

impl Sinks {
    fn open(extra: &Extra) -> Result<Sinks, i32> {
        let open = |p: &Option<String>, what: &str| -> Result<Option<(String, std::fs::File)>, i32> {
            match p {
                None => Ok(None),
                Some(p) => match std::fs::File::create(p) {
                    Ok(f) => Ok(Some((p.clone(), f))),
                    Err(e) => {
                        eprintln!("pygil: cannot write the {} file '{}': {}", what, p, e);
                        Err(2)
                    }
                },
            }
        };
        Ok(Sinks { trace: open(&extra.trace, "trace")?, timeline: open(&extra.timeline, "timeline")? })
    }

    fn wanted(&self) -> bool {
        self.trace.is_some() || self.timeline.is_some()
    }

    /// Write the files; the program's status stands unless writing fails.
    fn write(self, interp: &mut Interpreter, program: &str, status: i32) -> i32 {
        if !self.wanted() {
            return status;
        }
        use std::io::Write;
        let name = std::path::Path::new(program).file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| program.to_string());
        let tl = pygil::visual::Timeline::of(interp, &name);
        let mut code = status;
        if let Some((path, mut f)) = self.trace {
            if let Err(e) = f.write_all(pygil::visual::trace::chrome_trace(&tl).as_bytes()) {
                eprintln!("pygil: cannot write the trace file '{}': {}", path, e);
                code = 2;
            }
        }
        if let Some((path, mut f)) = self.timeline {
            if let Err(e) = f.write_all(pygil::visual::timeline::svg(&tl).as_bytes()) {
                eprintln!("pygil: cannot write the timeline file '{}': {}", path, e);
                code = 2;
            }
        }
        code
    }
}

/// `pygil explore FILE ...`
fn explore(file: String, config: Config, extra: Extra, seed_given: bool) -> i32 {
    use pygil::explore::{minimize, outcome, report, runner, Settings, DEFAULT_UNTIL};
    use std::io::IsTerminal;
    if seed_given {
        return usage_error("explore chooses the seeds itself (0..K-1); --seed is for pygil run");
    }
    if extra.trace.is_some() || extra.timeline.is_some() {
        return usage_error("--trace and --timeline are for pygil run (replay the outcome you want to see)");
    }
    let path = std::path::PathBuf::from(&file);
    if !path.is_file() {
        let why = if path.is_dir() { "[Errno 21] Is a directory" } else { "[Errno 2] No such file or directory" };
        eprintln!("pygil: can't open file '{}': {}", file, why);
        return 2;
    }
    let key = match extra.key.as_deref().map(regex::Regex::new) {
        None => None,
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => return usage_error(&format!("bad --key pattern: {}", e)),
    };
    let until_text = extra.until_text.clone().unwrap_or_else(|| DEFAULT_UNTIL.to_string());
    let until = config.until.unwrap_or_else(|| parse_duration(DEFAULT_UNTIL).unwrap_or(Duration::from_secs(10)));
    let jobs = extra.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let settings = Settings { file: path, config, runs: extra.runs.unwrap_or(100), jobs, key, replay_flags: extra.gil_flags.clone(), until, until_text };
    // Progress on stderr, only on a terminal and once the run is long.
    let started = std::time::Instant::now();
    let tty = std::io::stderr().is_terminal();
    let mut shown = false;
    let mut progress = |label: &str, done: usize, total: usize| {
        if tty && started.elapsed() > Duration::from_secs(1) {
            let w = 30;
            let filled = if total == 0 { w } else { done * w / total };
            eprint!("\r{} [{}{}] {}/{}", label, "#".repeat(filled), " ".repeat(w - filled), done, total);
            shown = true;
        }
    };
    let jobs_list: Vec<_> = (0..settings.runs).map(|s| (s, None)).collect();
    let runs = runner::run_many(&settings, &jobs_list, &mut |d, t| progress("explore ", d, t));
    let elapsed = started.elapsed();
    let outcomes = outcome::group(&runs, settings.key.as_ref());
    let mut text = report::render(&settings, &outcomes, settings.runs);
    if extra.minimize {
        let mins = minimize::minimize(&settings, &outcomes, &mut |d, t| progress("minimize", d, t));
        text.push_str(&minimize::render(&settings, &mins));
    }
    if shown {
        eprintln!();
    }
    print!("{}", text);
    eprintln!(
        "pygil explore: {} runs in {:.2}s on {} thread{} ({:.0} runs/s)",
        settings.runs,
        elapsed.as_secs_f64(),
        settings.jobs,
        if settings.jobs == 1 { "" } else { "s" },
        settings.runs as f64 / elapsed.as_secs_f64().max(1e-9)
    );
    0
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
