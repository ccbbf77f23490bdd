//! `--trace FILE.json`: the run in Chrome's Trace Event Format, which
//! Perfetto (ui.perfetto.dev) and chrome://tracing open. One process
//! track (the interpreter), one named thread track per VM thread; a
//! complete event (`ph: X`) per stretch running with the GIL, waiting for
//! it, or blocked (with the reason and the object waited on); an instant
//! event (`ph: i`) per forced switch. Timestamps are microseconds of the
//! run's clock (virtual or real), with nanosecond decimals.

use super::spans::{SpanState, Timeline};
use std::fmt::Write as _;

/// The trace as JSON text.
pub fn chrome_trace(tl: &Timeline) -> String {
    let mut out = String::with_capacity(256 + tl.spans.len() * 160 + tl.forced.len() * 160);
    out.push_str("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"clock\":");
    json_str(&mut out, tl.clock);
    out.push_str(",\"program\":");
    json_str(&mut out, &tl.program);
    out.push_str("},\"traceEvents\":[\n");
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(",\n");
        }
        first = false;
    };
    sep(&mut out);
    out.push_str("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":");
    json_str(&mut out, &format!("pygil {}", tl.program));
    out.push_str("}}");
    for (t, name) in tl.threads.iter().enumerate() {
        sep(&mut out);
        let _ = write!(out, "{{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":{},\"args\":{{\"name\":", t);
        json_str(&mut out, name);
        out.push_str("}}");
        // Keep the tracks in creation order, main thread first.
        sep(&mut out);
        let _ = write!(out, "{{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":{},\"args\":{{\"sort_index\":{}}}}}", t, t);
    }
    for s in &tl.spans {
        sep(&mut out);
        let cat = match s.state {
            SpanState::Running => "gil",
            SpanState::Waiting => "waiting",
            SpanState::Blocked(_) => "blocked",
        };
        out.push_str("{\"name\":");
        json_str(&mut out, &s.state.label());
        let _ = write!(out, ",\"cat\":\"{}\",\"ph\":\"X\",\"ts\":{},\"dur\":{},\"pid\":1,\"tid\":{},\"args\":{{", cat, micros(s.start_ns), micros(s.end_ns - s.start_ns), s.thread);
        match s.state {
            SpanState::Running => {
                let _ = write!(out, "\"instructions\":{}", s.instructions);
            }
            SpanState::Waiting => out.push_str("\"reason\":\"runnable, another thread holds the GIL\""),
            SpanState::Blocked(r) => {
                out.push_str("\"reason\":");
                json_str(&mut out, r.name());
                if let Some(o) = &s.object {
                    out.push_str(",\"object\":");
                    json_str(&mut out, o);
                }
                if let Some(site) = &s.site {
                    out.push_str(",\"at\":");
                    json_str(&mut out, site);
                }
            }
        }
        out.push_str("}}");
    }
    for f in &tl.forced {
        sep(&mut out);
        let _ = write!(out, "{{\"name\":\"forced switch\",\"cat\":\"switch\",\"ph\":\"i\",\"s\":\"t\",\"ts\":{},\"pid\":1,\"tid\":{},\"args\":{{", micros(f.time_ns), f.thread);
        out.push_str("\"reason\":\"switch interval expired\"");
        if let Some(site) = &f.site {
            out.push_str(",\"at\":");
            json_str(&mut out, site);
        }
        out.push_str("}}");
    }
    out.push_str("\n]}\n");
    out
}

/// Nanoseconds as microseconds with exact decimals (no float rounding).
fn micros(ns: u64) -> String {
    if ns % 1000 == 0 {
        format!("{}", ns / 1000)
    } else {
        let s = format!("{}.{:03}", ns / 1000, ns % 1000);
        s.trim_end_matches('0').to_string()
    }
}

/// A JSON string literal.
fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micros_are_exact() {
        assert_eq!(micros(0), "0");
        assert_eq!(micros(1500), "1.5");
        assert_eq!(micros(20), "0.02");
        assert_eq!(micros(3_000_000), "3000");
    }

    #[test]
    fn strings_are_escaped() {
        let mut s = String::new();
        json_str(&mut s, "a\"b\\c\n\u{1}消费");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001消费\"");
    }
}
