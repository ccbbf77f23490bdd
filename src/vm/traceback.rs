//! Printing exceptions exactly as CPython 3.11 does: the traceback block,
//! source lines with `^^^^`/`~~^~~` markers, chained exceptions, repeated
//! frames, "Did you mean" suggestions, and SyntaxError carets.

use super::Vm;
use crate::ast::ExprKind;
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

/// CPython collapses a frame repeated more than this many times in a row.
const RECURSIVE_CUTOFF: usize = 3;
/// `sys.tracebacklimit`'s default.
const TB_LIMIT: usize = 1000;

/// The opaque `traceback` object handed to `__exit__`.
pub fn traceback_value(vm: &mut Vm, entries: &[TbEntry]) -> Value {
    let cls = vm.types.iterator_class("traceback");
    Value::Native(Rc::new(NativeObj { class: cls, data: Box::new(entries.to_vec()) }))
}

impl Vm {
    /// The full text CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.heap_ptr().unwrap_or(0));
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                let cause = d.cause.borrow().clone();
                let context = d.context.borrow().clone();
                if let Some(c) = cause {
                    if !seen.contains(&c.heap_ptr().unwrap_or(0)) {
                        self.format_exception_chain(&c, out, seen);
                        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                    }
                } else if let Some(c) = context {
                    if !d.suppress_context.get() && !seen.contains(&c.heap_ptr().unwrap_or(0)) {
                        self.format_exception_chain(&c, out, seen);
                        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                    }
                }
            }
        }
        self.format_single_exception(exc, out);
    }

    fn format_single_exception(&mut self, exc: &Value, out: &mut String) {
        let entries = match exc {
            Value::Instance(i) => i.exc().map(|d| d.traceback.borrow().clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            self.format_tb_entries(&entries, out);
        }
        if self.is_instance_of(exc, "SyntaxError") {
            self.format_syntax_error_location(exc, out);
        }
        out.push_str(&self.exception_summary_line(exc));
        out.push('\n');
        self.format_exception_notes(exc, out);
    }

    /// The notes added with `add_note()`, one per line after the summary
    /// (a `__notes__` that is not a list or tuple is printed as its repr).
    fn format_exception_notes(&mut self, exc: &Value, out: &mut String) {
        let notes = match exc {
            Value::Instance(i) => match dict_get_str(&i.dict, "__notes__") {
                Some(n) => n,
                None => return,
            },
            _ => return,
        };
        let items = match &notes {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            other => {
                let text = self.repr(other).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&text);
                out.push('\n');
                return;
            }
        };
        for note in items {
            let text = self.to_str(&note).unwrap_or_else(|_| "<note str() failed>".to_string());
            out.push_str(&text);
            out.push('\n');
        }
    }

    /// `ValueError: message` (module-qualified for classes outside
    /// builtins and __main__), with the suggestion CPython appends.
    pub fn exception_summary_line(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let module = cls.module.borrow().clone();
        let mut line = if module == "builtins" || module == "__main__" {
            cls.qualname.borrow().clone()
        } else {
            format!("{}.{}", module, cls.qualname.borrow())
        };
        let msg = if self.is_instance_of(exc, "SyntaxError") {
            match exc {
                Value::Instance(i) => match dict_get_str(&i.dict, "msg") {
                    Some(m) => self.to_str(&m).unwrap_or_default(),
                    None => self.to_str(exc).unwrap_or_default(),
                },
                _ => String::new(),
            }
        } else {
            match self.to_str(exc) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            }
        };
        if !msg.is_empty() {
            line.push_str(": ");
            line.push_str(&msg);
        }
        if let Some(s) = self.suggestion_for(exc) {
            line.push_str(&format!(". Did you mean: '{}'?", s));
        }
        line
    }

    fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let i = match exc {
            Value::Instance(i) => i.clone(),
            _ => return None,
        };
        if self.is_instance_of(exc, "NameError") {
            return match dict_get_str(&i.dict, "_pygil_suggestion") {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            };
        }
        if self.is_instance_of(exc, "AttributeError") {
            let name = match dict_get_str(&i.dict, "name") {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => return None,
            };
            let obj = dict_get_str(&i.dict, "obj")?;
            let names = self.dir_names(&obj).ok()?;
            return super::suggest::suggest(&name, &names);
        }
        None
    }

    pub(crate) fn format_tb_entries(&mut self, entries: &[TbEntry], out: &mut String) {
        // Entries are recorded innermost first; print outermost first.
        // The bootstrap frame of a thread is pygil's, not the program's.
        let mut ordered: Vec<&TbEntry> = entries.iter().rev().filter(|e| !is_hidden_frame(&e.code.filename)).collect();
        if ordered.len() > TB_LIMIT {
            ordered.drain(..ordered.len() - TB_LIMIT);
        }
        let mut last: Option<(Rc<str>, u32, String)> = None;
        let mut count = 0usize;
        for e in ordered {
            let line = e.code.code.line_of(e.pc);
            let key = (e.code.filename.clone(), line, e.code.code.name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
                if count >= RECURSIVE_CUTOFF {
                    continue;
                }
            } else {
                if count >= RECURSIVE_CUTOFF {
                    let n = count - RECURSIVE_CUTOFF + 1;
                    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
                }
                last = Some(key);
                count = 0;
            }
            self.format_frame_line(e, out);
        }
        if count >= RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF + 1;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
        }
    }

    fn format_frame_line(&mut self, e: &TbEntry, out: &mut String) {
        let co = &e.code.code;
        let loc = co.locs.get(e.pc).copied().unwrap_or_default();
        let line = if loc.line > 0 { loc.line } else { co.firstlineno };
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.code.filename, line, co.name));
        let src = match self.source_line(&e.code.filename, line) {
            Some(s) => s,
            None => return,
        };
        let stripped = src.trim();
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("    {}\n", stripped));
        if loc.line == 0 || loc.end_line == 0 {
            return;
        }
        let chars: Vec<char> = src.chars().collect();
        let truncation = chars.iter().take_while(|c| c.is_whitespace()).count();
        let start = loc.col as usize;
        let mut end = loc.end_col as usize;
        let mut anchors = None;
        if loc.line == loc.end_line {
            if end > chars.len() || start >= end {
                return;
            }
            let segment: String = chars[start..end].iter().collect();
            anchors = caret_anchors(&segment);
        } else {
            end = src.trim_end().chars().count();
        }
        let stripped_len = stripped.chars().count();
        if end.saturating_sub(start) == stripped_len && anchors.is_none() {
            return;
        }
        if end <= start {
            return;
        }
        // CPython's print_error_location_carets.
        let mut caret = String::from("    ");
        let (left_end, right_start) = match anchors {
            Some((l, r)) => (start + l, start + r),
            None => (usize::MAX, usize::MAX),
        };
        let mut offset = truncation;
        while offset < end {
            offset += 1;
            let ch = if offset <= start {
                ' '
            } else if anchors.is_some() && left_end < offset && offset <= right_start {
                '^'
            } else if anchors.is_some() {
                '~'
            } else {
                '^'
            };
            // Wide characters (Chinese text in a string) take two columns,
            // and CPython 3.11 widens the markers under them to match.
            for _ in 0..display_width(chars.get(offset - 1).copied().unwrap_or(' ')) {
                caret.push(ch);
            }
        }
        out.push_str(&caret);
        out.push('\n');
    }

    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // CPython's linecache finds no file for exec()/compile() code
        // (`<string>`, `<gen>`); pygil's own library modules keep theirs.
        if filename.starts_with('<') && filename.ends_with('>') && !filename.starts_with("<pygil") {
            return None;
        }
        let src = self.sources.get(filename)?;
        src.split('\n').nth(line.checked_sub(1)? as usize).map(|l| l.trim_end_matches('\r').to_string())
    }

    /// The `File "x", line N` block of a SyntaxError, with its carets.
    fn format_syntax_error_location(&mut self, exc: &Value, out: &mut String) {
        let i = match exc {
            Value::Instance(i) => i.clone(),
            _ => return,
        };
        let get = |k: &str| dict_get_str(&i.dict, k);
        let filename = match get("filename") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return,
        };
        let lineno = match get("lineno") {
            Some(Value::Int(n)) => n,
            _ => return,
        };
        out.push_str(&format!("  File \"{}\", line {}\n", filename, lineno));
        let text = match get("text") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return,
        };
        let offset = match get("offset") {
            Some(Value::Int(n)) => n,
            _ => -1,
        };
        let end_offset = match get("end_offset") {
            Some(Value::Int(n)) => n,
            _ => -1,
        };
        let chars: Vec<char> = text.trim_end_matches('\n').chars().collect();
        let lead = chars.iter().take_while(|c| **c == ' ' || **c == '\t' || **c == '\x0c').count();
        let body: String = chars[lead..].iter().collect();
        out.push_str(&format!("    {}\n", body));
        if offset < 1 {
            return;
        }
        let len = (chars.len() - lead) as i64;
        // An error past the end of the text with no extent (end of input)
        // gets no caret, as in CPython.
        if end_offset == -1 && offset - 1 - lead as i64 >= len {
            return;
        }
        let mut off = offset - 1 - lead as i64;
        if off > len {
            off = len;
        }
        if off < 0 {
            return;
        }
        let mut end = end_offset - 1 - lead as i64;
        if end > len {
            end = len;
        }
        // CPython 3.11 shows one caret for an IndentationError whatever its
        // end_offset (`expected an indented block` spans the statement).
        let single = self.is_instance_of(exc, "IndentationError");
        let reps = if end_offset > 0 && end > off && !single { end - off } else { 1 };
        out.push_str("    ");
        out.push_str(&" ".repeat(off as usize));
        out.push_str(&"^".repeat(reps as usize));
        out.push('\n');
    }
}

/// `(left_end, right_start)` offsets within `segment` for `~~^~~` markers:
/// a binary operator or a subscript, as CPython's extract_anchors_from_line.
/// Terminal columns a character takes: 2 for East Asian wide and
/// fullwidth characters (CJK ideographs, kana, hangul, fullwidth forms).
fn display_width(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let expr = crate::parser::parse_expression(segment).ok()?;
    let chars: Vec<char> = segment.chars().collect();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.loc.end_line != left.loc.line || right.loc.line != expr.loc.line {
                return None;
            }
            let mut i = left.loc.end_col as usize;
            let stop = right.loc.col as usize;
            while i < stop {
                let c = *chars.get(i)?;
                if c.is_whitespace() {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < stop && !chars[i + 1].is_whitespace() {
                    r += 1;
                }
                if i + 1 < stop && c == ')' {
                    i += 1;
                    continue;
                }
                return Some((i, r));
            }
            None
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = value.loc.end_col as usize;
            let mut r = slice.loc.end_col as usize + 1;
            let n = chars.len();
            while l < n && chars[l] != '[' {
                l += 1;
            }
            while r < n && chars[r] != ']' {
                r += 1;
            }
            if r < n {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// Frames a traceback leaves out: pygil's thread bootstrap, and the library
/// modules written in Python that stand in for CPython's C modules (CPython
/// shows no frame inside C code, so `date(2024, 13, 1)` ends at the call,
/// and a failing `defaultdict` factory shows only the factory's frame).
/// `collections` and `functools` are partly Python in CPython too, but what
/// fails inside them is mostly the C part (`deque`, `defaultdict`,
/// namedtuple fields, `reduce`, `partial`, the `lru_cache` wrapper).
fn is_hidden_frame(filename: &str) -> bool {
    matches!(
        filename,
        "<pygil>"
            | "<pygil datetime>"
            | "<pygil collections>"
            | "<pygil functools>"
            | "<pygil itertools>"
            | "<pygil operator>"
            | "<pygil heapq>"
            | "<pygil bisect>"
            | "<pygil _bytearray>"
    )
}
