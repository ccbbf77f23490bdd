//! [`InterpreterBuilder`]: the whole configuration of an interpreter in one
//! place — GIL model, switch interval, seed, clock, epoch, streams, event
//! callback and limits.

use super::Limits;
use crate::config::{ClockKind, Config, GilModel, SwitchInterval, SwitchPoints};
use crate::events::Event;
use crate::interpreter::Interpreter;
use crate::vm::{EventSink, InStream, OutStream};
use std::io::{Read, Write};
use std::time::Duration;

/// Builds an [`Interpreter`].
///
/// ```
/// use pygil::embed::InterpreterBuilder;
/// use std::time::Duration;
///
/// let mut interp = InterpreterBuilder::new()
///     .switch_interval(50)
///     .seed(7)
///     .virtual_clock()
///     .timeout(Duration::from_secs(5))
///     .stdout(Vec::new())
///     .build();
/// assert_eq!(interp.eval::<i64>("6 * 7").unwrap(), 42);
/// ```
#[must_use]
pub struct InterpreterBuilder {
    config: Config,
    limits: Limits,
    stdout: Option<OutStream>,
    stderr: Option<OutStream>,
    stdin: Option<InStream>,
    on_event: Option<EventSink>,
    argv: Option<Vec<String>>,
    record_events: bool,
}

impl Default for InterpreterBuilder {
    fn default() -> Self {
        InterpreterBuilder::new()
    }
}

impl InterpreterBuilder {
    /// The defaults of the `pygil` command: Python 2's GIL (switch every 100
    /// instructions), FIFO hand-over, real clock, no limits, the process's
    /// standard streams.
    pub fn new() -> InterpreterBuilder {
        InterpreterBuilder { config: Config::default(), limits: Limits::default(), stdout: None, stderr: None, stdin: None, on_event: None, argv: None, record_events: false }
    }

    /// Start from a whole [`Config`].
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// A generation of CPython's GIL (interval and switch points).
    pub fn gil_model(mut self, model: GilModel) -> Self {
        self.config.apply_gil_model(model);
        self
    }

    /// Give the GIL up every `n` instructions (at least 1).
    pub fn switch_interval(mut self, n: u64) -> Self {
        self.config.switch_interval = SwitchInterval::Instructions(n.max(1));
        self
    }

    /// Give the GIL up after this much clock time (CPython 3's interval).
    pub fn switch_interval_duration(mut self, d: Duration) -> Self {
        self.config.switch_interval = SwitchInterval::Duration(d.max(Duration::from_nanos(1)));
        self
    }

    /// Where a switch may happen.
    pub fn switch_points(mut self, points: SwitchPoints) -> Self {
        self.config.switch_points = points;
        self
    }

    /// Seeded choice of the next thread and jitter of switch points: the
    /// same seed gives the same interleaving.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = Some(seed);
        self
    }

    /// The real or the virtual clock.
    pub fn clock(mut self, clock: ClockKind) -> Self {
        self.config.clock = clock;
        self
    }

    /// The virtual clock: instructions cost fixed time, sleeps jump ahead.
    pub fn virtual_clock(self) -> Self {
        self.clock(ClockKind::Virtual)
    }

    /// `time.time()` at the start of a virtual-clock run (Unix seconds).
    pub fn epoch(mut self, secs: f64) -> Self {
        self.config.epoch = secs;
        self
    }

    /// Virtual nanoseconds per instruction.
    pub fn virtual_ns_per_instruction(mut self, ns: u64) -> Self {
        self.config.virtual_ns_per_instr = ns;
        self
    }

    /// Byte-identical runs: virtual clock, fixed thread idents and pids,
    /// seed 0 unless one is set.
    pub fn deterministic(mut self) -> Self {
        self.config.deterministic = true;
        self.config.clock = ClockKind::Virtual;
        if self.config.seed.is_none() {
            self.config.seed = Some(0);
        }
        self
    }

    /// Stop the run cleanly after this much *clock* time (virtual or real),
    /// like `--until` (exit status 124, no exception).
    pub fn until(mut self, d: Duration) -> Self {
        self.config.until = Some(d);
        self
    }

    /// Run simple instructions in the VM's register-resident loop (the
    /// default). Off, every instruction takes the general loop: slower,
    /// with the same output, counts and switches.
    pub fn fast_path(mut self, on: bool) -> Self {
        self.config.fast_path = on;
        self
    }

    /// Print the per-thread GIL table on stderr at the end of a run.
    pub fn gil_stats(mut self, on: bool) -> Self {
        self.config.gil_stats = on;
        self
    }

    /// Where `print()` and `sys.stdout` go: any `Send` writer (the
    /// interpreter may move to another OS thread), e.g. an
    /// [`OutputBuffer`](super::OutputBuffer) the host reads afterwards.
    pub fn stdout(mut self, w: impl Write + Send + 'static) -> Self {
        self.stdout = Some(Box::new(w));
        self
    }

    /// Where tracebacks and `sys.stderr` go (a `Send` writer).
    pub fn stderr(mut self, w: impl Write + Send + 'static) -> Self {
        self.stderr = Some(Box::new(w));
        self
    }

    /// Where `input()` and `sys.stdin` read from (a `Send` reader).
    pub fn stdin(mut self, r: impl Read + Send + 'static) -> Self {
        self.stdin = Some(Box::new(std::io::BufReader::new(r)));
        self
    }

    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.argv = Some(argv);
        self
    }

    /// Call `f` with every GIL event (hand-over, block, wake, thread start
    /// and end) as it happens, on the OS thread running the interpreter.
    /// `f` is `Send` because it moves with the interpreter.
    pub fn on_event(mut self, f: impl FnMut(&Event) + Send + 'static) -> Self {
        self.on_event = Some(Box::new(f));
        self
    }

    /// Keep every event (with where it happened) in memory, for
    /// [`Timeline::of`](crate::visual::Timeline::of): the `pygil` command's
    /// `--trace` and `--timeline`. Off by default (it grows with the run).
    pub fn record_events(mut self, on: bool) -> Self {
        self.record_events = on;
        self
    }

    /// All the limits at once.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Stop each run, eval or call after `n` bytecode instructions
    /// (`RuntimeError: instruction budget ... exhausted`; checked at least
    /// every 1000 instructions, so it may overshoot by that much).
    pub fn instruction_budget(mut self, n: u64) -> Self {
        self.limits.instruction_budget = Some(n);
        self
    }

    /// Stop each run, eval or call after this much wall-clock time
    /// (`TimeoutError`).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.limits.timeout = Some(d);
        self
    }

    /// Cap the recursion depth (`RecursionError`); `sys.setrecursionlimit`
    /// cannot raise it past this.
    pub fn max_recursion(mut self, depth: usize) -> Self {
        self.limits.max_recursion = Some(depth.max(1));
        self
    }

    /// At most `n` live Python threads, main included; starting one more
    /// raises `RuntimeError: can't start new thread` in Python.
    pub fn max_threads(mut self, n: usize) -> Self {
        self.limits.max_threads = Some(n.max(1));
        self
    }

    /// Approximate heap cap in bytes (`MemoryError`). Needs
    /// [`CountingAlloc`](super::CountingAlloc) as the global allocator.
    pub fn max_heap(mut self, bytes: usize) -> Self {
        self.limits.max_heap = Some(bytes);
        self
    }

    /// Make the interpreter. It may be used on the calling OS thread or
    /// moved to another one (it is `Send`, not `Sync`).
    pub fn build(self) -> Interpreter {
        let stdout = self.stdout.unwrap_or_else(|| Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())));
        let stderr = self.stderr.unwrap_or_else(|| Box::new(std::io::stderr()));
        let mut interp = Interpreter::with_output(self.config, stdout, stderr);
        let vm = interp.vm();
        if let Some(stdin) = self.stdin {
            vm.stdin = stdin;
        }
        if let Some(argv) = self.argv {
            vm.set_argv(argv);
        }
        vm.event_sink = self.on_event;
        vm.record_events = self.record_events;
        interp.set_limits(self.limits);
        interp
    }
}
