//! Chinese numerals from 1 to 99, as part and group headings write them (`一`, `十`,
//! `十一`, `二十三`).

const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_value(c: char) -> Option<u8> {
    DIGITS
        .iter()
        .position(|&d| d == c)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Whether `c` can stand in a numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    c == '十' || digit_value(c).is_some()
}

/// The numeral for `n`, 1 to 99; `None` outside that range.
pub(crate) fn to_numeral(n: u8) -> Option<String> {
    if !(1..=99).contains(&n) {
        return None;
    }
    let digit = |v: u8| DIGITS.get(usize::from(v).wrapping_sub(1)).copied();
    let (tens, ones) = (n / 10, n % 10);
    let mut out = String::new();
    match tens {
        0 => {}
        1 => out.push('十'),
        _ => {
            out.extend(digit(tens));
            out.push('十');
        }
    }
    out.extend(digit(ones));
    Some(out)
}

/// The value of a numeral written in canonical form (`十一`, not `一十一`); `None` for
/// anything else, so that writing the value back gives the same text.
pub(crate) fn from_numeral(s: &str) -> Option<u8> {
    let mut chars = s.chars();
    let value = match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some('十'), None, None, None) => 10,
        (Some(a), None, None, None) => digit_value(a)?,
        (Some('十'), Some(b), None, None) => 10 + digit_value(b)?,
        (Some(a), Some('十'), None, None) => digit_value(a)? * 10,
        (Some(a), Some('十'), Some(c), None) => digit_value(a)? * 10 + digit_value(c)?,
        _ => return None,
    };
    (to_numeral(value)?.as_str() == s).then_some(value)
}
