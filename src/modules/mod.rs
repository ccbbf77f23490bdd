//! Built-in modules implemented in Rust, and the registry of library
//! modules written in Python (src/pylib) embedded in the binary.

pub mod cmath;
pub mod io;
pub mod math;
pub mod os;
pub mod os_process;
pub mod pygil;
pub mod re;
pub mod struct_seq;
pub mod sys;
pub mod time;
pub mod thread;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Create a native module by name, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "cmath" => cmath::make(vm),
        "time" => time::make(vm),
        "_thread" => thread::make(vm),
        "_pygil" => pygil::make(vm),
        "_sre" => re::make(vm),
        "os" => os::make(vm),
        "os.path" => {
            if pylib_source("posixpath").is_none() {
                return None;
            }
            if let Err(e) = vm.import_module("os") {
                return Some(Err(e));
            }
            vm.import_module("posixpath")
        }
        "io" | "_io" => io::make(vm),
        _ => return None,
    })
}

/// Source of a library module written in Python.
pub fn pylib_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("../pylib/collections.py"),
        "functools" => include_str!("../pylib/functools.py"),
        "itertools" => include_str!("../pylib/itertools.py"),
        "contextlib" => include_str!("../pylib/contextlib.py"),
        "pprint" => include_str!("../pylib/pprint.py"),
        "operator" => include_str!("../pylib/operator.py"),
        "copy" => include_str!("../pylib/copy.py"),
        "dataclasses" => include_str!("../pylib/dataclasses.py"),
        "typing" => include_str!("../pylib/typing.py"),
        "types" => include_str!("../pylib/types.py"),
        "random" => include_str!("../pylib/random.py"),
        "string" => include_str!("../pylib/string.py"),
        "_bytearray" => include_str!("../pylib/_bytearray.py"),
        "threading" => include_str!("../pylib/threading.py"),
        "queue" => include_str!("../pylib/queue.py"),
        "_threading_local" => include_str!("../pylib/_threading_local.py"),
        "logging" => include_str!("../pylib/logging.py"),
        "warnings" => include_str!("../pylib/warnings.py"),
        "traceback" => include_str!("../pylib/traceback.py"),
        "atexit" => include_str!("../pylib/atexit.py"),
        "json" => include_str!("../pylib/json.py"),
        "re" => include_str!("../pylib/re.py"),
        "heapq" => include_str!("../pylib/heapq.py"),
        "statistics" => include_str!("../pylib/statistics.py"),
        "datetime" => include_str!("../pylib/datetime.py"),
        "bisect" => include_str!("../pylib/bisect.py"),
        "_pygil_match" => include_str!("../pylib/_pygil_match.py"),
        "textwrap" => include_str!("../pylib/textwrap.py"),
        "posixpath" => include_str!("../pylib/posixpath.py"),
        "abc" => include_str!("../pylib/abc.py"),
        "enum" => include_str!("../pylib/enum.py"),
        "multiprocessing" => include_str!("../pylib/multiprocessing.py"),
        "concurrent" => include_str!("../pylib/concurrent.py"),
        "concurrent.futures" => include_str!("../pylib/concurrent_futures.py"),
        "collections.abc" => include_str!("../pylib/collections_abc.py"),
        _ => return None,
    })
}

/// The text of an OS error as CPython shows it (`No such file or directory`).
pub fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust appends " (os error N)".
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
