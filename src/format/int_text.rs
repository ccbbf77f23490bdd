//! Decimal text of machine ints, appended to a buffer without going
//! through `core::fmt` (whose `Display` for integers costs a few hundred
//! instructions more per call: `str(i)`, `'%d' % i`, `f'{i}'` are hot).

/// "00" to "99": two digits per division.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Appends the decimal digits of `m`.
pub fn push_u64(out: &mut String, mut m: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while m >= 100 {
        let k = (m % 100) as usize * 2;
        m /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    }
    if m >= 10 {
        let k = m as usize * 2;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + m as u8;
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
        for n in [0, 1, -1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, -98765, 199999, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(i64_text(n), n.to_string());
        }
    }
}
