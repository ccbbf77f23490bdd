//! CPython 3.11's `list.sort` (timsort with the powersort merge policy),
//! reproduced step for step so that the same `<` comparisons happen in the
//! same order: a key whose `__lt__` prints, counts or raises, and keys that
//! are not totally ordered (NaN), give CPython's output and result.
//!
//! The sort permutes indices; `lt(i, j)` answers "key i < key j".

use crate::vm::PyResult;

const MIN_GALLOP: usize = 7;
const MAX_MINRUN: usize = 64;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'f> {
    a: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
    lt: &'f mut dyn FnMut(usize, usize) -> PyResult<bool>,
}

/// Sort `0..n` by `lt`, stable; with `reverse`, CPython's trick: reverse,
/// sort, reverse back (equal keys keep their order).
pub fn timsort(n: usize, reverse: bool, lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    if reverse {
        a.reverse();
    }
    if n < 2 {
        return Ok(a);
    }
    let mut ms = MergeState { a, min_gallop: MIN_GALLOP, pending: Vec::new(), lt };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    while nremaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + nremaining)?;
        if descending {
            ms.a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            ms.binarysort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        nremaining -= run;
    }
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(i)?;
    }
    let mut a = ms.a;
    if reverse {
        a.reverse();
    }
    Ok(a)
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl MergeState<'_> {
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        (self.lt)(x, y)
    }

    /// Length of the run at `lo` and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(self.a[lo + 1], self.a[lo])? {
            for i in lo + 2..hi {
                if self.lt(self.a[i], self.a[i - 1])? {
                    n += 1;
                } else {
                    break;
                }
            }
            Ok((n, true))
        } else {
            for i in lo + 2..hi {
                if self.lt(self.a[i], self.a[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of `a[start..hi]` into the sorted `a[lo..start]`.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// `k` in `0..=n` with `s[k-1] < key <= s[k]` (s = `n` items at `base`
    /// of `src`, which is the array or the merge buffer).
    fn gallop_left(lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>, key: usize, src: &[usize], base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let s = |i: usize| src[base + i];
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if lt(s(hint), key)? {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if lt(s(hint + ofs as usize), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint as isize;
            ofs += hint as isize;
        } else {
            let maxofs = hint as isize + 1;
            while ofs < maxofs {
                if lt(s(hint - ofs as usize), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint as isize - ofs;
            ofs = hint as isize - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(s(m as usize), key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `k` in `0..=n` with `s[k-1] <= key < s[k]`.
    fn gallop_right(lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>, key: usize, src: &[usize], base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let s = |i: usize| src[base + i];
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if lt(key, s(hint))? {
            let maxofs = hint as isize + 1;
            while ofs < maxofs {
                if lt(key, s(hint - ofs as usize))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint as isize - ofs;
            ofs = hint as isize - k;
        } else {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if lt(key, s(hint + ofs as usize))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint as isize;
            ofs += hint as isize;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(key, s(m as usize))? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    fn found_new_run(&mut self, n2: usize, n: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(i)?;
            }
            self.pending.last_mut().expect("a pending run").power = power;
        }
        Ok(())
    }

    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (mut ssa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (ssb, mut nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let k = Self::gallop_right(&mut *self.lt, self.a[ssb], &self.a, ssa, na, 0)?;
        ssa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        nb = Self::gallop_left(&mut *self.lt, self.a[ssa + na - 1], &self.a, ssb, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    fn merge_lo(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        let tmp: Vec<usize> = self.a[ssa..ssa + na].to_vec();
        let mut pa = 0usize;
        let mut pb = ssb;
        let mut dest = ssa;
        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        // 0: done (copy what is left of tmp), 1: copy B then the last of A.
        let exit: u8 = 'outer: {
            if nb == 0 {
                break 'outer 0;
            }
            if na == 1 {
                break 'outer 1;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    if self.lt(self.a[pb], tmp[pa])? {
                        self.a[dest] = self.a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'outer 0;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'outer 1;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    if min_gallop > 1 {
                        min_gallop -= 1;
                    }
                    self.min_gallop = min_gallop;
                    let key = self.a[pb];
                    let k = Self::gallop_right(&mut *self.lt, key, &tmp, pa, na, 0)?;
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'outer 1;
                        }
                        if na == 0 {
                            break 'outer 0;
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer 0;
                    }
                    let k = Self::gallop_left(&mut *self.lt, tmp[pa], &self.a, pb, nb, 0)?;
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer 0;
                        }
                    }
                    self.a[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'outer 1;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if exit == 0 {
            self.a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
        } else {
            self.a.copy_within(pb..pb + nb, dest);
            self.a[dest + nb] = tmp[pa];
        }
        Ok(())
    }

    fn merge_hi(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        let tmp: Vec<usize> = self.a[ssb..ssb + nb].to_vec();
        // Positions may step to one before the array start: isize.
        let mut dest = (ssb + nb - 1) as isize;
        let mut pb = nb as isize - 1;
        let mut pa = (ssa + na - 1) as isize;
        let at = |x: isize| x as usize;
        self.a[at(dest)] = self.a[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        // 0: done (copy what is left of tmp), 1: copy A then the last of B.
        let exit: u8 = 'outer: {
            if na == 0 {
                break 'outer 0;
            }
            if nb == 1 {
                break 'outer 1;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    if self.lt(tmp[at(pb)], self.a[at(pa)])? {
                        self.a[at(dest)] = self.a[at(pa)];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'outer 0;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[at(dest)] = tmp[at(pb)];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'outer 1;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    if min_gallop > 1 {
                        min_gallop -= 1;
                    }
                    self.min_gallop = min_gallop;
                    let k = Self::gallop_right(&mut *self.lt, tmp[at(pb)], &self.a, ssa, na, na - 1)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.a.copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'outer 0;
                        }
                    }
                    self.a[at(dest)] = tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'outer 1;
                    }
                    let key = self.a[at(pa)];
                    let k = Self::gallop_left(&mut *self.lt, key, &tmp, 0, nb, nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        self.a[at(dest + 1)..at(dest + 1) + k].copy_from_slice(&tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'outer 1;
                        }
                        if nb == 0 {
                            break 'outer 0;
                        }
                    }
                    self.a[at(dest)] = self.a[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer 0;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if exit == 0 {
            if nb > 0 {
                let start = at(dest + 1 - nb as isize);
                self.a[start..start + nb].copy_from_slice(&tmp[..nb]);
            }
        } else {
            dest -= na as isize;
            pa -= na as isize;
            self.a.copy_within(at(pa + 1)..at(pa + 1) + na, at(dest + 1));
            self.a[at(dest)] = tmp[at(pb)];
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::timsort;

    fn check(v: &[i64]) {
        let mut lt = |i: usize, j: usize| Ok(v[i] < v[j]);
        let idx = timsort(v.len(), false, &mut lt).ok().expect("no error");
        let got: Vec<i64> = idx.iter().map(|&i| v[i]).collect();
        let mut want = v.to_vec();
        want.sort();
        assert_eq!(got, want);
        // stability: equal values keep index order
        for w in idx.windows(2) {
            if v[w[0]] == v[w[1]] {
                assert!(w[0] < w[1]);
            }
        }
    }

    #[test]
    fn sorts_like_a_stable_sort() {
        let mut x: u64 = 12345;
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            for m in [3u64, 50, 1_000_000] {
                let v: Vec<i64> = (0..n)
                    .map(|_| {
                        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        ((x >> 33) % m) as i64
                    })
                    .collect();
                check(&v);
                let mut s = v.clone();
                s.sort();
                check(&s);
                s.reverse();
                check(&s);
                // runs glued together
                let mut g = s.clone();
                g.extend(v.iter());
                g.extend(s.iter().rev());
                check(&g);
            }
        }
    }
}
