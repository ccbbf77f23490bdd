//! `--timeline FILE.svg`: a self-contained SVG Gantt chart of a run, one
//! row per thread, coloured by state, with a time axis and a legend.
//!
//! Threads switch far more often than there are pixels (case11 hands the
//! GIL over 140,000 times), so each row is drawn per pixel column: the
//! column's height is split between the states the thread was in during
//! that column, in proportion to the time spent in each, and every state
//! present gets at least one band (running at least half the row) so
//! short bursts (a consumer waking up for a millisecond in a 3 s run)
//! stay visible. Equal neighbouring
//! columns are merged into one rectangle, which keeps the file small.

use super::spans::{SpanState, Timeline};
use crate::vm::thread::WaitReason;
use std::fmt::Write as _;

const WIDTH: usize = 1280;
const LABEL_W: usize = 190;
const SUMMARY_W: usize = 230;
const CHART_W: usize = WIDTH - LABEL_W - SUMMARY_W - 20;
const ROW_H: usize = 24;
const ROW_GAP: usize = 8;
const TOP: usize = 56;
/// Bands per row: a state takes a whole number of them.
const UNITS: usize = 8;
/// Holding the GIL is what the picture is about: a column in which the
/// thread ran at all shows at least this many bands of it, so a 1 ms burst
/// in a 3 s run is still seen (waiting for the GIL gets half as many).
const MIN_RUNNING_BANDS: usize = 4;
const MIN_WAITING_BANDS: usize = 2;

/// The states in drawing order (top to bottom of a row) with colours.
const STATES: [(SpanState, &str); 11] = [
    (SpanState::Running, "#2ca02c"),
    (SpanState::Waiting, "#ff9f1c"),
    (SpanState::Blocked(WaitReason::Sleep), "#9ecae1"),
    (SpanState::Blocked(WaitReason::Io), "#4a78c2"),
    (SpanState::Blocked(WaitReason::Lock), "#d62728"),
    (SpanState::Blocked(WaitReason::Join), "#9467bd"),
    (SpanState::Blocked(WaitReason::Queue), "#8c564b"),
    (SpanState::Blocked(WaitReason::Condition), "#e377c2"),
    (SpanState::Blocked(WaitReason::Event), "#bcbd22"),
    (SpanState::Blocked(WaitReason::Semaphore), "#17becf"),
    (SpanState::Blocked(WaitReason::Barrier), "#7f7f7f"),
];

fn state_index(s: SpanState) -> usize {
    STATES.iter().position(|(x, _)| *x == s).unwrap_or(0)
}

/// The SVG document.
pub fn svg(tl: &Timeline) -> String {
    let n = tl.threads.len();
    let end = tl.end_ns.max(1);
    let col_ns = end as f64 / CHART_W as f64;
    // Time per state per pixel column per thread.
    let mut cols = vec![vec![[0u64; STATES.len()]; CHART_W]; n];
    let mut totals = vec![[0u64; STATES.len()]; n];
    let mut used = [false; STATES.len()];
    for s in &tl.spans {
        if s.thread >= n {
            continue;
        }
        let k = state_index(s.state);
        used[k] = true;
        totals[s.thread][k] += s.end_ns - s.start_ns;
        let c0 = ((s.start_ns as f64 / col_ns) as usize).min(CHART_W - 1);
        let c1 = ((s.end_ns as f64 / col_ns) as usize).min(CHART_W - 1);
        for c in c0..=c1 {
            let lo = (c as f64 * col_ns) as u64;
            let hi = ((c + 1) as f64 * col_ns) as u64;
            let d = s.end_ns.min(hi).saturating_sub(s.start_ns.max(lo));
            cols[s.thread][c][k] += d;
        }
    }
    let forced: Vec<usize> = (0..n).map(|t| tl.forced.iter().filter(|f| f.thread == t).count()).collect();

    let axis_y = TOP + n * (ROW_H + ROW_GAP) + 4;
    let legend_y = axis_y + 40;
    let legend_rows = (used.iter().filter(|u| **u).count() + 3) / 4;
    let height = legend_y + legend_rows * 22 + 30;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">",
        w = WIDTH,
        h = height
    );
    let _ = writeln!(out, "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>", WIDTH, height);
    let _ = writeln!(
        out,
        "<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{}</text>",
        esc(&format!("pygil timeline: {} ({} threads, {} of {} clock)", tl.program, n, duration_label(tl.end_ns), tl.clock))
    );
    let _ = writeln!(
        out,
        "<text x=\"10\" y=\"40\" fill=\"#555\">{}</text>",
        esc("one row per thread; colour = what it was doing; a row split into bands = it changed state faster than one pixel (band height = share of that pixel's time)")
    );
    for t in 0..n {
        let y = TOP + t * (ROW_H + ROW_GAP);
        let _ = writeln!(out, "<g class=\"thread\" data-thread=\"{}\">", t);
        let _ = writeln!(out, "<title>{}</title>", esc(&row_tooltip(tl, t, &totals[t], forced[t])));
        let _ = writeln!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", LABEL_W - 8, y + ROW_H / 2 + 4, esc(&clip(&tl.threads[t], 26)));
        let _ = writeln!(out, "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f2f2f2\"/>", LABEL_W, y, CHART_W, ROW_H);
        // Bands per column, then merge equal neighbours.
        let bands: Vec<[u8; STATES.len()]> = cols[t].iter().map(|c| quantize(c, col_ns)).collect();
        let mut c = 0;
        while c < CHART_W {
            let mut c2 = c + 1;
            while c2 < CHART_W && bands[c2] == bands[c] {
                c2 += 1;
            }
            let mut off = 0usize;
            for (k, &u) in bands[c].iter().enumerate() {
                if u == 0 {
                    continue;
                }
                let y0 = y + off * ROW_H / UNITS;
                let y1 = y + (off + u as usize) * ROW_H / UNITS;
                // A lone pixel of activity is drawn 2 px wide to be seen.
                let w = if k <= 1 && c2 - c == 1 && c + 1 < CHART_W { 2 } else { c2 - c };
                let _ = writeln!(out, "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", LABEL_W + c, y0, w, y1 - y0, STATES[k].1);
                off += u as usize;
            }
            c = c2;
        }
        let (line1, line2) = row_summary(tl.end_ns, &totals[t], forced[t]);
        let _ = writeln!(out, "<text x=\"{}\" y=\"{}\" fill=\"#333\" font-size=\"11\">{}</text>", LABEL_W + CHART_W + 8, y + 10, esc(&line1));
        let _ = writeln!(out, "<text x=\"{}\" y=\"{}\" fill=\"#777\" font-size=\"10\">{}</text>", LABEL_W + CHART_W + 8, y + 22, esc(&line2));
        out.push_str("</g>\n");
    }
    // Time axis with round ticks.
    let _ = writeln!(out, "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>", LABEL_W, axis_y, LABEL_W + CHART_W, axis_y);
    let step = tick_step(tl.end_ns);
    let mut tick = 0u64;
    while tick <= tl.end_ns {
        let x = LABEL_W as f64 + tick as f64 / end as f64 * CHART_W as f64;
        let _ = writeln!(out, "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#333\"/>", axis_y, axis_y + 5);
        let _ = writeln!(out, "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#000\" stroke-opacity=\"0.08\"/>", TOP - 4, axis_y);
        let _ = writeln!(out, "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>", axis_y + 18, tick_label(tick, tl.end_ns));
        tick += step;
    }
    let _ = writeln!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">{} clock time</text>", LABEL_W - 16, axis_y + 18, tl.clock);
    // Legend: only the states that occur.
    let mut i = 0;
    for (k, (state, colour)) in STATES.iter().enumerate() {
        if !used[k] {
            continue;
        }
        let x = LABEL_W + (i % 4) * 220;
        let y = legend_y + (i / 4) * 22;
        let _ = writeln!(out, "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\"/>", x, y - 11, colour);
        let _ = writeln!(out, "<text x=\"{}\" y=\"{}\">{}</text>", x + 20, y, esc(&state.label()));
        i += 1;
    }
    let _ = writeln!(out, "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"#f2f2f2\" stroke=\"#ccc\"/>", 10, legend_y - 11);
    let _ = writeln!(out, "<text x=\"30\" y=\"{}\">not started / ended</text>", legend_y);
    out.push_str("</svg>\n");
    out
}

/// Split a column into bands: every state present gets at least one band,
/// the covered part of the column gets its share of the row.
fn quantize(c: &[u64; STATES.len()], col_ns: f64) -> [u8; STATES.len()] {
    let mut out = [0u8; STATES.len()];
    let total: u64 = c.iter().sum();
    if total == 0 {
        return out;
    }
    let present = c.iter().filter(|d| **d > 0).count();
    let covered = ((total as f64 / col_ns * UNITS as f64).round() as usize).clamp(present.min(UNITS), UNITS);
    // Largest remainder, with one band for every state present.
    let mut given = 0usize;
    let mut rema: Vec<(f64, usize)> = Vec::new();
    for (k, &d) in c.iter().enumerate() {
        if d == 0 {
            continue;
        }
        let exact = d as f64 / total as f64 * covered as f64;
        let least = match k {
            0 => MIN_RUNNING_BANDS,
            1 => MIN_WAITING_BANDS,
            _ => 1,
        };
        let u = (exact.floor() as usize).max(least.min(covered));
        out[k] = u as u8;
        given += u;
        rema.push((exact - exact.floor(), k));
    }
    rema.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    let mut i = 0;
    while given < covered && !rema.is_empty() {
        out[rema[i % rema.len()].1] += 1;
        given += 1;
        i += 1;
    }
    while given > covered {
        // Too many minimum bands: take from the largest.
        // Prefer taking from states other than running.
        let k = (0..STATES.len()).max_by_key(|&k| (out[k], k != 0)).unwrap_or(0);
        if out[k] <= 1 {
            break;
        }
        out[k] -= 1;
        given -= 1;
    }
    out
}

/// Two lines: the shares of the run's time, and the forced switches.
fn row_summary(end: u64, totals: &[u64; STATES.len()], forced: usize) -> (String, String) {
    let pct = |d: u64| {
        let p = d as f64 * 100.0 / end.max(1) as f64;
        if d > 0 && p < 0.5 {
            "<1%".to_string()
        } else {
            format!("{:.0}%", p)
        }
    };
    let blocked: u64 = totals[2..].iter().sum();
    let line1 = format!("run {} · wait {} · blocked {}", pct(totals[0]), pct(totals[1]), pct(blocked));
    let line2 = format!("{} forced switch{}", forced, if forced == 1 { "" } else { "es" });
    (line1, line2)
}

fn row_tooltip(tl: &Timeline, t: usize, totals: &[u64; STATES.len()], forced: usize) -> String {
    let mut s = tl.threads[t].clone();
    for (k, (state, _)) in STATES.iter().enumerate() {
        if totals[k] > 0 {
            let _ = write!(s, "\n{}: {}", state.label(), duration_label(totals[k]));
        }
    }
    let _ = write!(s, "\nforced switches: {}", forced);
    s
}

/// A round tick step giving at most about ten ticks.
fn tick_step(end: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1, 2, 5] {
            if end / (step * m) <= 10 {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// A tick's label, in the unit that suits the whole run's length.
fn tick_label(t: u64, end: u64) -> String {
    let (div, unit) = if end >= 1_000_000_000 {
        (1e9, "s")
    } else if end >= 1_000_000 {
        (1e6, "ms")
    } else if end >= 1_000 {
        (1e3, "µs")
    } else {
        (1.0, "ns")
    };
    let v = t as f64 / div;
    format!("{}{}", crate::format::float_repr(v).trim_end_matches(".0"), unit)
}

fn duration_label(ns: u64) -> String {
    if ns >= 1_000_000_000 {
        format!("{:.3} s", ns as f64 / 1e9)
    } else if ns >= 1_000_000 {
        format!("{:.3} ms", ns as f64 / 1e6)
    } else {
        format!("{:.3} µs", ns as f64 / 1e3)
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// Text for an SVG text node or attribute.
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(3_000_000_000), 500_000_000);
        assert_eq!(tick_step(282_000_000), 50_000_000);
        assert_eq!(tick_label(1_500_000_000, 3_000_000_000), "1.5s");
        assert_eq!(tick_label(50_000_000, 282_000_000), "50ms");
    }

    #[test]
    fn every_state_present_gets_a_band() {
        let mut c = [0u64; STATES.len()];
        c[0] = 1;
        c[2] = 999;
        let q = quantize(&c, 1000.0);
        assert_eq!(q[0] as usize, MIN_RUNNING_BANDS);
        assert_eq!(q[2] as usize, UNITS - MIN_RUNNING_BANDS);
        c[0] = 0;
        c[1] = 1;
        c[5] = 1;
        let q = quantize(&c, 1000.0);
        assert_eq!(q.iter().map(|&u| u as usize).sum::<usize>(), UNITS);
        assert_eq!((q[1] as usize, q[5]), (MIN_WAITING_BANDS, 1));
    }
}
