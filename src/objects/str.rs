//! `str`: UTF-8 text with a cached hash and character count, so that `len`,
//! indexing of ASCII text and dict lookups are O(1).

use std::cell::Cell;

pub struct PyStr {
    /// A `String`, not a `Box<str>`: no shrinking copy when made, and
    /// room to grow for `s += t` on a string nothing else refers to.
    s: String,
    ascii: bool,
    hash: Cell<u64>,
    hash_set: Cell<bool>,
    char_len: Cell<u32>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let ascii = s.is_ascii();
        let n = if ascii { s.len() as u32 } else { u32::MAX };
        PyStr { s, ascii, hash: Cell::new(0), hash_set: Cell::new(false), char_len: Cell::new(n) }
    }

    /// A string known to be ASCII (digits, ASCII case mappings, pieces of
    /// ASCII text): no scan for the flag.
    #[inline]
    pub fn new_ascii(s: String) -> PyStr {
        debug_assert!(s.is_ascii());
        let n = s.len() as u32;
        PyStr { s, ascii: true, hash: Cell::new(0), hash_set: Cell::new(false), char_len: Cell::new(n) }
    }

    /// `a + b`, with the flags and length taken from the parts.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut s = String::with_capacity(a.s.len() + b.s.len());
        s.push_str(&a.s);
        s.push_str(&b.s);
        let (m, n) = (a.char_len.get(), b.char_len.get());
        let char_len = if m != u32::MAX && n != u32::MAX { m.saturating_add(n) } else { u32::MAX };
        PyStr { s, ascii: a.ascii && b.ascii, hash: Cell::new(0), hash_set: Cell::new(false), char_len: Cell::new(char_len) }
    }

    /// Append `t` in place. Only for a string no one else can see (its one
    /// reference is being replaced by the result, as CPython does for
    /// `s += t`): Python strings are otherwise immutable.
    pub fn append_unshared(&mut self, t: &PyStr) {
        self.s.push_str(&t.s);
        if self.char_len.get() != u32::MAX && t.char_len.get() != u32::MAX {
            self.char_len.set(self.char_len.get().saturating_add(t.char_len.get()));
        } else {
            self.char_len.set(u32::MAX);
        }
        self.ascii &= t.ascii;
        self.hash_set.set(false);
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
    /// Length in characters (code points).
    pub fn char_len(&self) -> usize {
        let n = self.char_len.get();
        if n != u32::MAX {
            return n as usize;
        }
        let n = self.s.chars().count();
        if n < u32::MAX as usize {
            self.char_len.set(n as u32);
        }
        n
    }
    /// The hash CPython gives this string with PYTHONHASHSEED=0 (SipHash-1-3
    /// with a zero key over the compact-unicode representation), so sets of
    /// strings iterate in the same order as `PYTHONHASHSEED=0 python3`.
    #[inline]
    pub fn hash(&self) -> u64 {
        if self.hash_set.get() {
            return self.hash.get();
        }
        let h = if self.ascii { ascii_str_hash(self.s.as_bytes()) } else { cpython_str_hash(&self.s) };
        self.hash.set(h);
        self.hash_set.set(true);
        h
    }
    /// The character at `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
}

/// [`cpython_str_hash`] of ASCII text (one byte per char in CPython too).
#[inline]
fn ascii_str_hash(b: &[u8]) -> u64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b);
    if h as i64 == -1 {
        (-2i64) as u64
    } else {
        h
    }
}

pub fn cpython_str_hash(s: &str) -> u64 {
    if s.is_ascii() {
        return ascii_str_hash(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if max < 256 {
        let bytes: Vec<u8> = s.chars().map(|c| c as u8).collect();
        siphash13(&bytes)
    } else if max < 65536 {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect();
        siphash13(&bytes)
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&bytes)
    };
    // CPython reserves -1 for errors.
    if h as i64 == -1 {
        (-2i64) as u64
    } else {
        h
    }
}

/// SipHash-1-3 with a zero key (CPython's `Py_HASH_SIPHASH13`, hash seed 0).
pub fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let rest = chunks.remainder();
    let mut b: u64 = (len as u64) << 56;
    for (i, &byte) in rest.iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn matches_cpython_hashseed_0() {
        // PYTHONHASHSEED=0 python3 -c "print(hash('abc'), hash(''), hash('中文'))"
        assert_eq!(cpython_str_hash("") as i64, 0);
        assert_eq!(cpython_str_hash("abc") as i64, -4594863902769663758);
        assert_eq!(cpython_str_hash("a") as i64, 4644417185603328019);
        assert_eq!(cpython_str_hash("hello world!!") as i64, -8602798515680944651);
        assert_eq!(cpython_str_hash("中文") as i64, 501833946989431548);
    }
}
