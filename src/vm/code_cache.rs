//! Compiled code of pygil's own Python library modules (`threading`,
//! `queue`, ...), shared by every interpreter of the process. Their source
//! is built in and never changes, and code objects are immutable, so
//! compiling `threading` once instead of on every interpreter makes
//! `pygil explore` (thousands of short interpreters) several times faster.

use crate::bytecode::CodeObject;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

fn cache() -> &'static Mutex<HashMap<String, Arc<CodeObject>>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<CodeObject>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Built-in library modules are named `<pygil NAME>`.
pub fn cacheable(filename: &str) -> bool {
    filename.starts_with("<pygil ")
}

pub fn get(filename: &str) -> Option<Arc<CodeObject>> {
    cache().lock().ok()?.get(filename).cloned()
}

pub fn put(filename: &str, code: Arc<CodeObject>) {
    if let Ok(mut c) = cache().lock() {
        c.insert(filename.to_string(), code);
    }
}
