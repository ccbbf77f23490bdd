//! Calling into Python from Rust: globals, eval, exec, calls, errors.

use pygil::embed::OutputBuffer;
use pygil::Interpreter;

const SCRIPT: &str = "\
class Counter:
    def __init__(self, start):
        self.n = start
    def add(self, k=1):
        self.n += k
        return self.n

def area(w, h):
    return w * h

def fail(x):
    return 10 // x

counter = Counter(5)
total = 0
print('loaded')
";

fn loaded() -> (Interpreter, OutputBuffer, OutputBuffer) {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    let r = i.run_source("shop.py", SCRIPT);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    (i, out, err)
}

#[test]
fn globals_can_be_read_and_set() {
    let (mut i, out, _) = loaded();
    assert_eq!(out.text(), "loaded\n");
    assert_eq!(i.get_global::<i64>("total").unwrap(), 0);
    i.set_global("total", 41i64).unwrap();
    assert_eq!(i.eval::<i64>("total + 1").unwrap(), 42);
    let e = i.get_global::<i64>("missing").unwrap_err();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("NameError", "name 'missing' is not defined"));
    // Globals set before a run are seen by it.
    let (b, out, _) = super::captured();
    let mut j = b.build();
    j.set_global("names", vec!["ann", "bob"]).unwrap();
    j.run_source("<main>", "print(', '.join(names))");
    assert_eq!(out.text(), "ann, bob\n");
}

#[test]
fn functions_and_methods_are_called_with_rust_arguments() {
    let (mut i, _, _) = loaded();
    assert_eq!(i.call::<_, f64>("area", (2.5, 4)).unwrap(), 10.0);
    assert_eq!(i.call::<_, i64>("counter.add", ()).unwrap(), 6);
    assert_eq!(i.call_method::<_, i64>("counter", "add", (10,)).unwrap(), 16);
    assert_eq!(i.call::<_, usize>("len", ("four",)).unwrap(), 4);
    assert_eq!(i.call::<_, f64>("math.sqrt", (16,)).unwrap_err().type_name, "NameError");
    i.exec("import math").unwrap();
    assert_eq!(i.call::<_, f64>("math.sqrt", (16,)).unwrap(), 4.0);
    let e = i.call::<_, i64>("counter.nope", ()).unwrap_err();
    assert_eq!(e.type_name, "AttributeError");
}

#[test]
fn python_exceptions_come_back_with_type_message_and_traceback() {
    let (mut i, _, _) = loaded();
    let e = i.call::<_, i64>("fail", (0,)).unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "integer division or modulo by zero");
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"), "{}", e.traceback);
    assert!(e.traceback.contains("File \"shop.py\", line 12, in fail\n    return 10 // x\n"), "{}", e.traceback);
    assert!(e.traceback.ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{}", e.traceback);
    assert_eq!(e.to_string(), e.traceback.trim_end());
    let e = i.eval::<i64>("1 +").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    let e = i.exec("raise KeyError('k')").unwrap_err();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("KeyError", "'k'"));
    // The interpreter is still usable afterwards.
    assert_eq!(i.eval::<i64>("area(2, 3)").unwrap(), 6);
}

#[test]
fn a_script_error_is_in_the_run_result() {
    let (b, _, err) = super::captured();
    let mut i = b.build();
    let r = i.run_source("bad.py", "x = 1\ny = x / 0\n");
    assert_eq!(r.exit_code, 1);
    let e = r.exception.unwrap();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(err.text(), e.traceback);
    assert_eq!(r.stopped_by, None);
}

#[test]
fn calls_may_use_threads_and_block() {
    let (b, out, _) = super::captured();
    let mut i = b.virtual_clock().build();
    i.exec(
        "import threading, time\n\
         def fan_out(n):\n\
         \x20   results = []\n\
         \x20   def work(k):\n\
         \x20       time.sleep(0.01 * k)\n\
         \x20       results.append(k)\n\
         \x20   ts = [threading.Thread(target=work, args=(k,)) for k in range(n)]\n\
         \x20   for t in ts: t.start()\n\
         \x20   for t in ts: t.join()\n\
         \x20   print('joined', len(ts))\n\
         \x20   return sorted(results)\n",
    )
    .unwrap();
    assert_eq!(i.call::<_, Vec<i64>>("fan_out", (4,)).unwrap(), vec![0, 1, 2, 3]);
    assert_eq!(i.call::<_, Vec<i64>>("fan_out", (2,)).unwrap(), vec![0, 1]);
    assert_eq!(out.text(), "joined 4\njoined 2\n");
}
