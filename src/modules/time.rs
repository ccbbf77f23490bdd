//! `time`: clocks (the VM's active clock: virtual or real), `sleep` that
//! parks the VM thread (the GIL goes to the others), and the calendar
//! functions (`gmtime`, `strftime`...) with the civil-date math done here.
//!
//! Local time is UTC unless `TZ` holds a fixed POSIX offset (`EST5`,
//! `UTC-2`); under `--deterministic` it is always UTC.

use crate::builtins::{add_fn, add_getter, add_method, check_nargs};
use crate::objects::*;
use crate::value::Value;
use crate::vm::thread::WaitReason;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const FIELDS: [&str; 9] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    dict_set_str(&d, "__name__", Value::str("time"));
    let m = "time";
    add_fn(&d, m, "time", time);
    add_fn(&d, m, "time_ns", time_ns);
    add_fn(&d, m, "monotonic", monotonic);
    add_fn(&d, m, "monotonic_ns", monotonic_ns);
    add_fn(&d, m, "perf_counter", monotonic);
    add_fn(&d, m, "perf_counter_ns", monotonic_ns);
    add_fn(&d, m, "process_time", process_time);
    add_fn(&d, m, "process_time_ns", process_time_ns);
    add_fn(&d, m, "thread_time", process_time);
    add_fn(&d, m, "sleep", sleep);
    add_fn(&d, m, "gmtime", gmtime);
    add_fn(&d, m, "localtime", localtime);
    add_fn(&d, m, "mktime", mktime);
    add_fn(&d, m, "asctime", asctime);
    add_fn(&d, m, "ctime", ctime);
    add_fn(&d, m, "strftime", strftime);
    add_fn(&d, m, "strptime", strptime);
    let (off, name) = local_offset(vm);
    dict_set_str(&d, "timezone", Value::Int(-off));
    dict_set_str(&d, "altzone", Value::Int(-off));
    dict_set_str(&d, "daylight", Value::Int(0));
    dict_set_str(&d, "tzname", Value::tuple(vec![Value::string(name.clone()), Value::string(name)]));
    let cls = struct_time_class(vm);
    dict_set_str(&d, "struct_time", Value::Class(cls));
    Ok(Value::Module(Rc::new(Module { name: "time".into(), dict: d })))
}

// ----- clocks -----

/// Seconds since the Unix epoch on the active clock.
pub fn wall_time(vm: &Vm) -> f64 {
    if vm.sched.is_virtual() {
        vm.config.epoch + vm.now_ns() as f64 / 1e9
    } else {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
    }
}

fn time(_vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(wall_time(_vm)))
}

fn time_ns(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let ns = if vm.sched.is_virtual() {
        (vm.config.epoch * 1e9) as i64 + vm.now_ns() as i64
    } else {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
    };
    Ok(Value::Int(ns))
}

fn monotonic(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(vm.now_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.now_ns() as i64))
}

fn process_time(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(vm.now_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, _args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.now_ns() as i64))
}

fn sleep(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "sleep", args.len(), 1, 1)?;
    let secs = match &args[0] {
        Value::Float(f) => *f,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => vm.float_arg(&args[0])?,
        v => {
            if vm.lookup_special(v, "__float__").is_some() {
                vm.float_arg(v)?
            } else {
                vm.int_arg(v, "sleep")? as f64
            }
        }
    };
    if secs.is_nan() {
        return Err(vm.new_exception("ValueError", "Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.new_exception("ValueError", "sleep length must be non-negative"));
    }
    Err(vm.block_current(WaitReason::Sleep, None, Some(secs), Value::None))
}

// ----- calendar math -----

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day) of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The broken-down time: the nine struct_time fields.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday = 0
    pub wday: i64,
    /// 1-based
    pub yday: i64,
    pub isdst: i64,
}

pub fn tm_from_secs(secs: i64) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        // 1970-01-01 was a Thursday (3).
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1) + 1,
        isdst: 0,
    }
}

pub fn secs_from_tm(t: &Tm) -> i64 {
    // Normalise the month like mktime does.
    let m0 = t.mon - 1;
    let y = t.year + m0.div_euclid(12);
    let m = m0.rem_euclid(12) + 1;
    days_from_civil(y, m, 1) * 86400 + (t.mday - 1) * 86400 + t.hour * 3600 + t.min * 60 + t.sec
}

/// The local zone: (seconds east of UTC, name).
pub fn local_offset(vm: &Vm) -> (i64, String) {
    if vm.config.deterministic {
        return (0, "UTC".into());
    }
    match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => parse_posix_tz(&tz).unwrap_or((0, "UTC".into())),
        _ => (0, "UTC".into()),
    }
}

/// `EST5`, `UTC0`, `CET-1`, `<+03>-3`: a fixed offset (DST rules ignored).
fn parse_posix_tz(tz: &str) -> Option<(i64, String)> {
    let tz = tz.strip_prefix(':').unwrap_or(tz);
    let (name, rest) = if let Some(r) = tz.strip_prefix('<') {
        let end = r.find('>')?;
        (r[..end].to_string(), &r[end + 1..])
    } else {
        let end = tz.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(tz.len());
        (tz[..end].to_string(), &tz[end..])
    };
    if name.len() < 3 {
        return None;
    }
    if rest.is_empty() {
        return if name == "UTC" || name == "GMT" { Some((0, name)) } else { None };
    }
    let (sign, rest) = match rest.as_bytes()[0] {
        b'-' => (-1, &rest[1..]),
        b'+' => (1, &rest[1..]),
        _ => (1, rest),
    };
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(rest.len());
    let mut parts = rest[..end].split(':');
    let h: i64 = parts.next()?.parse().ok()?;
    let mi: i64 = parts.next().map(|s| s.parse().unwrap_or(0)).unwrap_or(0);
    let s: i64 = parts.next().map(|s| s.parse().unwrap_or(0)).unwrap_or(0);
    // POSIX offsets are west of Greenwich.
    Some((-sign * (h * 3600 + mi * 60 + s), name))
}

// ----- struct_time -----

macro_rules! field_getters {
    ($($name:ident => $i:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
            field(vm, &args[0], $i)
        })*
    };
}

field_getters! {
    get_year => 0; get_mon => 1; get_mday => 2; get_hour => 3; get_min => 4;
    get_sec => 5; get_wday => 6; get_yday => 7; get_isdst => 8;
}

fn field(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    match vm.payload_of(v) {
        Some(Value::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
        _ => Err(vm.new_exception("TypeError", "descriptor requires a 'time.struct_time' object")),
    }
}

fn extra_field(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let _ = vm;
    Ok(match v {
        Value::Instance(i) => dict_get_str(&i.dict, name).unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn get_zone(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    extra_field(vm, &args[0], "_tm_zone")
}

fn get_gmtoff(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    extra_field(vm, &args[0], "_tm_gmtoff")
}

pub fn struct_time_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("time.struct_time") {
        return c.clone();
    }
    let cls = crate::vm::types::new_class("struct_time", vec![vm.types.tuple.clone()], BaseKind::Tuple, true, "time");
    let getters: [BuiltinFn; 9] = [get_year, get_mon, get_mday, get_hour, get_min, get_sec, get_wday, get_yday, get_isdst];
    for (name, g) in FIELDS.iter().zip(getters.iter()) {
        add_getter(&cls, name, *g);
    }
    add_getter(&cls, "tm_zone", get_zone);
    add_getter(&cls, "tm_gmtoff", get_gmtoff);
    add_method(&cls, "__repr__", struct_time_repr);
    add_method(&cls, "__str__", struct_time_repr);
    dict_set_str(&cls.dict, "n_fields", Value::Int(11));
    dict_set_str(&cls.dict, "n_sequence_fields", Value::Int(9));
    dict_set_str(&cls.dict, "n_unnamed_fields", Value::Int(0));
    cls.ctor.set(Some(struct_time_new));
    vm.native_classes.insert("time.struct_time", cls.clone());
    cls
}

fn new_struct_time(vm: &mut Vm, t: &Tm, zone: Value, gmtoff: Value) -> Value {
    let cls = struct_time_class(vm);
    let items = vec![t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst].into_iter().map(Value::Int).collect();
    let inst = Instance { class: RefCell::new(cls), dict: Rc::new(PyDict::new()), payload: Payload::Builtin(RefCell::new(Value::tuple(items))) };
    dict_set_str(&inst.dict, "_tm_zone", zone);
    dict_set_str(&inst.dict, "_tm_gmtoff", gmtoff);
    Value::Instance(Rc::new(inst))
}

fn struct_time_new(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let seq = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => return Err(vm.new_exception("TypeError", "structseq() missing required argument 'sequence' (pos 1)")),
    };
    if seq.len() < 9 || seq.len() > 11 {
        let msg = if seq.len() < 9 {
            format!("time.struct_time() takes an at least 9-sequence ({}-sequence given)", seq.len())
        } else {
            format!("time.struct_time() takes an at most 11-sequence ({}-sequence given)", seq.len())
        };
        return Err(vm.new_exception("TypeError", &msg));
    }
    let cls = struct_time_class(vm);
    let inst = Instance { class: RefCell::new(cls), dict: Rc::new(PyDict::new()), payload: Payload::Builtin(RefCell::new(Value::tuple(seq[..9].to_vec()))) };
    dict_set_str(&inst.dict, "_tm_zone", seq.get(9).cloned().unwrap_or(Value::None));
    dict_set_str(&inst.dict, "_tm_gmtoff", seq.get(10).cloned().unwrap_or(Value::None));
    Ok(Value::Instance(Rc::new(inst)))
}

fn struct_time_repr(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let items = match vm.payload_of(&args[0]) {
        Some(Value::Tuple(t)) => t,
        _ => return Ok(Value::str("time.struct_time()")),
    };
    let mut parts = Vec::new();
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", name, vm.repr(v)?));
    }
    Ok(Value::string(format!("time.struct_time({})", parts.join(", "))))
}

/// A struct_time or 9-tuple argument as a Tm (with CPython's checks).
fn tm_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(Tm, Option<String>)> {
    let items = match vm.payload_of(v) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => match v {
            Value::Tuple(t) => t.to_vec(),
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception("TypeError", &format!("Tuple or struct_time argument required, not {}", tn)));
            }
        },
    };
    if items.len() != 9 {
        return Err(vm.new_exception("TypeError", &format!("{}(): illegal time tuple argument", fname)));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        f[i] = vm.int_arg(x, fname)?;
    }
    let zone = match v {
        Value::Instance(i) => match dict_get_str(&i.dict, "_tm_zone") {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        },
        _ => None,
    };
    Ok((Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7], isdst: f[8] }, zone))
}

fn checked_tm(vm: &mut Vm, mut t: Tm) -> PyResult<Tm> {
    // strftime/asctime normalise a zero month/day like CPython does.
    if t.mon == 0 {
        t.mon = 1;
    }
    if t.mday == 0 {
        t.mday = 1;
    }
    if t.yday == 0 {
        t.yday = 1;
    }
    let bad = if !(1..=12).contains(&t.mon) {
        Some("month out of range")
    } else if !(1..=31).contains(&t.mday) {
        Some("day of month out of range")
    } else if !(0..=23).contains(&t.hour) {
        Some("hour out of range")
    } else if !(0..=59).contains(&t.min) {
        Some("minute out of range")
    } else if !(0..=61).contains(&t.sec) {
        Some("seconds out of range")
    } else if !(1..=366).contains(&t.yday) {
        Some("day of year out of range")
    } else {
        None
    };
    if let Some(m) = bad {
        return Err(vm.new_exception("ValueError", m));
    }
    if t.wday < 0 {
        return Err(vm.new_exception("ValueError", "day of week out of range"));
    }
    t.wday %= 7;
    Ok(t)
}

fn secs_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None | Some(Value::None) => Ok(wall_time(vm).floor() as i64),
        Some(v) => {
            let f = vm.float_arg(v)?;
            if f.is_nan() {
                return Err(vm.new_exception("ValueError", "Invalid value NaN (not a number)"));
            }
            if f.abs() > 1e17 {
                return Err(vm.new_exception("OverflowError", "timestamp out of range for platform time_t"));
            }
            Ok(f.trunc() as i64)
        }
    }
}

fn gmtime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "gmtime", args.len(), 0, 1)?;
    let s = secs_arg(vm, &args)?;
    let t = tm_from_secs(s);
    Ok(new_struct_time(vm, &t, Value::str("GMT"), Value::Int(0)))
}

fn local_tm(vm: &mut Vm, secs: i64) -> (Tm, String, i64) {
    let (off, name) = local_offset(vm);
    (tm_from_secs(secs + off), name, off)
}

fn localtime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "localtime", args.len(), 0, 1)?;
    let s = secs_arg(vm, &args)?;
    let (t, name, off) = local_tm(vm, s);
    Ok(new_struct_time(vm, &t, Value::string(name), Value::Int(off)))
}

fn mktime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "mktime", args.len(), 1, 1)?;
    let (t, _) = tm_arg(vm, &args[0], "mktime")?;
    let (off, _) = local_offset(vm);
    Ok(Value::Float((secs_from_tm(&t) - off) as f64))
}

pub fn asctime_of(t: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAYS[t.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(t.mon - 1).clamp(0, 11) as usize][..3],
        t.mday,
        t.hour,
        t.min,
        t.sec,
        t.year
    )
}

fn asctime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "asctime", args.len(), 0, 1)?;
    let t = match args.first() {
        Some(v) => tm_arg(vm, v, "asctime")?.0,
        None => {
            let s = secs_arg(vm, &[])?;
            local_tm(vm, s).0
        }
    };
    let t = checked_tm(vm, t)?;
    Ok(Value::string(asctime_of(&t)))
}

fn ctime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "ctime", args.len(), 0, 1)?;
    let s = secs_arg(vm, &args)?;
    let t = local_tm(vm, s).0;
    Ok(Value::string(asctime_of(&t)))
}

/// Format a broken-down time (C strftime's common directives).
pub fn format_tm(fmt: &str, t: &Tm, zone: &str, gmtoff: i64) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let wday = t.wday.rem_euclid(7) as usize;
    let mon = (t.mon - 1).clamp(0, 11) as usize;
    let h12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let d = match chars.next() {
            Some(d) => d,
            None => {
                out.push('%');
                break;
            }
        };
        match d {
            'Y' => out.push_str(&t.year.to_string()),
            'y' => out.push_str(&format!("{:02}", t.year.rem_euclid(100))),
            'C' => out.push_str(&format!("{:02}", t.year.div_euclid(100))),
            'm' => out.push_str(&format!("{:02}", t.mon)),
            'd' => out.push_str(&format!("{:02}", t.mday)),
            'e' => out.push_str(&format!("{:>2}", t.mday)),
            'H' => out.push_str(&format!("{:02}", t.hour)),
            'I' => out.push_str(&format!("{:02}", h12)),
            'M' => out.push_str(&format!("{:02}", t.min)),
            'S' => out.push_str(&format!("{:02}", t.sec)),
            'a' => out.push_str(&DAYS[wday][..3]),
            'A' => out.push_str(DAYS[wday]),
            'b' | 'h' => out.push_str(&MONTHS[mon][..3]),
            'B' => out.push_str(MONTHS[mon]),
            'p' => out.push_str(if t.hour < 12 { "AM" } else { "PM" }),
            'j' => out.push_str(&format!("{:03}", t.yday)),
            'w' => out.push_str(&((wday + 1) % 7).to_string()),
            'u' => out.push_str(&(wday + 1).to_string()),
            'G' => out.push_str(&iso_week(t).0.to_string()),
            'g' => out.push_str(&format!("{:02}", iso_week(t).0.rem_euclid(100))),
            'V' => out.push_str(&format!("{:02}", iso_week(t).1)),
            'U' => out.push_str(&format!("{:02}", (t.yday - 1 + 7 - ((wday as i64 + 1) % 7)) / 7)),
            'W' => out.push_str(&format!("{:02}", (t.yday - 1 + 7 - wday as i64) / 7)),
            'Z' => out.push_str(zone),
            'z' => {
                let sign = if gmtoff < 0 { '-' } else { '+' };
                let a = gmtoff.abs();
                out.push_str(&format!("{}{:02}{:02}", sign, a / 3600, a % 3600 / 60));
            }
            'c' => out.push_str(&asctime_of(t)),
            'x' => out.push_str(&format!("{:02}/{:02}/{:02}", t.mon, t.mday, t.year.rem_euclid(100))),
            'X' | 'T' => out.push_str(&format!("{:02}:{:02}:{:02}", t.hour, t.min, t.sec)),
            'D' => out.push_str(&format!("{:02}/{:02}/{:02}", t.mon, t.mday, t.year.rem_euclid(100))),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", t.year, t.mon, t.mday)),
            'R' => out.push_str(&format!("{:02}:{:02}", t.hour, t.min)),
            'r' => out.push_str(&format!("{:02}:{:02}:{:02} {}", h12, t.min, t.sec, if t.hour < 12 { "AM" } else { "PM" })),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

/// ISO 8601 (year, week) of a broken-down time: weeks start on Monday and
/// week 1 holds the year's first Thursday (strftime's %G and %V).
fn iso_week(t: &Tm) -> (i64, i64) {
    let weeks_in = |y: i64| {
        let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7);
        if jan1 == 3 || (jan1 == 2 && is_leap(y)) { 53 } else { 52 }
    };
    let week = (t.yday - (t.wday.rem_euclid(7) + 1) + 10) / 7;
    if week < 1 {
        (t.year - 1, weeks_in(t.year - 1))
    } else if week > weeks_in(t.year) {
        (t.year + 1, 1)
    } else {
        (t.year, week)
    }
}

fn strftime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "strftime", args.len(), 1, 2)?;
    let fmt = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.new_exception("TypeError", &format!("strftime() argument 1 must be str, not {}", tn)));
        }
    };
    let (t, zone, off) = match args.get(1) {
        Some(v) => {
            let (t, zone) = tm_arg(vm, v, "strftime")?;
            let (off, name) = local_offset(vm);
            let gmtoff = match v {
                Value::Instance(i) => match dict_get_str(&i.dict, "_tm_gmtoff") {
                    Some(Value::Int(o)) => o,
                    _ => off,
                },
                _ => off,
            };
            (t, zone.unwrap_or(name), gmtoff)
        }
        None => {
            let s = secs_arg(vm, &[])?;
            local_tm(vm, s)
        }
    };
    let t = checked_tm(vm, t)?;
    Ok(Value::string(format_tm(&fmt, &t, &zone, off)))
}

// ----- strptime -----

fn parse_num(s: &[char], pos: &mut usize, max_digits: usize) -> Option<i64> {
    let start = *pos;
    let mut neg = false;
    if *pos < s.len() && (s[*pos] == '-' || s[*pos] == '+') && max_digits > 4 {
        neg = s[*pos] == '-';
        *pos += 1;
    }
    let dstart = *pos;
    while *pos < s.len() && *pos - dstart < max_digits && s[*pos].is_ascii_digit() {
        *pos += 1;
    }
    if *pos == dstart {
        *pos = start;
        return None;
    }
    let v: i64 = s[dstart..*pos].iter().collect::<String>().parse().ok()?;
    Some(if neg { -v } else { v })
}

fn parse_name(s: &[char], pos: &mut usize, names: &[&str]) -> Option<usize> {
    let rest: String = s[*pos..].iter().collect::<String>().to_lowercase();
    // Full names first, then abbreviations.
    for (i, n) in names.iter().enumerate() {
        if rest.starts_with(&n.to_lowercase()) {
            *pos += n.chars().count();
            return Some(i);
        }
    }
    for (i, n) in names.iter().enumerate() {
        if rest.starts_with(&n[..3].to_lowercase()) {
            *pos += 3;
            return Some(i);
        }
    }
    None
}

/// Parse `data` with `fmt`; Err(true) when data remains after the format.
fn parse_time(data: &str, fmt: &str) -> Result<Tm, Option<String>> {
    let s: Vec<char> = data.chars().collect();
    let f: Vec<char> = fmt.chars().collect();
    let (mut pos, mut i) = (0usize, 0usize);
    let (mut year, mut mon, mut mday, mut hour, mut min, mut sec) = (1900i64, 1i64, 1i64, 0i64, 0i64, 0i64);
    let mut yday: Option<i64> = None;
    let mut wday: Option<i64> = None;
    let mut pm: Option<bool> = None;
    let mut hour12 = false;
    while i < f.len() {
        let c = f[i];
        if c.is_whitespace() {
            while pos < s.len() && s[pos].is_whitespace() {
                pos += 1;
            }
            i += 1;
            continue;
        }
        if c != '%' || i + 1 >= f.len() {
            if pos < s.len() && s[pos] == c {
                pos += 1;
                i += 1;
                continue;
            }
            return Err(None);
        }
        let d = f[i + 1];
        i += 2;
        let ok = match d {
            'Y' => parse_num(&s, &mut pos, 4).map(|v| year = v),
            'y' => parse_num(&s, &mut pos, 2).map(|v| year = if v < 69 { 2000 + v } else { 1900 + v }),
            'm' => parse_num(&s, &mut pos, 2).filter(|v| (1..=12).contains(v)).map(|v| mon = v),
            'd' => parse_num(&s, &mut pos, 2).filter(|v| (1..=31).contains(v)).map(|v| mday = v),
            'H' => parse_num(&s, &mut pos, 2).filter(|v| (0..=23).contains(v)).map(|v| hour = v),
            'I' => parse_num(&s, &mut pos, 2).filter(|v| (1..=12).contains(v)).map(|v| {
                hour = v;
                hour12 = true;
            }),
            'M' => parse_num(&s, &mut pos, 2).filter(|v| (0..=59).contains(v)).map(|v| min = v),
            'S' => parse_num(&s, &mut pos, 2).filter(|v| (0..=61).contains(v)).map(|v| sec = v),
            'j' => parse_num(&s, &mut pos, 3).filter(|v| (1..=366).contains(v)).map(|v| yday = Some(v)),
            'f' => parse_num(&s, &mut pos, 6).map(|_| ()),
            'b' | 'B' | 'h' => parse_name(&s, &mut pos, &MONTHS).map(|m| mon = m as i64 + 1),
            'a' | 'A' => parse_name(&s, &mut pos, &DAYS).map(|w| wday = Some(w as i64)),
            'p' => {
                let rest: String = s[pos..].iter().take(2).collect::<String>().to_uppercase();
                if rest == "AM" || rest == "PM" {
                    pos += 2;
                    pm = Some(rest == "PM");
                    Some(())
                } else {
                    None
                }
            }
            'Z' => {
                let st = pos;
                while pos < s.len() && s[pos].is_ascii_alphabetic() {
                    pos += 1;
                }
                if pos > st {
                    Some(())
                } else {
                    None
                }
            }
            '%' => {
                if pos < s.len() && s[pos] == '%' {
                    pos += 1;
                    Some(())
                } else {
                    None
                }
            }
            _ => None,
        };
        if ok.is_none() {
            return Err(None);
        }
    }
    if pos < s.len() {
        return Err(Some(s[pos..].iter().collect()));
    }
    if hour12 {
        hour %= 12;
        if pm == Some(true) {
            hour += 12;
        }
    }
    if let Some(yd) = yday {
        let days = days_from_civil(year, 1, 1) + yd - 1;
        let (_, m, d) = civil_from_days(days);
        mon = m;
        mday = d;
    }
    let days = days_from_civil(year, mon, mday);
    let max_day = [31, if is_leap(year) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(mon - 1) as usize];
    if mday > max_day {
        return Err(Some(String::new()));
    }
    let _ = wday;
    Ok(Tm { year, mon, mday, hour, min, sec, wday: (days + 3).rem_euclid(7), yday: days - days_from_civil(year, 1, 1) + 1, isdst: -1 })
}

fn strptime(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    check_nargs(vm, "strptime", args.len(), 1, 2)?;
    let data = vm.str_arg(&args[0], "strptime")?;
    let fmt = match args.get(1) {
        Some(v) => vm.str_arg(v, "strptime")?,
        None => "%a %b %d %H:%M:%S %Y".to_string(),
    };
    match parse_time(&data, &fmt) {
        Ok(t) => Ok(new_struct_time(vm, &t, Value::None, Value::None)),
        Err(Some(rest)) if !rest.is_empty() => Err(vm.new_exception("ValueError", &format!("unconverted data remains: {}", rest))),
        Err(Some(_)) => Err(vm.new_exception("ValueError", "day is out of range for month")),
        Err(None) => {
            let msg = format!("time data {} does not match format {}", crate::vm::repr::repr_str(&data), crate::vm::repr::repr_str(&fmt));
            Err(vm.new_exception("ValueError", &msg))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(365), (1971, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for d in [-800_000i64, -1, 0, 59, 11_016, 17_731, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn asctime_like_cpython() {
        // time.ctime(1532036273) under TZ=UTC
        assert_eq!(asctime_of(&tm_from_secs(1532036273)), "Thu Jul 19 21:37:53 2018");
        assert_eq!(asctime_of(&tm_from_secs(0)), "Thu Jan  1 00:00:00 1970");
    }

    #[test]
    fn strftime_directives() {
        let t = tm_from_secs(86400 * 365);
        assert_eq!(format_tm("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %I %y %%", &t, "UTC", 0), "1971-01-01 00:00:00 001 Fri Friday Jan January AM 12 71 %");
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        // (date, ISO year, ISO week) as CPython's date.isocalendar() gives them.
        for ((y, m, d), want) in [((2021, 1, 3), (2020, 53)), ((2024, 12, 30), (2025, 1)), ((2024, 1, 1), (2024, 1)), ((2026, 12, 31), (2026, 53))] {
            let t = tm_from_secs(days_from_civil(y, m, d) * 86400);
            assert_eq!(iso_week(&t), want, "{}-{}-{}", y, m, d);
        }
    }

    #[test]
    fn strptime_basic() {
        let t = parse_time("2018-07-19 21:37:53", "%Y-%m-%d %H:%M:%S").ok().unwrap();
        assert_eq!((t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday), (2018, 7, 19, 21, 37, 53, 3, 200));
        assert!(matches!(parse_time("2018-07-19x", "%Y-%m-%d"), Err(Some(_))));
        assert!(matches!(parse_time("x", "%Y"), Err(None)));
    }

    #[test]
    fn posix_tz() {
        assert_eq!(parse_posix_tz("EST5"), Some((-5 * 3600, "EST".into())));
        assert_eq!(parse_posix_tz("UTC"), Some((0, "UTC".into())));
        assert_eq!(parse_posix_tz("CET-1CEST"), Some((3600, "CET".into())));
    }
}
