//! Character tests of the matcher: categories (`\d \s \w`, Unicode or
//! ASCII as in sre), case folding, and character sets.

use super::compile::{CharSet, Single};
use super::parse::{Category, SetItem};
use crate::builtins::{is_alpha, is_decimal, is_numeric, py_isspace};

fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && ch(c).is_some_and(|c| is_alpha(c) || is_numeric(c))
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && ch(c).is_some_and(is_decimal)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && ch(c).is_some_and(py_isspace)
}

/// The simple lowercase mapping (one character to one).
pub fn lower(c: u32, ascii: bool) -> u32 {
    case_map(c, ascii, u8::to_ascii_lowercase, |x| one_char(x.to_lowercase()))
}

pub fn upper(c: u32, ascii: bool) -> u32 {
    case_map(c, ascii, u8::to_ascii_uppercase, |x| one_char(x.to_uppercase()))
}

fn case_map(c: u32, ascii: bool, on_ascii: fn(&u8) -> u8, on_char: fn(char) -> Option<char>) -> u32 {
    if c < 128 {
        return on_ascii(&(c as u8)) as u32;
    }
    if ascii {
        return c;
    }
    ch(c).and_then(on_char).map_or(c, |x| x as u32)
}

/// The mapping when it is one character (sre's simple case mapping).
fn one_char(mut it: impl Iterator<Item = char>) -> Option<char> {
    match (it.next(), it.next()) {
        (Some(x), None) => Some(x),
        _ => None,
    }
}

/// Equal ignoring case: same lowercase, or same uppercase (which covers
/// sre's extra case equivalences such as `s`/`ſ`).
pub fn eq_ignore(c: u32, p: u32, ascii: bool) -> bool {
    if c == p {
        return true;
    }
    if c < 128 && p < 128 {
        return (c as u8).eq_ignore_ascii_case(&(p as u8));
    }
    lower(c, ascii) == lower(p, ascii) || upper(c, ascii) == upper(p, ascii)
}

fn in_items(items: &[SetItem], c: u32, ascii: bool) -> bool {
    items.iter().any(|it| match *it {
        SetItem::Lit(v) => v == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Cat(cat) => match cat {
            Category::Digit => is_digit(c, ascii),
            Category::NotDigit => !is_digit(c, ascii),
            Category::Space => is_space(c, ascii),
            Category::NotSpace => !is_space(c, ascii),
            Category::Word => is_word(c, ascii),
            Category::NotWord => !is_word(c, ascii),
        },
    })
}

fn set_matches(set: &CharSet, c: u32) -> bool {
    let mut hit = in_items(&set.items, c, set.ascii);
    if !hit && set.ignore {
        let l = lower(c, set.ascii);
        let u = upper(c, set.ascii);
        hit = (l != c && in_items(&set.items, l, set.ascii)) || (u != c && in_items(&set.items, u, set.ascii));
    }
    hit != set.negate
}

#[inline]
pub fn single_matches(s: &Single, c: u32) -> bool {
    match s {
        Single::Char(p) => c == *p,
        Single::CharIgn(p, ascii) => eq_ignore(c, *p, *ascii),
        Single::NotChar(p) => c != *p,
        Single::NotCharIgn(p, ascii) => !eq_ignore(c, *p, *ascii),
        Single::Any => c != '\n' as u32,
        Single::AnyAll => true,
        Single::Set(set) => set_matches(set, c),
    }
}
