//! Exact conversions between floats and big integers, correctly rounded
//! (round-half-even) like CPython's `PyLong_AsDouble` and `long_true_divide`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// OverflowError message of `float(int)` when the int is too large.
pub const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";

/// 2^e as an f64, exact for -1074 <= e <= 1023; infinity above, 0 below.
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// `n / d` for `d > 0`, correctly rounded (half-even), including subnormal
/// results; returns infinity when the quotient overflows.
pub(crate) fn ratio_to_f64(n: &BigUint, d: &BigUint) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    // Scale so the integer quotient q has 55 or 56 bits; the bits below it
    // only matter as a "sticky" flag for rounding.
    let s = n.bits() as i64 - d.bits() as i64 - 55;
    let (q, r) = if s >= 0 {
        n.div_rem(&(d << s as u64))
    } else {
        (n << (-s) as u64).div_rem(d)
    };
    let mut q = q.to_u64().expect("quotient has at most 56 bits");
    let sticky = !r.is_zero();
    let qbits = 64 - q.leading_zeros() as i64;
    // Drop enough bits to keep 53 significant bits, or fewer when the
    // result is subnormal (its last bit has weight 2^-1074).
    let k = (qbits - 53).max(-1074 - s);
    if k > 0 {
        if k >= 64 {
            return 0.0; // below half the smallest subnormal
        }
        let dropped = q & ((1u64 << k) - 1);
        let half = 1u64 << (k - 1);
        q >>= k;
        if dropped > half || (dropped == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let e = s + k.max(0);
    // q <= 2^53 is exact; multiplying by a power of two is exact unless the
    // product overflows. pow2 can itself overflow for huge e with small q,
    // so split the exponent.
    if e > 1023 {
        (q as f64) * pow2(e - 1000) * pow2(1000)
    } else {
        (q as f64) * pow2(e)
    }
}

/// `float(n)`: correctly rounded. OverflowError `int too large to convert to float`.
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, String> {
    if let Some(i) = n.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    let v = ratio_to_f64(n.magnitude(), &BigUint::from(1u32));
    if v.is_infinite() {
        return Err(INT_TOO_LARGE_FOR_FLOAT.into());
    }
    Ok(if n.sign() == Sign::Minus { -v } else { v })
}

/// `a / b` for ints, correctly rounded. ZeroDivisionError `division by zero`;
/// OverflowError `integer division result too large for a float`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if b.is_zero() {
        return Err("division by zero".into());
    }
    let small = |x: &BigInt| x.to_i64().filter(|i| i.unsigned_abs() <= (1u64 << 53));
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        // Both exact as floats: IEEE division is correctly rounded.
        return Ok(x as f64 / y as f64);
    }
    let v = ratio_to_f64(a.magnitude(), b.magnitude());
    if v.is_infinite() {
        return Err("integer division result too large for a float".into());
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    Ok(if negative { -v } else { v })
}

/// `int(x)`: truncates toward zero, exactly (`int(1e300)` has 301 digits).
/// Errors: OverflowError `cannot convert float infinity to integer`,
/// ValueError `cannot convert float NaN to integer`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".into());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".into());
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2^63 is an integer mantissa times a positive power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << exp as u64;
    Ok(if t < 0.0 { -mag } else { mag })
}

/// Decimal string of `int(x)` (same errors as [`f64_to_bigint`]).
pub fn float_to_int_string(x: f64) -> Result<String, String> {
    f64_to_bigint(x).map(|n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn big(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap()
    }

    // Expected values from CPython 3.11 `float(n)`, `a / b`, `int(x)`.
    #[test]
    fn int_to_float() {
        assert_eq!(
            bigint_to_f64(&big("9007199254740993")).unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            bigint_to_f64(&big("9007199254740995")).unwrap(),
            9007199254740996.0
        );
        assert_eq!(
            bigint_to_f64(&big("-12345678901234567890123")).unwrap(),
            -1.2345678901234568e22
        );
        let max = big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791");
        assert_eq!(bigint_to_f64(&max).unwrap(), f64::MAX);
        // 2**1024 - 2**970: exactly halfway to 2**1024, rounds up (overflow).
        let over = &max + 1;
        assert_eq!(bigint_to_f64(&over).unwrap_err(), INT_TOO_LARGE_FOR_FLOAT);
    }

    #[test]
    fn true_division() {
        assert_eq!(
            int_true_div(&big("1"), &big("3")).unwrap(),
            0.3333333333333333
        );
        let a = BigInt::from(10).pow(400);
        let b = BigInt::from(3) * BigInt::from(10).pow(399);
        assert_eq!(int_true_div(&a, &b).unwrap(), 3.3333333333333335);
        assert_eq!(
            int_true_div(&big("1"), &BigInt::from(10).pow(400)).unwrap(),
            0.0
        );
        assert_eq!(
            int_true_div(&big("1"), &(BigInt::from(1) << 1074u32)).unwrap(),
            5e-324
        );
        assert_eq!(
            int_true_div(&big("1"), &(BigInt::from(1) << 1075u32)).unwrap(),
            0.0
        );
        assert_eq!(
            int_true_div(&big("3"), &(BigInt::from(1) << 1076u32)).unwrap(),
            5e-324
        );
        assert_eq!(int_true_div(&big("-7"), &big("2")).unwrap(), -3.5);
        assert_eq!(
            int_true_div(&big("1"), &big("0")).unwrap_err(),
            "division by zero"
        );
        assert_eq!(
            int_true_div(&BigInt::from(10).pow(400), &big("1")).unwrap_err(),
            "integer division result too large for a float"
        );
        let a = (BigInt::from(1) << 2000u32) + 1;
        let b = BigInt::from(1) << 1990u32;
        assert_eq!(int_true_div(&a, &b).unwrap(), 1024.0);
    }

    #[test]
    fn float_to_int() {
        assert_eq!(float_to_int_string(1e300).unwrap(), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        assert_eq!(f64_to_bigint(-2.9).unwrap(), big("-2"));
        assert_eq!(f64_to_bigint(-1e19).unwrap(), big("-10000000000000000000"));
        assert_eq!(
            f64_to_bigint(f64::NAN).unwrap_err(),
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            f64_to_bigint(f64::NEG_INFINITY).unwrap_err(),
            "cannot convert float infinity to integer"
        );
    }
}
