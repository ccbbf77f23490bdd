//! Host functions and modules, blocking calls with the GIL released.

use pygil::embed::{EventKind, HostModule, PyException, WaitReason};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

#[test]
fn host_functions_take_positional_and_keyword_arguments() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    i.add_function("scale", |args| {
        let xs: Vec<f64> = args.arg(0, "xs")?;
        let by: f64 = args.opt(1, "by")?.unwrap_or(2.0);
        let round: bool = args.kw("round")?.unwrap_or(false);
        Ok(xs.iter().map(|x| if round { (x * by).round() } else { x * by }).collect::<Vec<f64>>())
    });
    let src = "\
print(scale([1, 2.5]))
print(scale([1, 2.5], 3))
print(scale(by=0.5, xs=[3]))
print(scale([1.3], 1, round=True))
for call in ['scale()', 'scale([1], 2, 3)', 'scale([1], rnd=1)', 'scale([1], 2, by=3)', 'scale(\"ab\")']:
    try:
        eval(call)
    except TypeError as e:
        print('TypeError:', e)
";
    let r = i.run_source("<host>", src);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    assert_eq!(
        out.text(),
        "[2.0, 5.0]\n[3.0, 7.5]\n[1.5]\n[1.0]\n\
         TypeError: scale() missing required argument 'xs' (pos 1)\n\
         TypeError: scale() takes at most 2 arguments (3 given)\n\
         TypeError: scale() got an unexpected keyword argument 'rnd'\n\
         TypeError: scale() got multiple values for argument 'by'\n\
         TypeError: scale() argument 'xs': expected list, got str\n"
    );
}

#[test]
fn host_errors_raise_the_chosen_python_exception() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    i.add_typed_function("checked_div", |(a, b): (i64, i64)| {
        if b == 0 {
            return Err(PyException::new("ZeroDivisionError", "no zeros here"));
        }
        Ok(a / b)
    });
    i.add_typed_function("boom", |(): ()| -> Result<i64, PyException> { panic!("host bug") });
    let src = "\
print(checked_div(7, 2))
try:
    checked_div(1, 0)
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    boom()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    checked_div(1, b=2)
except TypeError as e:
    print(e)
checked_div(1, 0)
";
    let r = i.run_source("div.py", src);
    assert_eq!(
        out.text(),
        "3\nZeroDivisionError no zeros here\nRuntimeError host function panicked: host bug\ncheckeddiv() takes no keyword arguments\n"
            .replace("checkeddiv", "checked_div")
    );
    assert_eq!(r.exit_code, 1);
    let e = r.exception.unwrap();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("ZeroDivisionError", "no zeros here"));
    assert!(err.text().contains("line 14, in <module>\n    checked_div(1, 0)\n"), "{}", err.text());
}

#[test]
fn a_host_module_is_importable_by_name() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let m = HostModule::new("geometry")
        .constant("UNIT", 1.0)
        .constant("NAMES", vec!["square", "circle"])
        .exception("GeometryError")
        .typed_function("area", |(w, h): (f64, f64)| Ok(w * h))
        .function("side", move |args| {
            seen.fetch_add(1, Ordering::SeqCst);
            let a: f64 = args.arg(0, "area")?;
            if a < 0.0 {
                return Err(PyException::new("GeometryError", format!("negative area {}", a)));
            }
            Ok(a.sqrt())
        });
    i.add_module(m).unwrap();
    let src = "\
import geometry
from geometry import area, GeometryError
print(geometry.__name__, geometry.UNIT, geometry.NAMES, area(2, 3), geometry.side(area=9))
try:
    geometry.side(-1)
except GeometryError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
";
    let r = i.run_source("<geo>", src);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    assert_eq!(out.text(), "geometry 1.0 ['square', 'circle'] 6.0 3.0\nGeometryError negative area -1 True\n");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let r = i.run_source("<geo2>", "import nowhere\n");
    assert_eq!(r.exception.unwrap().type_name, "ModuleNotFoundError");
}

/// Records `(thread, kind)` of every event, for [`most_inside_blocking_calls`].
type EventLog = Arc<Mutex<Vec<(usize, EventKind)>>>;

fn event_log(b: pygil::InterpreterBuilder) -> (pygil::InterpreterBuilder, EventLog) {
    let log = EventLog::default();
    let sink = log.clone();
    (b.on_event(move |e| sink.lock().unwrap().push((e.thread, e.kind))), log)
}

/// Replay the event stream: the most Python threads inside a blocking call
/// at once (blocked on I/O and not yet woken).
fn most_inside_blocking_calls(log: &EventLog) -> usize {
    let mut inside = std::collections::HashSet::new();
    let mut most = 0;
    for (t, k) in log.lock().unwrap().iter() {
        match k {
            EventKind::Block(WaitReason::Io) => {
                inside.insert(*t);
            }
            EventKind::Wake => {
                inside.remove(t);
            }
            _ => {}
        }
        most = most.max(inside.len());
    }
    most
}

/// Four Python threads call a blocking host function at once: all four are
/// blocked in it together (the GIL was released), which the event stream
/// shows without measuring time. examples/blocking_host_call.rs times it.
#[test]
fn blocking_host_calls_overlap_with_the_gil_released() {
    let (b, out, err) = super::captured();
    let (b, log) = event_log(b);
    let mut i = b.build();
    i.add_typed_blocking_function("slow_double", |(x,): (i64,)| {
        std::thread::sleep(Duration::from_millis(100));
        Ok(x * 2)
    });
    let src = "\
import threading
results = []
def work(k):
    results.append(slow_double(k))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
try:
    slow_double(x=1)
except TypeError as e:
    print(e)
";
    let r = i.run_source("<blocking>", src);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    assert_eq!(out.text(), "[0, 2, 4, 6]\nslow_double() takes no keyword arguments\n");
    assert_eq!(most_inside_blocking_calls(&log), 4, "{:?}", log.lock().unwrap());
}

#[test]
fn blocking_host_errors_and_panics_come_back_as_python_exceptions() {
    let (b, out, _) = super::captured();
    let mut i = b.build();
    i.add_typed_blocking_function("fetch", |(url,): (String,)| {
        if url.is_empty() {
            panic!("empty url");
        }
        if !url.starts_with("http") {
            return Err(PyException::new("ValueError", format!("bad url {:?}", url)));
        }
        Ok(format!("<{}>", url))
    });
    let src = "\
print(fetch('http://x'))
for u in ['ftp://y', '', 3]:
    try:
        fetch(u)
    except Exception as e:
        print(type(e).__name__, e)
";
    i.run_source("<fetch>", src);
    assert_eq!(
        out.text(),
        "<http://x>\nValueError bad url \"ftp://y\"\nRuntimeError host function panicked: empty url\nTypeError fetch() argument 1: expected str, got int\n"
    );
}

/// Arguments of a blocking function are read on the interpreter's thread,
/// by position or keyword, with CPython's messages; a bad call raises
/// before any worker starts.
#[test]
fn blocking_host_functions_take_keyword_arguments() {
    let (b, out, err) = super::captured();
    let mut i = b.build();
    let started = Arc::new(AtomicUsize::new(0));
    let counter = started.clone();
    i.add_blocking_function("lookup", move |args| {
        let key: String = args.arg(0, "key")?;
        let scale: i64 = args.opt(1, "scale")?.unwrap_or(1);
        let tag: Option<String> = args.kw("tag")?;
        if key == "?" {
            return Err(PyException::value_error("no key"));
        }
        let counter = counter.clone();
        Ok(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            if key.is_empty() {
                panic!("empty key");
            }
            if key == "gone" {
                return Err(PyException::new("KeyError", "gone"));
            }
            Ok(format!("{}{}={}", tag.unwrap_or_default(), key, key.len() as i64 * scale))
        })
    });
    let src = "\
print(lookup('ab'), lookup('ab', 10), lookup('ab', scale=3), lookup(scale=2, key='xyz', tag='#'))
calls = ['lookup()', 'lookup(scale=2)', 'lookup(\"a\", 2, 3)', 'lookup(\"a\", colour=1)',
         'lookup(\"a\", key=\"b\")', 'lookup(\"a\", 1, scale=2)', 'lookup(1)', 'lookup(\"a\", tag=5)',
         'lookup(\"?\")', 'lookup(\"gone\")', 'lookup(\"\")']
for call in calls:
    try:
        eval(call)
    except Exception as e:
        print(type(e).__name__ + ':', e)
";
    let r = i.run_source("<lookup>", src);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    assert_eq!(
        out.text(),
        "ab=2 ab=20 ab=6 #xyz=6\n\
         TypeError: lookup() missing required argument 'key' (pos 1)\n\
         TypeError: lookup() missing required argument 'key' (pos 1)\n\
         TypeError: lookup() takes at most 2 arguments (3 given)\n\
         TypeError: lookup() got an unexpected keyword argument 'colour'\n\
         TypeError: lookup() got multiple values for argument 'key'\n\
         TypeError: lookup() got multiple values for argument 'scale'\n\
         TypeError: lookup() argument 'key': expected str, got int\n\
         TypeError: lookup() argument 'tag': expected str, got int\n\
         ValueError: no key\n\
         KeyError: 'gone'\n\
         RuntimeError: host function panicked: empty key\n"
    );
    // Four good calls, then only the two that got past their arguments.
    assert_eq!(started.load(Ordering::SeqCst), 6);
}

/// Meets `n` arrivals: each waits (at most `limit`) until all have come.
struct Rendezvous {
    arrived: Mutex<usize>,
    all_here: Condvar,
    n: usize,
}

impl Rendezvous {
    fn arrive(&self, limit: Duration) -> bool {
        let mut a = self.arrived.lock().unwrap();
        *a += 1;
        self.all_here.notify_all();
        let (a, _) = self.all_here.wait_timeout_while(a, limit, |a| *a < self.n).unwrap();
        *a >= self.n
    }
}

/// Four Python threads make keyword calls to one blocking function whose
/// blocking parts wait for each other: they can only all meet if the four
/// run at once, on workers, with the GIL released. (Were they serialized,
/// each would give up after `patience` seconds and return False.)
#[test]
fn keyword_blocking_calls_from_four_threads_run_at_once() {
    let (b, out, err) = super::captured();
    let (b, log) = event_log(b);
    let mut i = b.build();
    let meeting = Arc::new(Rendezvous { arrived: Mutex::new(0), all_here: Condvar::new(), n: 4 });
    i.add_blocking_function("meet", move |args| {
        let who: i64 = args.arg(0, "who")?;
        let patience: f64 = args.kw("patience")?.unwrap_or(1.0);
        let meeting = meeting.clone();
        Ok(move || Ok((who, meeting.arrive(Duration::from_secs_f64(patience)))))
    });
    let src = "\
import threading
met = []
def go(k):
    met.append(meet(k, patience=60.0))
ts = [threading.Thread(target=go, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(met))
";
    let r = i.run_source("<meet>", src);
    assert_eq!(r.exit_code, 0, "{}", err.text());
    assert_eq!(out.text(), "[(0, True), (1, True), (2, True), (3, True)]\n");
    assert_eq!(most_inside_blocking_calls(&log), 4);
}
