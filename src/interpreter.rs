//! The embedding API: build an interpreter from a [`Config`], run a file or
//! source text, and get the exit status and the Python exception back.
//! The `pygil` command is built on exactly this.

use crate::config::Config;
use crate::value::Value;
use crate::vm::Vm;
use std::io::Write;
use std::path::Path;

/// A Python exception that ended a run, as plain Rust data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyException {
    /// The exception class name, e.g. `ZeroDivisionError`.
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The full text CPython would print (`Traceback (most recent call last): ...`).
    pub traceback: String,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// The process exit status CPython would give (0, 1, `sys.exit(n)`...),
    /// or pygil's own statuses for deadlocks and `--until` stops.
    pub exit_code: i32,
    /// The uncaught exception of the main thread, if any.
    pub exception: Option<PyException>,
}

/// One Python interpreter: one heap, one simulated GIL, one clock.
pub struct Interpreter {
    vm: Vm,
}

impl Interpreter {
    /// An interpreter writing to the process's stdout and stderr.
    pub fn new(config: Config) -> Interpreter {
        let out = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
        Interpreter::with_output(config, out, Box::new(std::io::stderr()))
    }

    /// An interpreter writing to the given streams.
    pub fn with_output(config: Config, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Interpreter {
        Interpreter { vm: Vm::new(config, stdout, stderr) }
    }

    /// Run a Python file as `__main__`; `args` become `sys.argv[1:]`.
    pub fn run_file(&mut self, path: &Path, args: &[String]) -> RunResult {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let display = abs.to_string_lossy().to_string();
        let src = match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).to_string(),
            Err(e) => {
                let msg = format!(
                    "pygil: can't open file '{}': [Errno {}] {}\n",
                    display,
                    e.raw_os_error().unwrap_or(2),
                    crate::modules::os_error_text(&e)
                );
                self.vm.write_stderr(&msg);
                self.vm.flush();
                return RunResult { exit_code: 2, exception: None };
            }
        };
        self.vm.script_dir = abs.parent().map(|p| p.to_path_buf());
        let mut argv = vec![path.to_string_lossy().to_string()];
        argv.extend(args.iter().cloned());
        self.vm.set_argv(argv);
        self.run(&display, &src)
    }

    /// Run source text as `__main__`, with `name` as its file name in
    /// tracebacks (`<string>` for `-c`).
    pub fn run_source(&mut self, name: &str, source: &str) -> RunResult {
        if self.vm.argv.is_empty() {
            self.vm.set_argv(vec![if name == "<string>" { "-c".to_string() } else { name.to_string() }]);
        }
        self.run(name, source)
    }

    fn run(&mut self, name: &str, src: &str) -> RunResult {
        let exit_code = self.vm.run_main(name, src);
        let exception = self.vm.last_exception.take().map(|e| self.describe(&e));
        RunResult { exit_code, exception }
    }

    fn describe(&mut self, e: &Value) -> PyException {
        let type_name = self.vm.type_name(e);
        let message = self.vm.to_str(e).unwrap_or_default();
        let traceback = self.vm.format_exception(e);
        PyException { type_name, message, traceback }
    }

    /// The underlying VM, for the CLI's inspection tools.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}
