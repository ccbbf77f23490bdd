//! Decimal text of machine ints, appended to a buffer without going
//! through `core::fmt` (whose `Display` for integers costs a few hundred
//! instructions more per call: `str(i)`, `'%d' % i`, `f'{i}'` are hot).

/// Appends the decimal digits of `m`.
pub fn push_u64(out: &mut String, mut m: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    // SAFETY: only ASCII digits were written.
    out.push_str(unsafe { std::str::from_utf8_unchecked(&buf[i..]) });
}

/// Appends `n` as `str(n)` writes it.
pub fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

/// `str(n)`.
pub fn i64_text(n: i64) -> String {
    let mut s = String::with_capacity(20);
    push_i64(&mut s, n);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn matches_display() {
        for n in [0, 1, -1, 9, 10, 99, 100, 12345, -98765, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(i64_text(n), n.to_string());
        }
    }
}
