//! Compiled code shared by every interpreter of the process: pygil's own
//! Python library modules (`threading`, `queue`, ...) and the programs
//! run. Compiling depends only on the source text and the file name, and
//! code objects are immutable, so compiling `threading` once instead of in
//! every interpreter makes `pygil explore` (thousands of short
//! interpreters of one program) several times faster. An entry is used
//! only when the source is the same as the one it was compiled from.

use crate::bytecode::CodeObject;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

type Entry = (Arc<str>, Arc<CodeObject>);

fn cache() -> &'static Mutex<HashMap<String, Entry>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Entry>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Code objects are kept for sources up to this size (the library's
/// largest module is ~60 KB), so the cache stays small.
const MAX_SOURCE: usize = 256 * 1024;

pub fn cacheable(_filename: &str, src: &str) -> bool {
    src.len() <= MAX_SOURCE
}

pub fn get(filename: &str, src: &str) -> Option<Arc<CodeObject>> {
    let c = cache().lock().ok()?;
    let (s, code) = c.get(filename)?;
    if &**s == src {
        Some(code.clone())
    } else {
        None
    }
}

pub fn put(filename: &str, src: &str, code: Arc<CodeObject>) {
    if let Ok(mut c) = cache().lock() {
        c.insert(filename.to_string(), (Arc::from(src), code));
    }
}
